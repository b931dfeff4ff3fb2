// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "swift-sms",
    // Grapheme-cluster boundaries come from the standard library's incremental recognizer,
    // available from these releases on Apple platforms (any Swift 6.1+ on Linux).
    platforms: [.macOS("13.3"), .iOS("16.4"), .tvOS("16.4"), .watchOS("9.4"), .macCatalyst("16.4"), .visionOS(.v1)],
    products: [
        .library(name: "SMSCore", targets: ["SMSCore"]),
        .executable(name: "sms", targets: ["sms"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // The engine: standard library only.
        .target(name: "SMSCore"),
        // The `sms` command's logic, kept in a library so tests can drive it.
        .target(
            name: "SMSCommandLine",
            dependencies: [
                "SMSCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "sms", dependencies: ["SMSCommandLine"]),
        // Vector loader, sample texts and reference models shared by tests and benchmarks;
        // not a product.
        .target(
            name: "_SMSTestSupport",
            dependencies: [
                "SMSCore",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            path: "Tests/_SMSTestSupport"
        ),
        .testTarget(
            name: "SMSCoreTests",
            dependencies: [
                "SMSCore",
                "_SMSTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(name: "SMSCommandLineTests", dependencies: ["SMSCommandLine", "SMSCore", "_SMSTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
