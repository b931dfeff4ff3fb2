/// Why text could not be written in GSM-7: a scalar that neither the locking-shift table (the
/// default alphabet, TS 23.038 6.2.1, or a national one, annex A.3) nor the single-shift table
/// (the extension table, 6.2.1.1, or a national one, A.2) holds, where it is, and which tables
/// were tried.
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

        /// See ``GSM7EncodingError/unencodable(_:offset:tables:)``.
        public static let unencodable = Code(rawValue: "unencodable")
    }

    private enum Detail: Hashable, Sendable {
        case unencodable(Unicode.Scalar, offset: Int, tables: GSM7Tables)
    }

    private let detail: Detail

    private init(_ detail: Detail) {
        self.detail = detail
    }

    /// `scalar`, at Unicode scalar offset `offset` of the input, has no code in `tables`.
    ///
    /// - Parameters:
    ///   - scalar: The scalar that has no GSM-7 code.
    ///   - offset: Its offset in Unicode scalars.
    ///   - tables: The tables that lack it; the default pair unless given.
    public static func unencodable(_ scalar: Unicode.Scalar, offset: Int, tables: GSM7Tables = .standard) -> Self {
        Self(.unencodable(scalar, offset: offset, tables: tables))
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
        case .unencodable(let scalar, _, _): scalar
        }
    }

    /// The pair of tables that has no code for ``scalar``.
    public var tables: GSM7Tables {
        switch detail {
        case .unencodable(_, _, let tables): tables
        }
    }

    /// Its offset in the input, counted in Unicode scalars (the `unicodeScalars` view).
    public var offset: Int? {
        switch detail {
        case .unencodable(_, let offset, _): offset
        }
    }

    /// For example `U+1F44B at scalar offset 5 is not in the GSM 7-bit default alphabet or its
    /// extension table`, or, with national tables, `U+00E7 at scalar offset 0 is not in the
    /// Hindi locking-shift table or the Urdu single-shift table`.
    public var description: String {
        switch detail {
        case .unencodable(let scalar, let offset, let tables):
            "\(scalar.codePointDescription) at scalar offset \(offset) is not in the \(Self.names(of: tables))"
        }
    }

    /// The two tables, named for a sentence.
    private static func names(of tables: GSM7Tables) -> String {
        let locking = tables.lockingShift.map { "\($0.name) locking-shift table" } ?? "GSM 7-bit default alphabet"
        let single = tables.singleShift.map { "the \($0.name) single-shift table" }
            ?? (tables.lockingShift == nil ? "its extension table" : "the default extension table")
        return "\(locking) or \(single)"
    }
}
