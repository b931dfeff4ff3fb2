/// Why received user data could not be decoded: what is inconsistent and where
/// (TS 23.040 9.2.3.16 and 9.2.3.24).
///
/// ```swift
/// let data = UserData(bytes: [0xE8, 0x32], length: 5)
/// do { _ = try DecodedUserData(parsing: data, encoding: .gsm7, hasHeader: false) }
/// catch {
///     error.code     // .lengthExceedsData
///     error.offset   // 2: TP-UD ends after 2 octets
///     print(error)   // TP-UDL 5 septets needs 5 octets of TP-UD; 2 given
/// }
/// ```
///
/// Offsets count octets of TP-UD, from 0 (the UDHL octet when there is a header).
public struct UserDataError: SMSError {
    /// The stable names of user data errors.
    public struct Code: SMSErrorCode {
        /// The stable lowerCamelCase name.
        public let rawValue: String

        /// The code with the given name.
        ///
        /// - Parameter rawValue: The name, such as `"lengthExceedsData"`.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// See ``UserDataError/negativeLength(_:)``.
        public static let negativeLength = Code(rawValue: "negativeLength")
        /// See ``UserDataError/lengthExceedsData(length:encoding:needed:available:)``.
        public static let lengthExceedsData = Code(rawValue: "lengthExceedsData")
        /// See ``UserDataError/headerExceedsLength(headerOctets:length:encoding:)``.
        public static let headerExceedsLength = Code(rawValue: "headerExceedsLength")
        /// See ``UserDataError/invalidHeader(_:)``.
        public static let invalidHeader = Code(rawValue: "invalidHeader")
    }

    private enum Detail: Hashable, Sendable {
        case negativeLength(Int)
        case lengthExceedsData(length: Int, unit: String, needed: Int, available: Int)
        case headerExceedsLength(headerOctets: Int, length: Int, unit: String)
        case invalidHeader(UserDataHeaderError)
    }

    private let detail: Detail

    private init(_ detail: Detail) {
        self.detail = detail
    }

    /// TP-UDL is negative.
    ///
    /// - Parameter length: The TP-UDL given.
    public static func negativeLength(_ length: Int) -> Self { Self(.negativeLength(length)) }

    /// TP-UDL (`length`, in septets for GSM-7 or octets otherwise) needs `needed` octets of
    /// TP-UD, but only `available` were given.
    ///
    /// - Parameters:
    ///   - length: TP-UDL.
    ///   - encoding: The character set, which gives TP-UDL's unit.
    ///   - needed: The TP-UD octets TP-UDL needs.
    ///   - available: The TP-UD octets given.
    public static func lengthExceedsData(length: Int, encoding: SMSEncoding, needed: Int, available: Int) -> Self {
        Self(.lengthExceedsData(length: length, unit: encoding == .gsm7 ? "septets" : "octets", needed: needed, available: available))
    }

    /// The header (`headerOctets` octets, UDHL included) is longer than TP-UDL allows.
    ///
    /// - Parameters:
    ///   - headerOctets: The header's length, UDHL included.
    ///   - length: TP-UDL.
    ///   - encoding: The character set, which gives TP-UDL's unit.
    public static func headerExceedsLength(headerOctets: Int, length: Int, encoding: SMSEncoding) -> Self {
        Self(.headerExceedsLength(headerOctets: headerOctets, length: length, unit: encoding == .gsm7 ? "septets" : "octets"))
    }

    /// UDHL is missing or counts more octets than TP-UD holds, so the text cannot be found.
    /// (A header whose elements are malformed but whose UDHL is sound is ignored instead, as
    /// TS 23.040 9.2.3.24 says; see ``DecodedUserData/ignoredHeaderError``.)
    ///
    /// - Parameter error: What is wrong with the header.
    public static func invalidHeader(_ error: UserDataHeaderError) -> Self { Self(.invalidHeader(error)) }

    /// What went wrong: one of the static members of ``Code``.
    public var code: Code {
        switch detail {
        case .negativeLength: .negativeLength
        case .lengthExceedsData: .lengthExceedsData
        case .headerExceedsLength: .headerExceedsLength
        case .invalidHeader: .invalidHeader
        }
    }

    /// The header error, when that is the problem.
    public var headerError: UserDataHeaderError? {
        if case .invalidHeader(let error) = detail { return error }
        return nil
    }

    /// The octet offset in TP-UD where the data runs out or the header is wrong; `nil` when
    /// TP-UDL itself is at fault (negative, or too small for the header), which is no place in
    /// TP-UD.
    public var offset: Int? {
        switch detail {
        case .negativeLength: nil
        case .lengthExceedsData(_, _, _, let available): available
        case .headerExceedsLength: nil
        case .invalidHeader(let error): error.offset
        }
    }

    /// What went wrong and where, in one sentence.
    public var description: String {
        switch detail {
        case .negativeLength(let length):
            "TP-UDL \(length) is negative"
        case .lengthExceedsData(let length, let unit, let needed, let available):
            "TP-UDL \(length.counting(unit)) needs \(needed.counting("octets")) of TP-UD; \(available) given"
        case .headerExceedsLength(let headerOctets, let length, let unit):
            "the \(headerOctets)-octet user data header does not fit in TP-UDL \(length.counting(unit))"
        case .invalidHeader(let error):
            error.description
        }
    }
}
