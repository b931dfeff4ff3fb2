/// Why packed septets could not be unpacked (TS 23.038 6.1.2.1.1, TS 23.040 9.2.3.16).
///
/// ```swift
/// do { _ = try SeptetPacking.unpack([0xE8, 0x32], septetCount: 5, fillBits: 0) }
/// catch {
///     error.code     // .insufficientData
///     error.offset   // 2: the data ends after 2 octets
///     print(error)   // 5 septets after 0 fill bits need 5 octets; 2 given
/// }
/// ```
///
/// Offsets count octets of the packed input, from 0.
public struct SeptetPackingError: SMSError {
    /// The stable names of unpacking errors.
    public struct Code: SMSErrorCode {
        /// The stable lowerCamelCase name.
        public let rawValue: String

        /// The code with the given name.
        ///
        /// - Parameter rawValue: The name, such as `"insufficientData"`.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// See ``SeptetPackingError/insufficientData(septetCount:fillBits:needed:available:)``.
        public static let insufficientData = Code(rawValue: "insufficientData")
        /// See ``SeptetPackingError/negativeSeptetCount(_:)``.
        public static let negativeSeptetCount = Code(rawValue: "negativeSeptetCount")
    }

    private enum Detail: Hashable, Sendable {
        case insufficientData(septetCount: Int, fillBits: Int, needed: Int, available: Int)
        case negativeSeptetCount(Int)
    }

    private let detail: Detail

    private init(_ detail: Detail) {
        self.detail = detail
    }

    /// `septetCount` septets after `fillBits` fill bits need `needed` octets, but only
    /// `available` were given.
    ///
    /// - Parameters:
    ///   - septetCount: The septets asked for.
    ///   - fillBits: The fill bits before the first septet.
    ///   - needed: The octets they take.
    ///   - available: The octets given.
    public static func insufficientData(septetCount: Int, fillBits: Int, needed: Int, available: Int) -> Self {
        Self(.insufficientData(septetCount: septetCount, fillBits: fillBits, needed: needed, available: available))
    }

    /// A negative number of septets was asked for.
    ///
    /// - Parameter count: The septet count asked for.
    public static func negativeSeptetCount(_ count: Int) -> Self { Self(.negativeSeptetCount(count)) }

    /// What went wrong: ``Code/insufficientData`` or ``Code/negativeSeptetCount``.
    public var code: Code {
        switch detail {
        case .insufficientData: .insufficientData
        case .negativeSeptetCount: .negativeSeptetCount
        }
    }

    /// The octet offset where the data ran out (the number of octets available); `nil` for a
    /// negative count, which is about no place in the data.
    public var offset: Int? {
        switch detail {
        case .insufficientData(_, _, _, let available): available
        case .negativeSeptetCount: nil
        }
    }

    /// What went wrong, in one sentence.
    public var description: String {
        switch detail {
        case .insufficientData(let septetCount, let fillBits, let needed, let available):
            "\(septetCount.counting("septets")) after \(fillBits.counting("fill bits")) \(septetCount == 1 ? "needs" : "need") \(needed.counting("octets")); \(available) given"
        case .negativeSeptetCount(let count):
            "septet count \(count) is negative"
        }
    }
}
