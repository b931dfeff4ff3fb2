/// Why a hex string could not be decoded, and where.
///
/// ```swift
/// do { _ = try Hex.decode("0A0G") }
/// catch { print(error) }   // "G" at offset 3 is not a hex digit
/// ```
public struct HexError: Error, Hashable, Sendable, CustomStringConvertible {
    private enum Code: Hashable, Sendable {
        case invalidDigit(Unicode.Scalar, offset: Int)
        case oddLength(Int)
    }

    private let code: Code

    private init(_ code: Code) {
        self.code = code
    }

    /// `scalar`, at Unicode scalar offset `offset`, is not a hex digit (0-9, A-F, a-f).
    public static func invalidDigit(_ scalar: Unicode.Scalar, offset: Int) -> Self {
        Self(.invalidDigit(scalar, offset: offset))
    }

    /// The string has an odd number (`digitCount`) of digits, so the last octet is incomplete.
    public static func oddLength(_ digitCount: Int) -> Self { Self(.oddLength(digitCount)) }

    /// The offset of the problem in Unicode scalars: the bad character, or for an odd length the
    /// last digit.
    public var offset: Int {
        switch code {
        case .invalidDigit(_, let offset): offset
        case .oddLength(let count): count - 1
        }
    }

    /// The character that is not a hex digit, or `nil` for an odd length.
    public var invalidScalar: Unicode.Scalar? {
        switch code {
        case .invalidDigit(let scalar, _): scalar
        case .oddLength: nil
        }
    }

    /// What went wrong and where, in one sentence.
    public var description: String {
        switch code {
        case .invalidDigit(let scalar, let offset):
            "\(scalar.escaped(asASCII: true)) at offset \(offset) is not a hex digit"
        case .oddLength(let count):
            "odd number of hex digits (\(count)); the last octet is incomplete"
        }
    }
}
