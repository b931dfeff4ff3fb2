import Benchmark
import SMSCore

/// `SMSPlan(analyzing:)` on each corpus text, beside a baseline that only walks the scalars,
/// so that the ratio of the two is meaningful on a noisy machine; then with national language
/// tables enabled (``Corpus/national``).
///
/// Every `SMSPlan` benchmark must allocate nothing: the thresholds hold the malloc count at 0
/// and `Scripts/check-allocations.sh` runs them all.
func registerAnalyzeBenchmarks() {
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .throughput, .mallocCountTotal],
        maxDuration: .seconds(1),
        maxIterations: 1_000_000,
        thresholds: [.mallocCountTotal: .strict]
    )
    for (name, text) in Corpus.all {
        Benchmark("baseline-scalar-walk-\(name)", configuration: configuration) { benchmark in
            for _ in benchmark.scaledIterations {
                var sum: UInt32 = 0
                for scalar in text.unicodeScalars { sum &+= scalar.value }
                blackHole(sum)
            }
        }
        for split in SegmentationOptions.SplitPolicy.allCases {
            let options = SegmentationOptions(split: split)
            Benchmark("SMSPlan(analyzing:)-\(split)-\(name)", configuration: configuration) { benchmark in
                for _ in benchmark.scaledIterations {
                    blackHole(SMSPlan(analyzing: text, options: options))
                }
            }
        }
    }
    for (name, text, locking, single) in Corpus.national {
        for split in SegmentationOptions.SplitPolicy.allCases {
            var options = SegmentationOptions(split: split)
            options.lockingShiftLanguages = locking
            options.singleShiftLanguages = single
            Benchmark("SMSPlan(analyzing:)-\(split)-\(name)", configuration: configuration) { benchmark in
                for _ in benchmark.scaledIterations {
                    blackHole(SMSPlan(analyzing: text, options: options))
                }
            }
        }
    }
}
