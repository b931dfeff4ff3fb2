/// Why text could not be written in the GSM 7-bit default alphabet: a scalar that neither the
/// default alphabet (TS 23.038 6.2.1) nor its extension table (6.2.1.1) holds, and where it is.
///
/// ```swift
/// do { _ = try GSM7Codec.septets(of: "caf\u{E9} \u{1F44B}") }
/// catch { error.scalar; error.offset }   // U+1F44B, 5
/// ```
public struct GSM7EncodingError: Error, Hashable, Sendable, CustomStringConvertible {
    private enum Code: Hashable, Sendable {
        case unencodable(Unicode.Scalar, offset: Int)
    }

    private let code: Code

    private init(_ code: Code) {
        self.code = code
    }

    /// `scalar`, at Unicode scalar offset `offset` of the input, is not GSM-7.
    public static func unencodable(_ scalar: Unicode.Scalar, offset: Int) -> Self {
        Self(.unencodable(scalar, offset: offset))
    }

    /// The scalar that could not be encoded.
    public var scalar: Unicode.Scalar {
        switch code {
        case .unencodable(let scalar, _): scalar
        }
    }

    /// Its offset in the input, counted in Unicode scalars (the `unicodeScalars` view).
    public var offset: Int {
        switch code {
        case .unencodable(_, let offset): offset
        }
    }

    /// For example `U+1F44B at scalar offset 5 is not in the GSM 7-bit default alphabet or its extension table`.
    public var description: String {
        "\(scalar.codePointDescription) at scalar offset \(offset) is not in the GSM 7-bit default alphabet or its extension table"
    }
}
