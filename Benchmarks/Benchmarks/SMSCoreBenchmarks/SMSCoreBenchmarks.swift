import Benchmark

/// Every benchmark of SMSCore; each area registers its own in a file of its own.
let benchmarks: @Sendable () -> Void = {
    registerAnalyzeBenchmarks()
    registerSegmentBenchmarks()
    registerAddressBenchmarks()
}
