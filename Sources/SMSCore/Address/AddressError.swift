/// Why a phone number or sender ID was rejected, and where.
///
/// ``code`` names the rule that failed with a stable string (`"letter"`, `"tooLong"`, ...),
/// suitable for JSON and logs; ``offset`` points at the place in the input, counted in Unicode
/// scalars from 0 (`input.unicodeScalars`, not `Character`s, not UTF-8 or UTF-16 units), and is
/// never `nil`. The other properties carry what the description needs. Only this package's
/// validators (``MSISDN/init(validating:options:)``, ``SenderID/init(validating:options:)``)
/// make these errors.
///
/// ```swift
/// do {
///     _ = try MSISDN(validating: "+44 7700 9OO123")
/// } catch {
///     error.code          // .letter
///     error.offset        // 10: the first "O"
///     error.description   // "letter \"O\" (U+004F) at offset 10: phone numbers are digits"
/// }
/// ```
public struct AddressError: SMSError {
    /// The rule an address broke. New codes may be added in minor releases, so a `switch`
    /// over codes needs a `default`.
    public struct Code: SMSErrorCode {
        /// The stable name, such as `"letter"`.
        public let rawValue: String

        /// The code with the given name.
        ///
        /// - Parameter rawValue: The name, such as `"letter"`.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The input has no digits, or no characters at all (a sender ID). Offset: 0.
        public static let empty = Code(rawValue: "empty")
        /// A letter in a phone number (`+1 800 FLOWERS`, `ext. 12`). Offset: the letter.
        public static let letter = Code(rawValue: "letter")
        /// A decimal digit other than ASCII 0-9 (full-width `０`, Arabic-Indic `٠`), and folding
        /// was not requested (see ``AddressError/isFixedByFoldingDigits``). Offset: the digit.
        public static let nonASCIIDigit = Code(rawValue: "nonASCIIDigit")
        /// A character the address may not contain here: `#`, `*`, `,`, a `+` after the first
        /// digit, a full-width `＋` without folding, or a sender ID character outside the allowed
        /// set. Offset: the character.
        public static let disallowedCharacter = Code(rawValue: "disallowedCharacter")
        /// A national number (trunk prefix 0, such as `07700 900123`) with no default country
        /// calling code to complete it. Offset: the leading 0.
        public static let missingCountryCode = Code(rawValue: "missingCountryCode")
        /// No assigned country calling code starts the number (`+0…`, `+999…`). Offset: the
        /// first digit of the would-be code.
        public static let unassignedCountryCode = Code(rawValue: "unassignedCountryCode")
        /// Too few digits to be a number at all: fewer than 3 from the country calling code on
        /// (after `+`, `00`, `011`, or with no prefix), or fewer than 2 in a national number read
        /// with a default country calling code. Offset: the end of the input.
        public static let tooShort = Code(rawValue: "tooShort")
        /// More digits than E.164 allows (15), than a numeric sender ID may have (16), or more
        /// than 11 characters in an alphanumeric sender ID. Offset: the first digit or character
        /// past the limit.
        public static let tooLong = Code(rawValue: "tooLong")
        /// The national number's length is not possible for its country calling code (too
        /// short, too long, or between possible lengths). Offset: the first national digit.
        public static let impossibleLength = Code(rawValue: "impossibleLength")
        /// The national number has a length that is possible only for local dialling, without an
        /// area code; it cannot be reached in international format. Offset: the first national
        /// digit.
        public static let localOnlyLength = Code(rawValue: "localOnlyLength")
        /// The national number still starts with the country's national (trunk) prefix after one
        /// was removed (`+49 0061 2345678`). libphonenumber removes one prefix per reading, so
        /// such a number has no stable canonical form. Offset: the first national digit.
        public static let doubleNationalPrefix = Code(rawValue: "doubleNationalPrefix")
    }

    /// The rule that failed.
    public let code: Code

    /// Where in the input, in Unicode scalars from 0.
    private let scalarOffset: Int

    /// Where in the input, in Unicode scalars from 0; never `nil` for an address error.
    public var offset: Int? { scalarOffset }

    /// The offending character for ``Code/letter``, ``Code/nonASCIIDigit`` and
    /// ``Code/disallowedCharacter``, and the first character past the limit when an
    /// alphanumeric sender ID is ``Code/tooLong``; otherwise `nil`.
    public let scalar: Unicode.Scalar?

    /// The country calling code for ``Code/impossibleLength``, ``Code/localOnlyLength`` and
    /// ``Code/doubleNationalPrefix``; otherwise `nil`.
    public let countryCallingCode: CountryCallingCode?

    /// The national digits for ``Code/impossibleLength``, ``Code/localOnlyLength`` and
    /// ``Code/doubleNationalPrefix``, or the limit for ``Code/tooLong``.
    private let count: Int?

    /// The number of national digits for ``Code/impossibleLength``,
    /// ``Code/localOnlyLength`` and ``Code/doubleNationalPrefix``; otherwise `nil`.
    public var nationalDigitCount: Int? { code == .tooLong ? nil : count }

    /// The limit that was passed for ``Code/tooLong``: the most digits (15 for a number,
    /// ``SenderID/maxNumericDigitCount`` for a numeric sender) or characters
    /// (``SenderID/maxAlphanumericLength``); otherwise `nil`.
    public var maxCount: Int? { code == .tooLong ? count : nil }

    /// Whether the input would get past this error with
    /// ``MSISDN/ParsingOptions/foldsNonASCIIDigits``: a non-ASCII digit (``Code/nonASCIIDigit``)
    /// or a full-width plus sign `＋` (``Code/disallowedCharacter``). The description then says
    /// so; a program that exposes the option under another name (`sms validate
    /// --fold-digits`) can name it.
    public var isFixedByFoldingDigits: Bool {
        code == .nonASCIIDigit || (code == .disallowedCharacter && scalar == "\u{FF0B}")
    }

    /// An error with the given fields; only the validators make these.
    init(
        code: Code,
        offset: Int,
        scalar: Unicode.Scalar? = nil,
        countryCallingCode: CountryCallingCode? = nil,
        count: Int? = nil
    ) {
        self.code = code
        self.scalarOffset = offset
        self.scalar = scalar
        self.countryCallingCode = countryCallingCode
        self.count = count
    }

    /// A sentence that names the rule, the offset and what was wrong.
    public var description: String {
        let offset = scalarOffset
        let character = scalar.map(Self.quoted) ?? "?"
        switch code {
        case .empty:
            return "empty: no digits or characters to read"
        case .letter:
            return "letter \(character) at offset \(offset): phone numbers are digits"
        case .nonASCIIDigit:
            let value = scalar?.properties.numericValue.map { " as \(Int($0))" } ?? ""
            return "non-ASCII digit \(character) at offset \(offset): use 0-9, or fold non-ASCII digits (foldsNonASCIIDigits) to read it\(value)"
        case .disallowedCharacter where isFixedByFoldingDigits:
            return "character \(character) is not allowed at offset \(offset): a full-width plus sign is read as + only when non-ASCII digits are folded (foldsNonASCIIDigits)"
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
            let callingCode = countryCallingCode.map(\.description) ?? "the country calling code"
            let digits = count.map { $0.counting("national digits") } ?? "this national number"
            let possible = countryCallingCode.map { " (possible: \($0.possibleNationalNumberLengths))" } ?? ""
            if code == .localOnlyLength {
                return "local-only length at offset \(offset): \(digits) after \(callingCode) can only be dialled locally, without an area code\(possible)"
            }
            let verb = count.map { $0 == 1 ? "is" : "are" } ?? "is"
            return "impossible length at offset \(offset): \(digits) \(verb) not possible after \(callingCode)\(possible)"
        case .doubleNationalPrefix:
            let callingCode = countryCallingCode.map(\.description) ?? "the country calling code"
            return "national prefix typed twice at offset \(offset): the digits after \(callingCode) still start with a trunk prefix"
        default:
            return "\(code) at offset \(offset)"
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
