/// Why received user data could not be decoded: what is inconsistent and where
/// (TS 23.040 9.2.3.16 and 9.2.3.24).
///
/// ```swift
/// let data = UserData(bytes: [0xE8, 0x32], length: 5)
/// do { _ = try DecodedUserData(decoding: data, encoding: .gsm7, hasHeader: false) }
/// catch { print(error) }   // TP-UDL 5 septets needs 5 octets of TP-UD; 2 given
/// ```
public struct UserDataError: Error, Hashable, Sendable, CustomStringConvertible {
    private enum Code: Hashable, Sendable {
        case negativeLength(Int)
        case lengthExceedsData(length: Int, unit: String, needed: Int, available: Int)
        case headerExceedsLength(headerOctets: Int, length: Int, unit: String)
        case header(UserDataHeaderError)
    }

    private let code: Code

    private init(_ code: Code) {
        self.code = code
    }

    /// TP-UDL is negative.
    public static func negativeLength(_ length: Int) -> Self { Self(.negativeLength(length)) }

    /// TP-UDL (`length`, in septets for GSM-7 or octets otherwise) needs `needed` octets of
    /// TP-UD, but only `available` were given.
    public static func lengthExceedsData(length: Int, encoding: SMSEncoding, needed: Int, available: Int) -> Self {
        Self(.lengthExceedsData(length: length, unit: encoding == .gsm7 ? "septets" : "octets", needed: needed, available: available))
    }

    /// The header (`headerOctets` octets, UDHL included) is longer than TP-UDL allows.
    public static func headerExceedsLength(headerOctets: Int, length: Int, encoding: SMSEncoding) -> Self {
        Self(.headerExceedsLength(headerOctets: headerOctets, length: length, unit: encoding == .gsm7 ? "septets" : "octets"))
    }

    /// UDHL is missing or counts more octets than TP-UD holds, so the text cannot be found.
    /// (A header whose elements are malformed but whose UDHL is sound is ignored instead, as
    /// TS 23.040 9.2.3.24 says; see ``DecodedUserData/ignoredHeaderError``.)
    public static func header(_ error: UserDataHeaderError) -> Self { Self(.header(error)) }

    /// The header error, when that is the problem.
    public var headerError: UserDataHeaderError? {
        if case .header(let error) = code { return error }
        return nil
    }

    /// The octet offset in TP-UD where the data runs out or the header is wrong; 0 for a
    /// negative length.
    public var offset: Int {
        switch code {
        case .negativeLength: 0
        case .lengthExceedsData(_, _, _, let available): available
        case .headerExceedsLength: 0
        case .header(let error): error.offset
        }
    }

    /// What went wrong and where, in one sentence.
    public var description: String {
        switch code {
        case .negativeLength(let length):
            "TP-UDL \(length) is negative"
        case .lengthExceedsData(let length, let unit, let needed, let available):
            "TP-UDL \(length) \(unit) needs \(needed) octets of TP-UD; \(available) given"
        case .headerExceedsLength(let headerOctets, let length, let unit):
            "the \(headerOctets)-octet user data header does not fit in TP-UDL \(length) \(unit)"
        case .header(let error):
            error.description
        }
    }
}
