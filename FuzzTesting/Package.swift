// swift-tools-version: 6.1
// libFuzzer targets for SMSCore, the Clickatell response and callback parsers and the `sms`
// command's input handling (`--jsonl` lines, arguments, standard input). Build and run them
// with `Scripts/fuzz.sh` from the repository root; see docs/fuzzing.md. This package is
// separate so the fuzzer flags (`-sanitize=fuzzer,address`) never reach the main build.
import PackageDescription

let package = Package(
    name: "swift-sms-fuzzing",
    platforms: [.macOS("13.3")],
    dependencies: [
        // The command and Clickatell traits, not Sandbox: nothing here needs SwiftNIO, which
        // would otherwise be built with the fuzzer's instrumentation.
        .package(name: "swift-sms", path: "../", traits: ["CommandLine", "Clickatell"])
    ],
    targets: [
        // Declares libFuzzer's `LLVMFuzzerRunDriver`: SwiftPM links executables with its own
        // `main`, which overrides libFuzzer's, so each target's main starts the driver itself.
        .target(name: "CFuzzerDriver"),
        .executableTarget(
            name: "FuzzSegmentation",
            dependencies: ["CFuzzerDriver", .product(name: "SMSCore", package: "swift-sms")]
        ),
        .executableTarget(
            name: "FuzzDecoding",
            dependencies: ["CFuzzerDriver", .product(name: "SMSCore", package: "swift-sms")]
        ),
        .executableTarget(
            name: "FuzzAddresses",
            dependencies: ["CFuzzerDriver", .product(name: "SMSCore", package: "swift-sms")]
        ),
        .executableTarget(
            name: "FuzzResponseParsing",
            dependencies: [
                "CFuzzerDriver",
                .product(name: "ClickatellHTTP", package: "swift-sms"),
                .product(name: "SMSCore", package: "swift-sms"),
            ]
        ),
        .executableTarget(
            name: "FuzzCallbackParsing",
            dependencies: ["CFuzzerDriver", .product(name: "ClickatellHTTP", package: "swift-sms")]
        ),
        .executableTarget(
            name: "FuzzJSONLines",
            dependencies: ["CFuzzerDriver", .product(name: "SMSCommandLine", package: "swift-sms")]
        ),
        .executableTarget(
            name: "FuzzCommandInput",
            dependencies: ["CFuzzerDriver", .product(name: "SMSCommandLine", package: "swift-sms")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
