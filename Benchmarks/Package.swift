// swift-tools-version: 6.1
import PackageDescription

// Benchmarks live in their own package so that users of swift-sms never fetch the benchmark
// harness. Run them from this folder: `swift package benchmark` (see the README).
let package = Package(
    name: "swift-sms-benchmarks",
    platforms: [.macOS("13.3")],
    dependencies: [
        .package(name: "swift-sms", path: "../"),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "SMSCoreBenchmarks",
            dependencies: [
                .product(name: "SMSCore", package: "swift-sms"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/SMSCoreBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // The sandbox's load test (docs/sandbox.md, "Load test"): `swift run -c release
        // SandboxLoad --help`. In Sources/, not in a folder named Benchmarks: the benchmark
        // plugin runs every executable target it finds in one.
        .executableTarget(
            name: "SandboxLoad",
            dependencies: [
                .product(name: "ClickatellHTTP", package: "swift-sms"),
                .product(name: "ClickatellURLSession", package: "swift-sms"),
                .product(name: "ClickatellSandbox", package: "swift-sms"),
            ],
            path: "Sources/SandboxLoad"
        ),
    ],
    swiftLanguageModes: [.v6]
)

// Issue 12: the hostile inputs, each against a threshold in Thresholds/
// (Scripts/check-hostile-benchmarks.sh). Appended here so that other targets can be added above
// without touching it.
package.targets.append(
    .executableTarget(
        name: "HostileInputBenchmarks",
        dependencies: [
            .product(name: "SMSCore", package: "swift-sms"),
            .product(name: "SMSCommandLine", package: "swift-sms"),
            .product(name: "Benchmark", package: "benchmark"),
        ],
        path: "Benchmarks/HostileInputBenchmarks",
        plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
)
