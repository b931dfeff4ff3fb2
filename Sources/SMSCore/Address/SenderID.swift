/// The sender of an SMS (the `from` of an SMS API): a phone number in international format, or
/// a short alphanumeric name.
///
/// TS 23.040 9.1.2.5 gives the originating address a type of number: "international" carries
/// digits, "alphanumeric" carries GSM 7-bit default alphabet characters (TS 23.038 6.2.1)
/// packed into at most 10 octets of address value, which holds 11 characters.
///
/// ```swift
/// try SenderID(validating: "+44 7700 900123")   // .numeric(+447700900123)
/// try SenderID(validating: "Acme-Shop")          // .alphanumeric("Acme-Shop")
/// try SenderID(validating: "Acme Shop Ltd")      // throws tooLong: 13 characters
/// try SenderID(validating: "Café")               // throws disallowedCharacter: é
/// ```
///
/// ## Which kind
///
/// An input with a letter in it is alphanumeric; anything else is read as a number.
///
/// ## Numeric senders
///
/// The rules of ``MSISDN`` apply (international format, assigned country calling code,
/// possible national length), except that up to 16 digits are allowed: Clickatell accepts
/// 1 to 16 digits in `from`, one more than the 15 ITU-T E.164 allows a number. That limit is
/// Clickatell's policy (see ``maxNumericDigitCount``) and moves to the Clickatell module when
/// that lands. Short codes
/// (`"32665"`) are national numbers that have no international format; they are read as
/// international numbers and rejected, so send them without validation if your account has one.
///
/// ## Alphanumeric senders
///
/// 1 to 11 characters, at least one of them a letter, drawn from: ASCII letters `A-Z a-z`,
/// digits `0-9`, space, and `&`, `-`, `.`, `_`. Surrounding white space and invisible
/// formatting characters (``InvisibleCharacter``, such as the bidirectional marks a
/// right-to-left interface adds) are removed; inside the name they are refused, because they
/// would be sent. The rule is narrower than the standard on purpose:
///
/// - The standard allows any character of the GSM 7-bit default alphabet, but many networks
///   and handsets mangle or reject the rest (accented letters, Greek capitals, `@`, `$`), and
///   Clickatell transmits parameters as ISO-8859-1, where the GSM-only characters do not exist.
/// - Characters of the extension table (`€ [ ] { } ^ ~ \ |`) take two septets each, so they
///   would not fit 11 characters in 10 octets.
/// - The four punctuation marks are the ones SMS aggregators commonly list as safe in sender
///   names; every allowed character is in the GSM 7-bit default alphabet and in ASCII.
///
/// **This is a format check.** Networks may still reject a sender that is not registered for
/// the destination country, and some countries do not allow alphanumeric senders at all.
public enum SenderID: Hashable, Sendable, CustomStringConvertible {
    /// A phone number in international format, up to 16 digits.
    case numeric(MSISDN)
    /// A name of 1 to 11 allowed characters, as it will be sent.
    case alphanumeric(String)

    /// The most characters of an alphanumeric sender: 11, the GSM 7-bit characters that fit the
    /// 10 octets of an address value (TS 23.040 9.1.2.5).
    public static let maxAlphanumericLength = 11

    /// The most digits of a numeric sender: 16, as Clickatell's `from` allows (E.164 numbers
    /// have at most 15).
    ///
    /// - Note: This is Clickatell's policy, not a rule of TS 23.040 or E.164. It moves to the
    ///   Clickatell module when that lands, and `SenderID` will then take E.164's 15 unless
    ///   told otherwise.
    public static let maxNumericDigitCount = 16

    /// Validates a sender as typed.
    ///
    /// - Parameters:
    ///   - input: The sender, such as `"+44 7700 900123"` or `"Acme"`.
    ///   - options: How to read a numeric sender; see ``MSISDN/ParsingOptions``. The digit limit
    ///     is always ``maxNumericDigitCount``.
    /// - Throws: ``AddressError`` naming the first rule the input breaks and where; offsets count
    ///   Unicode scalars of `input`.
    /// - Complexity: O(n) in Unicode scalars.
    public init(validating input: some StringProtocol, options: MSISDN.ParsingOptions = MSISDN.ParsingOptions()) throws(AddressError) {
        let text = String(input)
        let hasLetter = text.unicodeScalars.contains { scalar in
            scalar.properties.isAlphabetic && scalar.properties.numericType == nil
        }
        if hasLetter {
            self = .alphanumeric(try Self.alphanumericName(text))
        } else {
            var numberOptions = options
            numberOptions.maxDigitCount = Self.maxNumericDigitCount
            self = .numeric(try MSISDN(validating: text, options: numberOptions))
        }
    }

    /// What an SMS API's `from` takes: the digits without `+` for a numeric sender (as
    /// Clickatell wants them), the name for an alphanumeric one.
    public var value: String {
        switch self {
        case .numeric(let number): number.digits
        case .alphanumeric(let name): name
        }
    }

    /// `"numeric"` or `"alphanumeric"`.
    public var kind: String {
        switch self {
        case .numeric: "numeric"
        case .alphanumeric: "alphanumeric"
        }
    }

    /// The E.164 form of a numeric sender (`"+447700900123"`), the name of an alphanumeric one.
    public var description: String {
        switch self {
        case .numeric(let number): number.e164
        case .alphanumeric(let name): name
        }
    }

    /// Whether a character may appear in an alphanumeric sender.
    public static func isAllowedInAlphanumericSender(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0x30...0x39: true
        case 0x20, 0x26, 0x2D, 0x2E, 0x5F: true  // space & - . _
        default: false
        }
    }

    /// The name without surrounding white space and invisible formatting, checked character by
    /// character.
    private static func alphanumericName(_ text: String) throws(AddressError) -> String {
        let scalars = text.unicodeScalars
        // Invisible formatting pasted around a name (bidirectional marks) goes with the white
        // space; inside the name it is a character that would be sent, and is refused.
        let trimmed = scalars.rangeTrimming { $0.properties.isWhitespace || InvisibleCharacter.isIgnored($0) }
        let leading = scalars.distance(from: scalars.startIndex, to: trimmed.lowerBound)
        for (position, scalar) in scalars[trimmed].enumerated() {
            if !isAllowedInAlphanumericSender(scalar) {
                throw AddressError(code: .disallowedCharacter, offset: leading + position, scalar: scalar)
            }
            if position == maxAlphanumericLength {
                throw AddressError(
                    code: .tooLong, offset: leading + position, scalar: scalar, count: maxAlphanumericLength)
            }
        }
        return String(scalars[trimmed])
    }
}
