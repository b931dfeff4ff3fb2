@testable import SMSCore
import Testing

extension AddressTests {
    @Suite struct SenderIDTests {
        @Test func numbersAreNumericSenders() throws {
            let sender = try SenderID(validating: "+44 7700 900123")
            #expect(sender == .numeric(try MSISDN(validating: "+447700900123")))
            #expect(sender.value == "447700900123")
            #expect(sender.kind == "numeric")
            #expect(sender.description == "+447700900123")
        }

        @Test func numericSendersMayHaveSixteenDigits() throws {
            // +49 with a 14-digit national number: possible in Germany, 16 digits in all.
            let sender = try SenderID(validating: "+49 15123456789012")
            #expect(sender.value == "4915123456789012")
            #expect(throws: AddressError(code: .tooLong, offset: 17, count: 15)) {
                try MSISDN(validating: "+49 15123456789012")
            }
            #expect(throws: AddressError(code: .tooLong, offset: 17, count: 16)) {
                try SenderID(validating: "+491512345678901234")
            }
        }

        @Test func numericSendersFollowTheNumberRules() {
            #expect(throws: AddressError(code: .missingCountryCode, offset: 0)) { try SenderID(validating: "07700900123") }
            #expect(throws: AddressError(code: .empty, offset: 0)) { try SenderID(validating: "") }
            #expect(throws: AddressError(code: .empty, offset: 0)) { try SenderID(validating: "   ") }
            // A short code has no international format.
            #expect(throws: AddressError.self) { try SenderID(validating: "32665") }
        }

        @Test(arguments: ["Acme", "ACME Shop", "Shop24", "A", "Acme-Shop", "Acme.co.uk", "B&Q", "my_shop", "Hello World"])
        func namesAreAlphanumericSenders(_ name: String) throws {
            let sender = try SenderID(validating: name)
            #expect(sender == .alphanumeric(name))
            #expect(sender.value == name)
            #expect(sender.kind == "alphanumeric")
        }

        @Test func surroundingWhiteSpaceIsRemoved() throws {
            #expect(try SenderID(validating: "  Acme \n") == .alphanumeric("Acme"))
        }

        @Test func namesHaveAtMostElevenCharacters() throws {
            #expect(try SenderID(validating: "Acme Shop 1") == .alphanumeric("Acme Shop 1"))
            #expect(throws: AddressError(code: .tooLong, offset: 11, scalar: "2", count: 11)) {
                try SenderID(validating: "Acme Shop 12")
            }
            #expect(throws: AddressError(code: .tooLong, offset: 13, scalar: "t", count: 11)) {
                try SenderID(validating: "  Acme Shop Ltd")
            }
        }

        @Test(arguments: [
            ("Café", 3, "é" as Unicode.Scalar),  // GSM-7, but not ASCII: mangled by many networks
            ("Shop€", 4, "€"),  // extension table: two septets
            ("a@b", 1, "@"),
            ("Acme!", 4, "!"),
            ("+44 Shop", 0, "+"),
            ("Ωmega", 0, "Ω"),
            ("Shop\tOne", 4, "\t"),
        ])
        func charactersOutsideTheSafeSetAreRejected(_ name: String, _ offset: Int, _ scalar: Unicode.Scalar) {
            #expect(throws: AddressError(code: .disallowedCharacter, offset: offset, scalar: scalar)) {
                try SenderID(validating: name)
            }
        }

        @Test func everyAllowedCharacterIsBasicGSM7AndASCII() {
            for value in UInt32(0)...0x2FF {
                let scalar = Unicode.Scalar(value)!
                guard SenderID.isAllowedInAlphanumericSender(scalar) else { continue }
                #expect(scalar.isASCII)
                guard case .basic = GSM7Alphabet.code(for: scalar) else {
                    Issue.record("\(scalar) is not in the GSM 7-bit default alphabet")
                    continue
                }
            }
        }
    }
}
