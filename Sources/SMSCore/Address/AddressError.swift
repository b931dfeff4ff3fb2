/// Why a phone number or sender ID was rejected, and where.
///
/// ``reason`` names the rule that failed with a stable string (`"letter"`, `"tooLong"`, ...),
/// suitable for JSON and logs; ``offset`` points at the place in the input, counted in Unicode
/// scalars from 0 (`input.unicodeScalars`, not `Character`s, not UTF-8 or UTF-16 units). The
/// other properties carry what the description needs.
///
/// ```swift
/// do {
///     _ = try MSISDN(validating: "+44 7700 9OO123")
/// } catch {
///     error.reason        // .letter
///     error.offset        // 10: the first "O"
///     error.description   // "letter \"O\" (U+004F) at offset 10: phone numbers are digits"
/// }
/// ```
public struct AddressError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The rule an address broke. New reasons may be added in minor releases, so a `switch`
    /// over reasons needs a `default`.
    public struct Reason: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The stable name, such as `"letter"`.
        public let rawValue: String

        /// A reason with the given name.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The input has no digits, or no characters at all (a sender ID). Offset: 0.
        public static let empty = Reason(rawValue: "empty")
        /// A letter in a phone number (`+1 800 FLOWERS`, `ext. 12`). Offset: the letter.
        public static let letter = Reason(rawValue: "letter")
        /// A decimal digit other than ASCII 0-9 (full-width `０`, Arabic-Indic `٠`), and folding
        /// was not requested. Offset: the digit.
        public static let nonASCIIDigit = Reason(rawValue: "nonASCIIDigit")
        /// A character the address may not contain here: `#`, `*`, `,`, a `+` after the first
        /// digit, or a sender ID character outside the allowed set. Offset: the character.
        public static let disallowedCharacter = Reason(rawValue: "disallowedCharacter")
        /// A national number (trunk prefix 0, such as `07700 900123`) with no default country
        /// calling code to complete it. Offset: the leading 0.
        public static let missingCountryCode = Reason(rawValue: "missingCountryCode")
        /// No assigned country calling code starts the number (`+0…`, `+999…`). Offset: the
        /// first digit of the would-be code.
        public static let unassignedCountryCode = Reason(rawValue: "unassignedCountryCode")
        /// Too few digits to be a number at all: fewer than 3 from the country calling code on
        /// (after `+`, `00`, `011`, or with no prefix), or fewer than 2 in a national number read
        /// with a default country calling code. Offset: the end of the input.
        public static let tooShort = Reason(rawValue: "tooShort")
        /// More digits than E.164 allows (15), than a numeric sender ID may have (16), or more
        /// than 11 characters in an alphanumeric sender ID. Offset: the first digit or character
        /// past the limit.
        public static let tooLong = Reason(rawValue: "tooLong")
        /// The national number's length is not possible for its country calling code (too
        /// short, too long, or between possible lengths). Offset: the first national digit.
        public static let impossibleLength = Reason(rawValue: "impossibleLength")
        /// The national number has a length that is possible only for local dialling, without an
        /// area code; it cannot be reached in international format. Offset: the first national
        /// digit.
        public static let localOnlyLength = Reason(rawValue: "localOnlyLength")
        /// The national number still starts with the country's national (trunk) prefix after one
        /// was removed (`+49 0061 2345678`). libphonenumber removes one prefix per reading, so
        /// such a number has no stable canonical form. Offset: the first national digit.
        public static let doubleNationalPrefix = Reason(rawValue: "doubleNationalPrefix")

        /// The stable name.
        public var description: String { rawValue }
    }

    /// The rule that failed.
    public let reason: Reason

    /// Where in the input, in Unicode scalars from 0.
    public let offset: Int

    /// The offending character for ``Reason/letter``, ``Reason/nonASCIIDigit`` and
    /// ``Reason/disallowedCharacter``, and the first character past the limit when an
    /// alphanumeric sender ID is ``Reason/tooLong``; otherwise `nil`.
    public let scalar: Unicode.Scalar?

    /// The country calling code for ``Reason/impossibleLength``, ``Reason/localOnlyLength`` and
    /// ``Reason/doubleNationalPrefix``; otherwise `nil`.
    public let countryCallingCode: CountryCallingCode?

    /// The number of national digits for ``Reason/impossibleLength``,
    /// ``Reason/localOnlyLength`` and ``Reason/doubleNationalPrefix``, the limit that was passed
    /// for ``Reason/tooLong``; otherwise `nil`.
    public let count: Int?

    /// An error with the given fields.
    public init(
        reason: Reason,
        offset: Int,
        scalar: Unicode.Scalar? = nil,
        countryCallingCode: CountryCallingCode? = nil,
        count: Int? = nil
    ) {
        self.reason = reason
        self.offset = offset
        self.scalar = scalar
        self.countryCallingCode = countryCallingCode
        self.count = count
    }

    /// A sentence that names the reason, the offset and what was wrong.
    public var description: String {
        let character = scalar.map(Self.quoted) ?? "?"
        switch reason {
        case .empty:
            return "empty: no digits or characters to read"
        case .letter:
            return "letter \(character) at offset \(offset): phone numbers are digits"
        case .nonASCIIDigit:
            return "non-ASCII digit \(character) at offset \(offset): use 0-9, or enable digit folding"
        case .disallowedCharacter:
            return "character \(character) is not allowed at offset \(offset)"
        case .missingCountryCode:
            return "no country calling code at offset \(offset): a national number needs a default country calling code, or write +<code>"
        case .unassignedCountryCode:
            return "no assigned country calling code at offset \(offset)"
        case .tooShort:
            return "too short at offset \(offset): too few digits for a phone number"
        case .tooLong:
            let limit = count.map(String.init) ?? "the allowed number of"
            if scalar != nil {
                return "too long at offset \(offset): \(character) is one character more than \(limit)"
            }
            return "too long at offset \(offset): more than \(limit) digits"
        case .impossibleLength, .localOnlyLength:
            let code = countryCallingCode.map(\.description) ?? "the country calling code"
            let digits = count.map { "\($0) national digits" } ?? "this national number"
            let possible = countryCallingCode.map { " (possible: \($0.possibleNationalNumberLengths))" } ?? ""
            if reason == .localOnlyLength {
                return "local-only length at offset \(offset): \(digits) after \(code) can only be dialled locally, without an area code\(possible)"
            }
            return "impossible length at offset \(offset): \(digits) are not possible after \(code)\(possible)"
        case .doubleNationalPrefix:
            let code = countryCallingCode.map(\.description) ?? "the country calling code"
            return "national prefix typed twice at offset \(offset): the digits after \(code) still start with a trunk prefix"
        default:
            return "\(reason) at offset \(offset)"
        }
    }

    private static func quoted(_ scalar: Unicode.Scalar) -> String {
        let code = scalar.codePointDescription
        if scalar.properties.isWhitespace || scalar.value < 0x20 || scalar.value == 0x7F {
            return code
        }
        return "\"\(scalar)\" (\(code))"
    }
}
