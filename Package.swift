// swift-tools-version: 6.1
import PackageDescription

// Every dependency is guarded by a package trait, and SwiftPM prunes the dependencies of
// disabled traits from resolution. A package that wants only the engine writes
// `.package(url: …, from: …, traits: [])` and fetches and builds swift-sms alone
// (Scripts/check-linkage.sh proves it in CI). The defaults serve this repository's own
// `swift run sms …` and `swift test`.
let package = Package(
    name: "swift-sms",
    // Grapheme-cluster boundaries come from the standard library's incremental recognizer,
    // available from these releases on Apple platforms (any Swift 6.1+ on Linux).
    platforms: [.macOS("13.3"), .iOS("16.4"), .tvOS("16.4"), .watchOS("9.4"), .macCatalyst("16.4"), .visionOS(.v1)],
    products: [
        .library(name: "SMSCore", targets: ["SMSCore"]),
        .library(name: "ClickatellHTTP", targets: ["ClickatellHTTP"]),
        .library(name: "ClickatellURLSession", targets: ["ClickatellURLSession"]),
        .library(name: "ClickatellAsyncHTTPClient", targets: ["ClickatellAsyncHTTPClient"]),
        .executable(name: "sms", targets: ["sms"]),
        // The command's logic, for FuzzTesting/ and Benchmarks/ (`@_spi(Harness)`); needs the
        // CommandLine trait. Not a stable API.
        .library(name: "SMSCommandLine", targets: ["SMSCommandLine"]),
        .library(name: "ClickatellSandbox", targets: ["ClickatellSandbox"]),
    ],
    traits: [
        .trait(
            name: "CommandLine",
            description: "Builds the `sms` command on apple/swift-argument-parser."
        ),
        .trait(
            name: "PropertyTests",
            description: "Builds this package's own tests on x-sheep/swift-property-based."
        ),
        .trait(
            name: "Clickatell",
            description: "Builds ClickatellHTTP and ClickatellURLSession (sending through Clickatell) on apple/swift-log."
        ),
        .trait(
            name: "Sandbox",
            description: "Builds the Clickatell HTTP API emulator's server (SandboxServer, `sms sandbox`) on apple/swift-nio."
        ),
        .trait(
            name: "AsyncHTTPClient",
            description: "Builds ClickatellAsyncHTTPClient (AsyncHTTPClientTransport, for servers) on swift-server/async-http-client; turns on Clickatell.",
            enabledTraits: ["Clickatell"]
        ),
        .default(enabledTraits: ["CommandLine", "PropertyTests", "Clickatell", "Sandbox"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        // Already in async-http-client's graph; named here to tell TLS errors apart by type.
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.30.0"),
    ],
    targets: [
        // The engine: standard library only. Alphabet/Tables holds the JSON tables that
        // Scripts/generate-gsm-tables.py turns into Swift; they are not compiled in.
        .target(name: "SMSCore", exclude: ["Alphabet/Tables"]),
        // The Clickatell HTTP API: requests, wire text, response parsing, codes, the transport
        // protocol and the client. No Foundation, no networking.
        .target(
            name: "ClickatellHTTP",
            dependencies: [
                "SMSCore",
                .product(name: "Logging", package: "swift-log", condition: .when(traits: ["Clickatell"])),
            ]
        ),
        // The transport that works out of the box: URLSession (FoundationNetworking on Linux).
        .target(name: "ClickatellURLSession", dependencies: ["ClickatellHTTP"]),
        // The transport for server applications: AsyncHTTPClient (SwiftNIO), compiled only with
        // the AsyncHTTPClient trait (off by default). NIO and NIOSSL name the errors it maps.
        .target(
            name: "ClickatellAsyncHTTPClient",
            dependencies: [
                "ClickatellHTTP",
                .product(
                    name: "AsyncHTTPClient", package: "async-http-client",
                    condition: .when(traits: ["AsyncHTTPClient"])
                ),
                .product(name: "NIOCore", package: "swift-nio", condition: .when(traits: ["AsyncHTTPClient"])),
                .product(name: "NIOPosix", package: "swift-nio", condition: .when(traits: ["AsyncHTTPClient"])),
                .product(name: "NIOHTTP1", package: "swift-nio", condition: .when(traits: ["AsyncHTTPClient"])),
                .product(name: "NIOSSL", package: "swift-nio-ssl", condition: .when(traits: ["AsyncHTTPClient"])),
            ]
        ),
        // The Clickatell HTTP API emulator behind `sms sandbox`: accounts, sessions, messages,
        // charging, callbacks and faults (plain values, no sockets), and the NIO server, which
        // is compiled only with the Sandbox trait.
        .target(
            name: "ClickatellSandbox",
            dependencies: [
                "SMSCore",
                .product(name: "NIOCore", package: "swift-nio", condition: .when(traits: ["Sandbox"])),
                .product(name: "NIOPosix", package: "swift-nio", condition: .when(traits: ["Sandbox"])),
                .product(name: "NIOHTTP1", package: "swift-nio", condition: .when(traits: ["Sandbox"])),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio", condition: .when(traits: ["Sandbox"])),
            ]
        ),
        // The `sms` command's logic, kept in a library so tests can drive it.
        .target(
            name: "SMSCommandLine",
            dependencies: [
                "SMSCore",
                "ClickatellHTTP",
                "ClickatellURLSession",
                .target(name: "ClickatellSandbox", condition: .when(traits: ["Sandbox"])),
                .product(
                    name: "ArgumentParser", package: "swift-argument-parser",
                    condition: .when(traits: ["CommandLine"])
                ),
            ]
        ),
        .executableTarget(
            name: "sms",
            dependencies: [
                "SMSCommandLine",
                .product(
                    name: "ArgumentParser", package: "swift-argument-parser",
                    condition: .when(traits: ["CommandLine"])
                ),
            ]
        ),
        // Vector loader, sample texts and reference models shared by the tests; not a product.
        .target(
            name: "_SMSTestSupport",
            dependencies: [
                "SMSCore",
                .product(
                    name: "PropertyBased", package: "swift-property-based",
                    condition: .when(traits: ["PropertyTests"])
                ),
            ],
            path: "Tests/_SMSTestSupport"
        ),
        .testTarget(
            name: "SMSCoreTests",
            dependencies: [
                "SMSCore",
                "_SMSTestSupport",
                .product(
                    name: "PropertyBased", package: "swift-property-based",
                    condition: .when(traits: ["PropertyTests"])
                ),
            ]
        ),
        .testTarget(
            name: "SMSCommandLineTests",
            dependencies: [
                "SMSCommandLine",
                "SMSCore",
                "_SMSTestSupport",
                "ClickatellHTTP",
                .product(
                    name: "ArgumentParser", package: "swift-argument-parser",
                    condition: .when(traits: ["CommandLine"])
                ),
                .target(name: "ClickatellSandbox", condition: .when(traits: ["Sandbox"])),
            ]
        ),
        .testTarget(
            name: "ClickatellSandboxTests",
            dependencies: [
                "_SMSTestSupport",
                "ClickatellSandbox",
                .product(name: "NIOCore", package: "swift-nio", condition: .when(traits: ["Sandbox"])),
                .product(name: "NIOPosix", package: "swift-nio", condition: .when(traits: ["Sandbox"])),
                .product(name: "NIOHTTP1", package: "swift-nio", condition: .when(traits: ["Sandbox"])),
            ]
        ),
        .testTarget(
            name: "ClickatellHTTPTests",
            dependencies: [
                "_SMSTestSupport",
                "ClickatellHTTP",
                "ClickatellURLSession",
                .target(name: "ClickatellAsyncHTTPClient", condition: .when(traits: ["AsyncHTTPClient"])),
                "SMSCore",
                .product(name: "Logging", package: "swift-log", condition: .when(traits: ["Clickatell"])),
                .product(
                    name: "AsyncHTTPClient", package: "async-http-client",
                    condition: .when(traits: ["AsyncHTTPClient"])
                ),
                .product(name: "NIOHTTP1", package: "swift-nio", condition: .when(traits: ["AsyncHTTPClient"])),
            ]
        ),
        // The real client over the real transports (URLSession; AsyncHTTPClient with its trait)
        // against the sandbox on 127.0.0.1 (NIO only for the status-callback listener).
        .testTarget(
            name: "ClickatellIntegrationTests",
            dependencies: [
                "_SMSTestSupport",
                "ClickatellHTTP",
                "ClickatellURLSession",
                .target(name: "ClickatellAsyncHTTPClient", condition: .when(traits: ["AsyncHTTPClient"])),
                "ClickatellSandbox",
                "SMSCore",
                .product(name: "NIOCore", package: "swift-nio", condition: .when(traits: ["Sandbox"])),
                .product(name: "NIOPosix", package: "swift-nio", condition: .when(traits: ["Sandbox"])),
                .product(name: "NIOHTTP1", package: "swift-nio", condition: .when(traits: ["Sandbox"])),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// The settings every target shares (as swift-http-types does): imports are internal unless
// written `public import`, and a member is visible only through a module the file imports.
for target in package.targets {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .enableUpcomingFeature("InternalImportsByDefault"),
        .enableUpcomingFeature("MemberImportVisibility"),
    ]
}
