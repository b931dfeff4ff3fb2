import Benchmark
import SMSCore

/// Address validation: 1,000 typed numbers in the shapes people use, the possible-length lookup,
/// and a pasted recipient list.
///
/// Run from `Benchmarks/`: `swift package benchmark --filter 'Address.*' --no-progress`.
///
/// Measured on the development machine (Linux x86_64, 2 cores, Swift 6.3.1, release build), p50:
///
/// | benchmark | mallocs | wall clock |
/// |---|---|---|
/// | `Address.MSISDN(validating:)-1000` | 1 | 286 µs |
/// | `Address.MSISDN(validating:)-rejected-1000` | 0 | 164 µs |
/// | `Address.CountryCallingCode.possibleNationalNumberLengths-1...999` | 0 | 14 µs |
/// | `Address.RecipientList(validating:)-1100` | 1219 | 1.2 ms |
///
/// Validating 1,000 numbers allocates once, for the results array: every input is a native
/// `String` that its result shares, every canonical form (at most 15 digits) fits the standard
/// library's inline small-string storage, and parsing works on fixed-size values. A rejection
/// (`AddressError`, thrown typed) allocates nothing, nor does the possible-length lookup.
/// The thresholds keep the malloc counts exact.
func registerAddressBenchmarks() {
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .throughput, .mallocCountTotal],
        maxDuration: .seconds(1),
        maxIterations: 100_000,
        thresholds: [.mallocCountTotal: .strict]
    )

    let numbers = AddressCorpus.numbers
    Benchmark("Address.MSISDN(validating:)-1000", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            var results: [MSISDN] = []
            results.reserveCapacity(numbers.count)
            for input in numbers {
                if let number = try? MSISDN(validating: input) { results.append(number) }
            }
            blackHole(results)
        }
    }

    let rejected = AddressCorpus.rejected
    Benchmark("Address.MSISDN(validating:)-rejected-1000", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            var offsets = 0
            for input in rejected {
                do throws(AddressError) {
                    _ = try MSISDN(validating: input)
                } catch {
                    offsets &+= error.offset ?? 0
                }
            }
            blackHole(offsets)
        }
    }

    Benchmark("Address.CountryCallingCode.possibleNationalNumberLengths-1...999", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            var possible = 0
            for value in 1...999 {
                guard let code = CountryCallingCode(value) else { continue }
                if code.possibleNationalNumberLengths.contains(10) { possible &+= 1 }
            }
            blackHole(possible)
        }
    }

    let list = AddressCorpus.pastedList
    Benchmark("Address.RecipientList(validating:)-1100", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(RecipientList(validating: list).batches(of: 300))
        }
    }
}

/// The inputs of the address benchmarks, built once.
enum AddressCorpus {
    /// 1,000 valid numbers, written as people type them: E.164, spaces, dashes, parentheses, the
    /// `(0)` trunk marker, `00`, and Clickatell's bare digits, across several countries.
    static let numbers: [String] = (0..<1_000).map { i in
        let tail = String(100_000 + i * 37 % 900_000)
        switch i % 8 {
        case 0: return "+44 7700 9\(tail.suffix(5))"
        case 1: return "+1 (202) 55\(tail.suffix(1))-\(tail.suffix(4))"
        case 2: return "0049 1512 34\(tail.suffix(5))"
        case 3: return "+33 (0)6 12 3\(tail.suffix(5))"
        case 4: return "27831\(tail)"
        case 5: return "+61-412-3\(tail.suffix(5))"
        case 6: return "+39 06 12\(tail.suffix(6))"
        default: return "+81 90-1\(tail.suffix(3))-\(tail.suffix(4))"
        }
    }

    /// 1,000 inputs rejected for various reasons: national numbers, letters, lengths, codes.
    static let rejected: [String] = (0..<1_000).map { i in
        switch i % 5 {
        case 0: return "07700 900\(i % 1_000)"
        case 1: return "+1 800 FLOWERS"
        case 2: return "+44 770\(i % 10)"
        case 3: return "+999 1234 \(i)"
        default: return "+49 1234567890123456\(i % 10)"
        }
    }

    /// The valid numbers as one pasted list: commas and line breaks, every tenth one repeated.
    static let pastedList: String = {
        var text = ""
        for (i, number) in numbers.enumerated() {
            text += number + (i % 3 == 0 ? "\n" : ", ")
            if i % 10 == 0 { text += number + ",\n" }
        }
        return text
    }()
}
