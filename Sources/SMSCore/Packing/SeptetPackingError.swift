/// Why packed septets could not be unpacked (TS 23.038 6.1.2.1.1, TS 23.040 9.2.3.16).
///
/// ```swift
/// do { _ = try SeptetPacking.unpack([0xE8, 0x32], septetCount: 5, fillBits: 0) }
/// catch { print(error) }   // 5 septets after 0 fill bits need 5 octets; 2 given
/// ```
public struct SeptetPackingError: Error, Hashable, Sendable, CustomStringConvertible {
    private enum Code: Hashable, Sendable {
        case insufficientData(septetCount: Int, fillBits: Int, needed: Int, available: Int)
        case negativeSeptetCount(Int)
    }

    private let code: Code

    private init(_ code: Code) {
        self.code = code
    }

    /// `septetCount` septets after `fillBits` fill bits need `needed` octets, but only
    /// `available` were given.
    public static func insufficientData(septetCount: Int, fillBits: Int, needed: Int, available: Int) -> Self {
        Self(.insufficientData(septetCount: septetCount, fillBits: fillBits, needed: needed, available: available))
    }

    /// A negative number of septets was asked for.
    public static func negativeSeptetCount(_ count: Int) -> Self { Self(.negativeSeptetCount(count)) }

    /// The octet offset where data ran out (the number of octets available), or 0 for a
    /// negative count.
    public var offset: Int {
        switch code {
        case .insufficientData(_, _, _, let available): available
        case .negativeSeptetCount: 0
        }
    }

    /// What went wrong, in one sentence.
    public var description: String {
        switch code {
        case .insufficientData(let septetCount, let fillBits, let needed, let available):
            "\(septetCount) septets after \(fillBits) fill bits need \(needed) octets; \(available) given"
        case .negativeSeptetCount(let count):
            "septet count \(count) is negative"
        }
    }
}
