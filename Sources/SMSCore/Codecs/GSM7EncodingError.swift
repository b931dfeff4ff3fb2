/// Why text could not be written in the GSM 7-bit default alphabet: a scalar that neither the
/// default alphabet (TS 23.038 6.2.1) nor its extension table (6.2.1.1) holds, and where it is.
///
/// ```swift
/// do { _ = try GSM7Codec.septets(of: "caf\u{E9} \u{1F44B}") }
/// catch { error.code; error.scalar; error.offset }   // .unencodable, U+1F44B, 5
/// ```
///
/// Offsets count Unicode scalars of the text (its `unicodeScalars` view), from 0.
public struct GSM7EncodingError: SMSError {
    /// The stable names of GSM-7 encoding errors.
    public struct Code: SMSErrorCode {
        /// The stable lowerCamelCase name.
        public let rawValue: String

        /// The code with the given name.
        ///
        /// - Parameter rawValue: The name, such as `"unencodable"`.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// See ``GSM7EncodingError/unencodable(_:offset:)``.
        public static let unencodable = Code(rawValue: "unencodable")
    }

    private enum Detail: Hashable, Sendable {
        case unencodable(Unicode.Scalar, offset: Int)
    }

    private let detail: Detail

    private init(_ detail: Detail) {
        self.detail = detail
    }

    /// `scalar`, at Unicode scalar offset `offset` of the input, is not GSM-7.
    ///
    /// - Parameters:
    ///   - scalar: The scalar that has no GSM-7 code.
    ///   - offset: Its offset in Unicode scalars.
    public static func unencodable(_ scalar: Unicode.Scalar, offset: Int) -> Self {
        Self(.unencodable(scalar, offset: offset))
    }

    /// What went wrong: ``Code/unencodable``.
    public var code: Code {
        switch detail {
        case .unencodable: .unencodable
        }
    }

    /// The scalar that could not be encoded.
    public var scalar: Unicode.Scalar {
        switch detail {
        case .unencodable(let scalar, _): scalar
        }
    }

    /// Its offset in the input, counted in Unicode scalars (the `unicodeScalars` view).
    public var offset: Int? {
        switch detail {
        case .unencodable(_, let offset): offset
        }
    }

    /// For example `U+1F44B at scalar offset 5 is not in the GSM 7-bit default alphabet or its extension table`.
    public var description: String {
        switch detail {
        case .unencodable(let scalar, let offset):
            "\(scalar.codePointDescription) at scalar offset \(offset) is not in the GSM 7-bit default alphabet or its extension table"
        }
    }
}
