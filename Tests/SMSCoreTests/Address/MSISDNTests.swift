@testable import SMSCore
import Testing

extension AddressTests {
    @Suite struct MSISDNTests {
        // MARK: Accepted shapes

        /// Every way of writing the same UK mobile number reads as one canonical form.
        @Test(arguments: [
            "+447700900123",  // E.164
            "+44 7700 900123",  // spaces
            "+44 7700-900-123",  // dashes
            "+44.7700.900.123",  // dots
            "+44 (7700) 900123",  // parentheses
            "+44 (0)7700 900123",  // trunk marker after the country code
            "+44 (0) 7700-900 123",
            "+44 07700 900123",  // trunk prefix without parentheses
            "(+44) 7700 900123",  // plus inside an opening parenthesis
            "0044 7700 900123",  // 00 international prefix
            "0044 (0)7700-900 123",
            "447700900123",  // Clickatell's form: country code first, digits only
            "  +44 7700 900123\n",  // surrounding white space and a line break
            "+44\u{A0}7700\u{A0}900123",  // no-break spaces
            "+44\u{2013}7700\u{2013}900123",  // en dashes
            "+44/7700/900123",  // slashes
            "++44 7700 900123",  // a doubled plus
            "+44\u{200B}7700\u{AD}900123",  // invisible zero width space and soft hyphen from a web page
            "+44（7700）900123",  // full-width parentheses
        ])
        func formattedInputsReadAsTheSameNumber(_ input: String) throws {
            let number = try MSISDN(validating: input)
            #expect(number.digits == "447700900123")
            #expect(number.e164 == "+447700900123")
            #expect(number.countryCallingCode == CountryCallingCode(44))
            #expect(number.nationalNumber == "7700900123")
            #expect(number.input == input)
            #expect(number.description == "+447700900123")
        }

        @Test func everyUnicodeWhiteSpaceCharacterIsFormatting() throws {
            // Vertical tab and form feed included, like tab, line feed and U+2028 LINE SEPARATOR.
            for value in UInt32(0)...0x3000 {
                guard let scalar = Unicode.Scalar(value), scalar.properties.isWhitespace else { continue }
                let input = "+44\(scalar)7700\(scalar)900123"
                #expect(try MSISDN(validating: input).digits == "447700900123", "U+\(String(value, radix: 16))")
            }
        }

        @Test func nationalNumbersNeedADefaultCountryCallingCode() throws {
            let uk = MSISDN.ParsingOptions(defaultCountryCallingCode: CountryCallingCode(44))
            #expect(try MSISDN(validating: "07700900123", options: uk).digits == "447700900123")
            #expect(try MSISDN(validating: "07700 900 123", options: uk).digits == "447700900123")
            // Starting with the default code and fitting the plan better without it.
            #expect(try MSISDN(validating: "447700900123", options: uk).digits == "447700900123")
            #expect(try MSISDN(validating: "+33 6 12 34 56 78", options: uk).digits == "33612345678")

            let us = MSISDN.ParsingOptions(defaultCountryCallingCode: CountryCallingCode(1))
            #expect(try MSISDN(validating: "(202) 555-0143", options: us).digits == "12025550143")
            #expect(try MSISDN(validating: "1 202 555 0143", options: us).digits == "12025550143")
        }

        @Test func elevenIsAnInternationalPrefixOnlyFromNorthAmerica() throws {
            let fromNorthAmerica = MSISDN.ParsingOptions(origin: .northAmerica)
            #expect(try MSISDN(validating: "011 44 7700 900123", options: fromNorthAmerica).digits == "447700900123")
            #expect(try MSISDN(validating: "0044 7700 900123", options: fromNorthAmerica).digits == "447700900123")
            #expect(throws: AddressError(code: .missingCountryCode, offset: 0)) {
                try MSISDN(validating: "011 44 7700 900123")
            }
        }

        @Test func italianLeadingZeroIsPartOfTheNumber() throws {
            #expect(try MSISDN(validating: "+39 06 1234 5678").digits == "390612345678")
            // Italy has no trunk prefix: a "(0)" there is a digit of the number.
            #expect(try MSISDN(validating: "+39 (0)6 1234 5678").digits == "390612345678")
        }

        @Test func sharedCountryCallingCodesFollowTheirMainRegion() throws {
            // +1 is shared by the NANP countries and read with the United States' lengths.
            #expect(try MSISDN(validating: "+1 869 236 6469").countryCallingCode.mainRegionCode == "US")
            #expect(try MSISDN(validating: "+1 441 412 3452").digits == "14414123452")
            // +7 is Russia and Kazakhstan.
            #expect(try MSISDN(validating: "+7 701 123 4567").digits == "77011234567")
        }

        @Test func foldingReadsNonASCIIDigits() throws {
            let folding = MSISDN.ParsingOptions(foldsNonASCIIDigits: true)
            #expect(try MSISDN(validating: "＋４４ ７７００ ９００１２３", options: folding).digits == "447700900123")
            #expect(try MSISDN(validating: "+٤٤٧٧٠٠٩٠٠١٢٣", options: folding).digits == "447700900123")
        }

        @Test func localOnlyLengthsCanBeAccepted() throws {
            let local = MSISDN.ParsingOptions(acceptsLocalOnlyLengths: true)
            #expect(try MSISDN(validating: "+1 555 0143", options: local).digits == "15550143")
        }

        @Test func equalityIsOnTheCanonicalDigits() throws {
            let a = try MSISDN(validating: "+44 7700 900123")
            let b = try MSISDN(validating: "0044 (0)7700-900123")
            #expect(a == b)
            #expect(a.hashValue == b.hashValue)
            #expect(a.input != b.input)
            #expect(Set([a, b]).count == 1)
        }

        // MARK: Rejections, one per code

        @Test func emptyInputIsRejected() {
            #expect(throws: AddressError(code: .empty, offset: 0)) { try MSISDN(validating: "") }
            #expect(throws: AddressError(code: .empty, offset: 0)) { try MSISDN(validating: " - ( ) ") }
            #expect(throws: AddressError(code: .empty, offset: 0)) { try MSISDN(validating: "+") }
        }

        @Test func lettersAreRejectedWhereTheyAre() {
            #expect(throws: AddressError(code: .letter, offset: 7, scalar: "F")) {
                try MSISDN(validating: "+1 800 FLOWERS")
            }
            #expect(throws: AddressError(code: .letter, offset: 10, scalar: "O")) {
                try MSISDN(validating: "+44 7700 9OO123")
            }
            #expect(throws: AddressError(code: .letter, offset: 16, scalar: "e")) {
                try MSISDN(validating: "+44 7700 900123 ext 5")
            }
            #expect(throws: AddressError(code: .letter, offset: 3, scalar: "é")) {
                try MSISDN(validating: "+44é7700900123")
            }
        }

        @Test func nonASCIIDigitsAreRejectedUnlessFolded() {
            #expect(throws: AddressError(code: .nonASCIIDigit, offset: 1, scalar: "４")) {
                try MSISDN(validating: "+４４ ７７００ ９００１２３")
            }
            #expect(throws: AddressError(code: .nonASCIIDigit, offset: 3, scalar: "٧")) {
                try MSISDN(validating: "+44٧٧٠٠٩٠٠١٢٣")
            }
        }

        @Test func disallowedCharactersAreRejected() {
            #expect(throws: AddressError(code: .disallowedCharacter, offset: 13, scalar: "#")) {
                try MSISDN(validating: "+447700900123#")
            }
            #expect(throws: AddressError(code: .disallowedCharacter, offset: 4, scalar: "+")) {
                try MSISDN(validating: "+44 +7700900123")
            }
            #expect(throws: AddressError(code: .disallowedCharacter, offset: 0, scalar: "＋")) {
                try MSISDN(validating: "＋447700900123")
            }
            #expect(throws: AddressError(code: .disallowedCharacter, offset: 3, scalar: "*")) {
                try MSISDN(validating: "+44*7700900123")
            }
        }

        @Test func nationalNumbersWithoutADefaultCodeAreRejected() {
            #expect(throws: AddressError(code: .missingCountryCode, offset: 0)) {
                try MSISDN(validating: "07700 900123")
            }
            #expect(throws: AddressError(code: .missingCountryCode, offset: 1)) {
                try MSISDN(validating: "(0)7700 900123")
            }
        }

        @Test func unassignedCountryCallingCodesAreRejected() {
            // 999 is reserved; +0 can never start a code; 876 is Jamaica's area code, not a country code.
            #expect(throws: AddressError(code: .unassignedCountryCode, offset: 1)) {
                try MSISDN(validating: "+999 1234 5678")
            }
            #expect(throws: AddressError(code: .unassignedCountryCode, offset: 1)) {
                try MSISDN(validating: "+0044 7700 900123")
            }
            #expect(throws: AddressError(code: .unassignedCountryCode, offset: 0)) {
                try MSISDN(validating: "8762101234")
            }
            #expect(throws: AddressError(code: .unassignedCountryCode, offset: 2)) {
                try MSISDN(validating: "000 44 7700 900123")
            }
        }

        @Test func tooFewDigitsAreRejected() {
            #expect(throws: AddressError(code: .tooShort, offset: 3)) { try MSISDN(validating: "+44") }
            #expect(throws: AddressError(code: .tooShort, offset: 2)) { try MSISDN(validating: "00") }
        }

        @Test func moreThanFifteenDigitsAreRejected() {
            // 16 digits: the 16th digit is past the limit.
            #expect(throws: AddressError(code: .tooLong, offset: 16, count: 15)) {
                try MSISDN(validating: "+491234567890123456")
            }
            #expect(throws: AddressError(code: .tooLong, offset: 15, count: 15)) {
                try MSISDN(validating: "6243368688622523")
            }
            // Far too many digits.
            #expect(throws: AddressError(code: .tooLong, offset: 16, count: 15)) {
                try MSISDN(validating: "+" + String(repeating: "4", count: 40))
            }
        }

        @Test func impossibleLengthsAreRejected() {
            let uk = CountryCallingCode(44)
            // Too short, between possible lengths, too long for the United Kingdom (7, 9 or 10).
            #expect(throws: AddressError(code: .impossibleLength, offset: 4, countryCallingCode: uk, count: 3)) {
                try MSISDN(validating: "+44 770")
            }
            #expect(throws: AddressError(code: .impossibleLength, offset: 3, countryCallingCode: uk, count: 11)) {
                try MSISDN(validating: "+4477009001234")
            }
            #expect(throws: AddressError(code: .impossibleLength, offset: 3, countryCallingCode: CountryCallingCode(20), count: 1)) {
                try MSISDN(validating: "+201")
            }
        }

        @Test func localOnlyLengthsAreRejectedByDefault() {
            // Seven digits after +1 is a number without its area code.
            #expect(throws: AddressError(code: .localOnlyLength, offset: 3, countryCallingCode: CountryCallingCode(1), count: 7)) {
                try MSISDN(validating: "+1 555 0143")
            }
        }

        @Test func aNationalPrefixTypedTwiceIsRejected() {
            #expect(throws: AddressError(code: .doubleNationalPrefix, offset: 4, countryCallingCode: CountryCallingCode(49), count: 9)) {
                try MSISDN(validating: "+49 0061236282")
            }
        }

        @Test func errorsDescribeThemselves() {
            let error = AddressError(code: .impossibleLength, offset: 4, countryCallingCode: CountryCallingCode(44), count: 3)
            #expect(error.description == "impossible length at offset 4: 3 national digits are not possible after +44 (possible: 7, 9, 10)")
            #expect(AddressError(code: .letter, offset: 7, scalar: "F").description == "letter \"F\" (U+0046) at offset 7: phone numbers are digits")
            #expect(AddressError.Code.missingCountryCode.rawValue == "missingCountryCode")
        }
    }
}
