import SMSCore
import Testing

/// What the `phonenumbers` package (libphonenumber) said about an input.
struct PhoneNumbersAnswer: Hashable, Sendable, CustomStringConvertible {
    /// The parse error (`INVALID_COUNTRY_CODE`, `NOT_A_NUMBER`, ...), or `nil` when it parsed.
    var parseError: String?
    /// `is_possible_number_with_reason` (`IS_POSSIBLE`, `TOO_SHORT`, ...), or `nil`.
    var possibleReason: String?
    /// The E.164 form with `+`, or `nil`.
    var e164: String?

    /// `is_possible_number`: `IS_POSSIBLE` or `IS_POSSIBLE_LOCAL_ONLY`.
    var isPossible: Bool { possibleReason == "IS_POSSIBLE" || possibleReason == "IS_POSSIBLE_LOCAL_ONLY" }

    var description: String {
        if let parseError { return "parse error \(parseError)" }
        return "\(e164 ?? "?") \(possibleReason ?? "?")"
    }
}

/// A deliberate difference between `MSISDN` and phonenumbers, named so that a test states why
/// the two disagree on an input instead of skipping it.
enum ProductChoice: String, Hashable, Sendable {
    /// E.164 numbers have at most 15 digits; libphonenumber allows national numbers of up to 17
    /// digits (Indonesia, Germany, ...), so it calls some longer numbers possible.
    case moreThan15Digits
    /// A length libphonenumber calls possible only for local dialling (`IS_POSSIBLE_LOCAL_ONLY`)
    /// cannot be reached in international format; `is_possible_number` accepts it, we reject it
    /// unless `acceptsLocalOnlyLengths` is on.
    case localOnlyLength
    /// Letters (`1-800-FLOWERS`, `ext. 12`) are rejected; phonenumbers maps keypad letters to
    /// digits and drops extensions.
    case letters
    /// Non-ASCII digits are rejected unless `foldsNonASCIIDigits` is on; phonenumbers folds them.
    case nonASCIIDigits
    /// Characters other than digits, a leading `+` and formatting (`#`, `*`, `,`, emoji, a `+`
    /// after a digit) are rejected; phonenumbers drops text around the number and some symbols
    /// inside it.
    case disallowedCharacters
    /// A leading `00` is the international prefix; the vectors put `+` in front of the input,
    /// and phonenumbers rejects `+00…` for its country calling code 0.
    case internationalPrefix00
    /// phonenumbers strips one national prefix per parse, so its E.164 form of `+49 0061…` reads
    /// back as a different number; we reject such input as `doubleNationalPrefix`.
    case doubleNationalPrefix
}

/// What `MSISDN` should answer for an input, given phonenumbers' answer and the product choices.
struct Expectation: Sendable, CustomStringConvertible {
    /// The canonical digits (no `+`) when the input should be accepted; `nil` to reject.
    var digits: String?
    /// The reasons a rejection may give.
    var reasons: Set<String>
    /// The product choice that makes this differ from phonenumbers, if any.
    var choice: ProductChoice?

    var description: String {
        let verdict = digits.map { "accept \($0)" } ?? "reject \(reasons.sorted())"
        return verdict + (choice.map { " [\($0)]" } ?? "")
    }

    /// The expectation for `input` (read by `MSISDN` with `options`), where phonenumbers judged
    /// `answer`.
    static func forInput(
        _ input: String,
        answer: PhoneNumbersAnswer,
        options: MSISDN.ParsingOptions = MSISDN.ParsingOptions()
    ) -> Expectation {
        // The first character a number may not contain decides the rejection.
        var seenDigit = false
        for scalar in input.unicodeScalars {
            let isDecimal = scalar.properties.numericType == .decimal
            if isDecimal && (scalar.isASCII || options.foldsNonASCIIDigits) {
                seenDigit = true
            } else if isDecimal {
                return Expectation(digits: nil, reasons: ["nonASCIIDigit"], choice: answer.isPossible ? .nonASCIIDigits : nil)
            } else if (scalar == "+" || (scalar == "\u{FF0B}" && options.foldsNonASCIIDigits)) && !seenDigit {
                continue
            } else if scalar.properties.isWhitespace || Self.punctuation.contains(scalar) {
                continue
            } else if scalar.properties.isAlphabetic {
                return Expectation(digits: nil, reasons: ["letter"], choice: answer.isPossible ? .letters : nil)
            } else {
                return Expectation(
                    digits: nil, reasons: ["disallowedCharacter"], choice: answer.isPossible ? .disallowedCharacters : nil)
            }
        }
        guard answer.isPossible, let e164 = answer.e164 else {
            switch answer.parseError ?? answer.possibleReason {
            case "INVALID_COUNTRY_CODE":
                return Expectation(digits: nil, reasons: ["unassignedCountryCode", "missingCountryCode"])
            case "NOT_A_NUMBER", "TOO_SHORT_AFTER_IDD":
                return Expectation(digits: nil, reasons: ["tooShort", "empty", "unassignedCountryCode"])
            case "TOO_SHORT_NSN", "TOO_SHORT", "INVALID_LENGTH":
                return Expectation(digits: nil, reasons: ["impossibleLength", "tooShort", "tooLong"])
            default:  // TOO_LONG
                return Expectation(digits: nil, reasons: ["impossibleLength", "tooLong"])
            }
        }
        let digits = String(e164.dropFirst())
        if digits.count > 15 {
            return Expectation(digits: nil, reasons: ["tooLong"], choice: .moreThan15Digits)
        }
        if answer.possibleReason == "IS_POSSIBLE_LOCAL_ONLY", !options.acceptsLocalOnlyLengths {
            return Expectation(digits: nil, reasons: ["localOnlyLength"], choice: .localOnlyLength)
        }
        // phonenumbers' E.164 form must read back as itself; when it does not, libphonenumber
        // left a national prefix in the number that a second reading strips.
        var plain = MSISDN.ParsingOptions()
        plain.acceptsLocalOnlyLengths = true
        if let again = try? MSISDN(validating: e164, options: plain), again.digits != digits {
            return Expectation(digits: nil, reasons: ["doubleNationalPrefix"], choice: .doubleNationalPrefix)
        }
        return Expectation(digits: digits, reasons: [])
    }

    /// The punctuation libphonenumber skips inside a number (its `VALID_PUNCTUATION` without the
    /// `x` of extensions), which `MSISDN` treats as formatting too.
    static let punctuation: Set<Unicode.Scalar> = Set(
        "-./()[]~\u{AD}\u{200B}\u{2060}\u{2010}\u{2011}\u{2012}\u{2013}\u{2014}\u{2015}\u{2212}\u{2053}\u{223C}\u{30FC}\u{FF08}\u{FF09}\u{FF0D}\u{FF0E}\u{FF0F}\u{FF3B}\u{FF3D}\u{FF5E}"
            .unicodeScalars)

    /// Checks `MSISDN`'s answer for `input` against this expectation.
    func check(_ input: String, options: MSISDN.ParsingOptions, sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            let number = try MSISDN(validating: input, options: options)
            #expect(digits == number.digits, "\(input.debugDescription): expected \(self)", sourceLocation: sourceLocation)
        } catch {
            #expect(digits == nil, "\(input.debugDescription): expected \(self), got \(error)", sourceLocation: sourceLocation)
            if digits == nil {
                #expect(
                    reasons.contains(error.code.rawValue),
                    "\(input.debugDescription): expected \(self), got \(error.code)",
                    sourceLocation: sourceLocation)
            }
        }
    }
}
