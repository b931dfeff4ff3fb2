/// Why a hex string could not be decoded, and where.
///
/// ```swift
/// do { _ = try Hex.decode("0A0G") }
/// catch {
///     error.code          // .invalidDigit
///     error.offset        // 3
///     error.description   // "G" at offset 3 is not a hex digit
/// }
/// ```
///
/// Offsets count Unicode scalars of the hex string (one per digit), from 0.
public struct HexError: SMSError {
    /// The stable names of hex errors.
    public struct Code: SMSErrorCode {
        /// The stable lowerCamelCase name.
        public let rawValue: String

        /// The code with the given name.
        ///
        /// - Parameter rawValue: The name, such as `"invalidDigit"`.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// See ``HexError/invalidDigit(_:offset:)``.
        public static let invalidDigit = Code(rawValue: "invalidDigit")
        /// See ``HexError/oddLength(_:)``.
        public static let oddLength = Code(rawValue: "oddLength")
    }

    private enum Detail: Hashable, Sendable {
        case invalidDigit(Unicode.Scalar, offset: Int)
        case oddLength(Int)
    }

    private let detail: Detail

    private init(_ detail: Detail) {
        self.detail = detail
    }

    /// `scalar`, at Unicode scalar offset `offset`, is not a hex digit (0-9, A-F, a-f).
    ///
    /// - Parameters:
    ///   - scalar: The character that is not a hex digit.
    ///   - offset: Its offset in Unicode scalars.
    public static func invalidDigit(_ scalar: Unicode.Scalar, offset: Int) -> Self {
        Self(.invalidDigit(scalar, offset: offset))
    }

    /// The string has an odd number (`digitCount`) of digits, so the last octet is incomplete.
    ///
    /// - Parameter digitCount: The number of digits, odd.
    public static func oddLength(_ digitCount: Int) -> Self { Self(.oddLength(digitCount)) }

    /// What went wrong: ``Code/invalidDigit`` or ``Code/oddLength``.
    public var code: Code {
        switch detail {
        case .invalidDigit: .invalidDigit
        case .oddLength: .oddLength
        }
    }

    /// The offset of the problem in Unicode scalars (digits): the bad character, or for an odd
    /// length the last digit.
    public var offset: Int? {
        switch detail {
        case .invalidDigit(_, let offset): offset
        case .oddLength(let count): count - 1
        }
    }

    /// The character that is not a hex digit, or `nil` for an odd length.
    public var invalidScalar: Unicode.Scalar? {
        switch detail {
        case .invalidDigit(let scalar, _): scalar
        case .oddLength: nil
        }
    }

    /// What went wrong and where, in one sentence.
    public var description: String {
        switch detail {
        case .invalidDigit(let scalar, let offset):
            "\(scalar.escaped(asASCII: true)) at offset \(offset) is not a hex digit"
        case .oddLength(let count):
            "odd number of hex digits (\(count)); the last octet is incomplete"
        }
    }
}
