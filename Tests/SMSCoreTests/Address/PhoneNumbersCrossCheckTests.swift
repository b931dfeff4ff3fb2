import SMSCore
import Testing

extension AddressTests {
    /// The Swift port against phonenumbers on the few thousand inputs
    /// `Scripts/generate-phone-metadata.py` recorded (random digit strings, every country calling
    /// code's example numbers with a digit more or less, typed trunk prefixes, local-only lengths,
    /// national numbers with a default country calling code).
    @Suite struct PhoneNumbersCrossCheckTests {
        struct Case: Sendable {
            var input: String
            var defaultCode: Int?
            var answer: PhoneNumbersAnswer
        }

        static func answer(_ fields: ArraySlice<Substring>) -> PhoneNumbersAnswer {
            let first = fields[fields.startIndex]
            let second = String(fields[fields.startIndex + 1])
            if first == "!" { return PhoneNumbersAnswer(parseError: second) }
            return PhoneNumbersAnswer(possibleReason: second, e164: String(first))
        }

        static let international: [Case] = PhoneNumbersCrossCheck.international
            .split(separator: "\n")
            .map { line in
                let fields = line.split(separator: " ")
                return Case(input: String(fields[0]), answer: answer(fields[1...]))
            }

        static let national: [Case] = PhoneNumbersCrossCheck.national
            .split(separator: "\n")
            .map { line in
                let fields = line.split(separator: " ")
                return Case(input: String(fields[0]), defaultCode: Int(fields[1])!, answer: answer(fields[2...]))
            }

        @Test func crossCheckWasGeneratedFromTheSameMetadataVersion() {
            #expect(PhoneNumbersCrossCheck.version == CountryCallingCode.metadataVersion)
            #expect(Self.international.count > 3_000)
            #expect(Self.national.count > 1_000)
        }

        @Test func internationalNumbersAgreeWithPhoneNumbersExceptNamedChoices() {
            var choices: [ProductChoice: Int] = [:]
            for item in Self.international {
                let expectation = Expectation.forInput(item.input, answer: item.answer)
                expectation.check(item.input, options: MSISDN.ParsingOptions())
                if let choice = expectation.choice { choices[choice, default: 0] += 1 }
            }
            // Every disagreement is one of the named product choices; none is frequent.
            #expect(Set(choices.keys).isSubset(of: [.moreThan15Digits, .localOnlyLength, .doubleNationalPrefix]))
            #expect(choices.values.reduce(0, +) < Self.international.count / 5)
        }

        @Test func localOnlyLengthsAgreeWithPhoneNumbersWhenAccepted() {
            let options = MSISDN.ParsingOptions(acceptsLocalOnlyLengths: true)
            for item in Self.international where item.answer.possibleReason == "IS_POSSIBLE_LOCAL_ONLY" {
                Expectation.forInput(item.input, answer: item.answer, options: options).check(item.input, options: options)
            }
        }

        @Test func nationalNumbersWithADefaultCodeAgreeWithPhoneNumbers() {
            for item in Self.national {
                let options = MSISDN.ParsingOptions(defaultCountryCallingCode: CountryCallingCode(item.defaultCode!))
                Expectation.forInput(item.input, answer: item.answer, options: options).check(item.input, options: options)
            }
        }
    }
}
