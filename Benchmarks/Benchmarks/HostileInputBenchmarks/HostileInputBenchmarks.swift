import Benchmark
@_spi(Harness) import SMSCommandLine
import SMSCore

/// Issue 12: one benchmark per hostile input of its tables, each against a checked-in threshold
/// (`Benchmarks/Thresholds/HostileInputBenchmarks.<name>.p90.json`).
///
/// The command rows run the whole command in process (`CommandHarness`: arguments' bytes,
/// standard input, output, exit status), the reassembly rows the library call. Inputs are
/// built before the measurement starts. Check them with `Scripts/check-hostile-benchmarks.sh`;
/// after a deliberate change, rewrite the thresholds with
/// `swift package --allow-writing-to-package-directory benchmark thresholds update --filter 'Hostile.*'`.
///
/// Tolerances: a regression fails when p90 wall clock exceeds its threshold by more than 100%
/// or allocated bytes or peak resident memory by more than 50%. The issue's numbers before the
/// fix were 10 to 1,000 times the thresholds, so each would fail.
let benchmarks: @Sendable () -> Void = {
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .peakMemoryResident, .mallocBytesCount],
        maxDuration: .seconds(10),
        maxIterations: 5,
        thresholds: [
            .wallClock: BenchmarkThresholds(relative: [.p90: 100]),
            .peakMemoryResident: BenchmarkThresholds(relative: [.p90: 50]),
            .mallocBytesCount: BenchmarkThresholds(relative: [.p90: 50]),
        ]
    )

    // Rows 1 and 2: `sms decode --jsonl --json`, one-part lines each claiming 255 parts.
    for lineCount in [50_000, 5_000] {
        Benchmark("Hostile.decode-jsonl-claiming-255-parts-\(lineCount)-lines", configuration: configuration) { benchmark in
            let input = HostileInputs.partsClaiming255Parts(lineCount: lineCount)
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                blackHole(CommandHarness.run(arguments: ["decode", "--jsonl", "--json"], input: input, keepsOutput: false))
            }
        }
    }

    // Row 3: reassembly, parts sharing references but disagreeing on the total.
    for partCount in [65_536, 131_072] {
        Benchmark("Hostile.reassembly-total-mismatch-\(partCount)-parts", configuration: configuration) { benchmark in
            let parts = HostileInputs.partsDisagreeingOnTheTotal(count: partCount)
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                blackHole(Reassembly(reassembling: parts))
            }
        }
    }

    // Rows 4 and 5: `sms analyze --json` on long text that GSM-7 cannot carry.
    Benchmark("Hostile.analyze-json-50MB-CJK", configuration: configuration) { benchmark in
        let input = HostileInputs.cjk(byteCount: 50_000_000)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(CommandHarness.run(arguments: ["analyze", "--json"], input: input, keepsOutput: false))
        }
    }
    Benchmark("Hostile.analyze-json-6MB-a-acute", configuration: configuration) { benchmark in
        let input = Array(String(repeating: "á", count: 3_000_000).utf8)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(CommandHarness.run(arguments: ["analyze", "--json"], input: input, keepsOutput: false))
        }
    }
}

/// The hostile inputs, built the same way every run.
enum HostileInputs {
    /// `lineCount` `--jsonl` lines, each one part (sequence 1) of a message that claims 255
    /// parts, each with its own 16-bit reference: 60 bytes a line, 3 MB for 50,000.
    static func partsClaiming255Parts(lineCount: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        for index in 0..<lineCount {
            let reference = Hex.encode([UInt8(index >> 8 & 0xFF), UInt8(index & 0xFF)])
            bytes += Array(#"{"udh":"060804\#(reference)FF01","ud":"060804\#(reference)FF01C834","udl":10}"#.utf8)
            bytes.append(UInt8(ascii: "\n"))
        }
        return bytes
    }

    /// `count` one-septet parts: reference `i / 2` (16-bit), total 1 or 2, sequence 1, so every
    /// reference has two groups whose totals disagree.
    static func partsDisagreeingOnTheTotal(count: Int) -> [DecodedUserData] {
        (0..<count).compactMap { index in
            let concatenation = Concatenation(
                reference: UInt16(truncatingIfNeeded: index / 2), referenceSize: .sixteenBit, total: UInt8(index % 2 + 1),
                sequence: 1)
            return try? DecodedUserData(
                parsing: .gsm7(header: UserDataHeader(elements: [.concatenation(concatenation)]), septets: [0x41]),
                encoding: .gsm7, hasHeader: true)
        }
    }

    /// About `byteCount` bytes of CJK ideographs (U+4E00...U+9FFF, 3 bytes each in UTF-8), from
    /// a fixed linear congruential sequence.
    static func cjk(byteCount: Int) -> [UInt8] {
        var state: UInt32 = 12_345
        var scalars = String.UnicodeScalarView()
        for _ in 0..<(byteCount / 3) {
            state = state &* 1_103_515_245 &+ 12_345
            scalars.append(Unicode.Scalar(0x4E00 + (state >> 8) % 0x5200)!)
        }
        return Array(String(scalars).utf8)
    }
}
