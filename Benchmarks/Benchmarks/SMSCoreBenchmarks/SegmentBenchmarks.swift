import Benchmark
import SMSCore

/// `SMSSegmenter.segment(_:)` on each corpus text: splitting, headers and packed user data.
func registerSegmentBenchmarks() {
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .throughput, .mallocCountTotal],
        maxDuration: .seconds(1),
        maxIterations: 1_000_000
    )
    for (name, text) in Corpus.all {
        for split in [SegmentationOptions.SplitPolicy.graphemes, .scalars] {
            let segmenter = SMSSegmenter(options: .init(split: split, reference: .eightBit(0x42)))
            Benchmark("SMSSegmenter.segment-\(split)-\(name)", configuration: configuration) { benchmark in
                for _ in benchmark.scaledIterations {
                    blackHole(try? segmenter.segment(text))
                }
            }
        }
    }
}
