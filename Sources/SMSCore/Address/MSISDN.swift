/// A recipient's phone number in international format, validated for SMS: the `to` of an SMS
/// API, in the form ITU-T E.164 defines (country calling code, then the national significant
/// number; at most 15 digits) and TS 23.040 9.1.2.5 carries in an address field with type of
/// number "international".
///
/// `MSISDN(validating:)` reads what people type and keeps two strings, never an integer (a
/// leading zero such as Italy's is part of the number):
///
/// ```swift
/// let number = try MSISDN(validating: "+44 (0)7700-900 123")
/// number.digits               // "447700900123"   what Clickatell's `to` takes
/// number.e164                 // "+447700900123"
/// number.countryCallingCode   // +44
/// number.nationalNumber       // "7700900123"
/// number.input                // "+44 (0)7700-900 123"
///
/// try MSISDN(validating: "0044 7700 900123").digits                  // "447700900123"
/// try MSISDN(validating: "447700900123").digits                      // "447700900123"
/// try MSISDN(validating: "07700 900123")                             // throws missingCountryCode
/// try MSISDN(validating: "07700 900123",
///            options: .init(defaultCountryCallingCode: CountryCallingCode(44))).digits  // "447700900123"
/// ```
///
/// ## What is accepted
///
/// - An international prefix: `+` before the first digit (`(+44)` and `++44` too), `00`, or
///   `011` when ``ParsingOptions/origin`` is ``Origin/northAmerica``. Digits without a prefix
///   are read country code first, as Clickatell's `to` is written, unless a
///   ``ParsingOptions/defaultCountryCallingCode`` is given (see there).
/// - Formatting anywhere: spaces and other Unicode white space (line breaks included), `.`,
///   `-`, `/`, `(`, `)`, `[`, `]`, `~`, Unicode dashes and their full-width forms: the
///   punctuation libphonenumber skips. Invisible formatting characters too (bidirectional
///   marks and isolates from right-to-left interfaces, zero-width spaces and joiners, soft
///   hyphens, a byte order mark), which are also listed in ``invisibleCharacters``. A trunk marker
///   `(0)` after the country code is just the digit 0 in parentheses: it is removed when the
///   country's numbering plan has trunk prefix 0, as libphonenumber does, and kept where 0
///   belongs to the number (`+39 06…`).
/// - Non-ASCII decimal digits and the full-width `＋` only with
///   ``ParsingOptions/foldsNonASCIIDigits``; without it, the error says that folding would
///   read them (``AddressError/isFixedByFoldingDigits``).
///
/// ## What is checked
///
/// The country calling code must be assigned, and the national number must have a length
/// libphonenumber's metadata says is possible for that code (see ``CountryCallingCode``). The
/// reading follows libphonenumber's `parse` and `is_possible_number` (national prefix
/// stripping included), with the deliberate differences listed in `docs/addresses.md`.
///
/// **This is a possible-number check, not an in-service check.** A number that passes has a
/// plausible shape for its country; whether it is assigned, reachable, or a mobile that can
/// receive SMS can only be known from the network (an HLR lookup, a delivery receipt).
///
/// Two values are equal when their canonical ``digits`` are equal, whatever was typed.
public struct MSISDN: Hashable, Sendable, CustomStringConvertible {
    /// What was typed, unchanged.
    public let input: String

    /// The canonical number: country calling code and national significant number, ASCII
    /// digits only, no `+` (`"447700900123"`). This is what Clickatell's `to` parameter takes.
    public let digits: String

    /// The country calling code the number starts with.
    public let countryCallingCode: CountryCallingCode

    /// The invisible formatting characters the input carried, in order: bidirectional marks
    /// and isolates, zero-width spaces and joiners, soft hyphens, word joiners, byte order
    /// marks (see ``InvisibleCharacter``). They are ignored like other formatting, and listed
    /// here because nobody can see them; usually empty. They play no part in equality.
    public let invisibleCharacters: [InvisibleCharacter]

    /// Validates what a person typed and makes its canonical form.
    ///
    /// - Parameters:
    ///   - input: The number as typed, such as `"+44 7700 900123"` or `"0044 (0)7700-900123"`.
    ///   - options: How to read national numbers, international prefixes and non-ASCII digits.
    /// - Throws: ``AddressError`` naming the first rule the input breaks and where.
    /// - Complexity: O(n) in Unicode scalars. No allocation beyond storing `input` (none for a
    ///   `String`), a canonical form longer than 15 UTF-8 bytes (none for E.164 numbers) and
    ///   the list of invisible characters (none unless there are some).
    public init(validating input: some StringProtocol, options: ParsingOptions = ParsingOptions()) throws(AddressError) {
        let text = String(input)
        let number = try Self.canonicalNumber(text[...].unicodeScalars, options: options)
        self.input = text
        self.digits = number.national.asciiString(prefixedWith: number.code.value)
        self.countryCallingCode = number.code
        self.invisibleCharacters = number.invisibleCharacters
    }

    /// The number with a leading plus: `"+447700900123"`.
    public var e164: String { "+" + digits }

    /// The national significant number: the digits after the country calling code
    /// (`"7700900123"`).
    public var nationalNumber: Substring { digits.dropFirst(countryCallingCode.digitCount) }

    /// The E.164 form, `"+447700900123"`.
    public var description: String { e164 }

    /// Whether two numbers have the same canonical digits; what was typed does not matter.
    public static func == (lhs: MSISDN, rhs: MSISDN) -> Bool { lhs.digits == rhs.digits }

    /// Hashes the canonical digits, consistently with `==`.
    public func hash(into hasher: inout Hasher) { hasher.combine(digits) }
}
