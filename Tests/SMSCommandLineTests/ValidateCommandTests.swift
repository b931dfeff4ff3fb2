import ArgumentParser
import SMSCore
import Testing

@testable import SMSCommandLine

@Suite struct ValidateCommandTests {
    private let plain = MSISDN.ParsingOptions()

    @Test func validNumbersPrintTheirCanonicalForm() {
        let report = AddressReport(validating: "+44 (0)7700-900 123", as: .recipient, options: plain)
        #expect(report.isValid)
        #expect(report.text == #""+44 (0)7700-900 123" -> 447700900123 (+447700900123)"#)
        #expect(report.json.serialized() == #"{"input":"+44 (0)7700-900 123","valid":true,"e164":"+447700900123","msisdn":"447700900123","countryCallingCode":44,"invisible":[],"error":null}"#)
    }

    @Test func rejectedNumbersPrintTheCodeAndOffset() {
        let report = AddressReport(validating: "07700 900123", as: .recipient, options: plain)
        #expect(!report.isValid)
        #expect(report.text.hasPrefix(#""07700 900123" -> rejected (missingCountryCode): no country calling code at offset 0"#))
        #expect(report.json.serialized() == #"{"input":"07700 900123","valid":false,"e164":null,"msisdn":null,"countryCallingCode":null,"invisible":null,"error":{"code":"missingCountryCode","message":"no country calling code at offset 0: a national number needs a default country calling code, or write +<code>","offset":0}}"#)

        let letter = AddressReport(validating: "+1 800 FLOWERS", as: .recipient, options: plain)
        #expect(letter.json["error"]?.keys == ["code", "message", "offset"])
        #expect(letter.json["error"]?["code"] == "letter")
        #expect(letter.json["error"]?["offset"] == 7)
    }

    @Test func inputsAreQuotedVisibly() {
        let report = AddressReport(validating: "+27831234567\t", as: .recipient, options: plain)
        #expect(report.text == #""+27831234567\t" -> 27831234567 (+27831234567)"#)
        #expect(report.json["input"] == "+27831234567\t")
    }

    @Test func senderIDsSayWhichKindTheyAre() {
        let name = AddressReport(validating: "Acme", as: .sender, options: plain)
        #expect(name.text == #""Acme" -> alphanumeric Acme"#)
        #expect(name.json.serialized() == #"{"input":"Acme","valid":true,"kind":"alphanumeric","from":"Acme","e164":null,"msisdn":null,"countryCallingCode":null,"invisible":null,"error":null}"#)

        let number = AddressReport(validating: "+44 7700 900123", as: .sender, options: plain)
        #expect(number.text == #""+44 7700 900123" -> numeric 447700900123 (+447700900123)"#)
        #expect(number.json.serialized() == #"{"input":"+44 7700 900123","valid":true,"kind":"numeric","from":"447700900123","e164":"+447700900123","msisdn":"447700900123","countryCallingCode":44,"invisible":[],"error":null}"#)

        let bad = AddressReport(validating: "Acme Shop Ltd", as: .sender, options: plain)
        #expect(bad.json.serialized() == #"{"input":"Acme Shop Ltd","valid":false,"kind":null,"from":null,"e164":null,"msisdn":null,"countryCallingCode":null,"invisible":null,"error":{"code":"tooLong","message":"too long at offset 11: \"t\" (U+0074) is one character more than 11","offset":11}}"#)
    }

    @Test func flagsBecomeParsingOptions() throws {
        let command = try ValidateCommand.parse([
            "--default-country-code", "44", "--north-america", "--fold-digits", "--allow-local-only", "--json", "0",
        ])
        let options = try command.parsingOptions()
        #expect(options == MSISDN.ParsingOptions(
            defaultCountryCallingCode: CountryCallingCode(44), origin: .northAmerica,
            foldsNonASCIIDigits: true, acceptsLocalOnlyLengths: true))
        #expect(command.json)
        #expect(!command.senderIDs)
        #expect(command.addresses == ["0"])
        #expect(try ValidateCommand.parse(["--from", "Acme"]).senderIDs)
    }

    @Test func defaultOptionsAreStrict() throws {
        #expect(try ValidateCommand.parse([]).parsingOptions() == MSISDN.ParsingOptions())
    }

    @Test func anUnassignedDefaultCodeIsAUsageError() {
        do {
            _ = try SMSCommand.parseAsRoot(["validate", "--default-country-code", "42", "0"])
            Issue.record("expected a usage error")
        } catch {
            #expect(SMSCommand.exitCode(for: error).rawValue == 64)
            #expect(SMSCommand.message(for: error).contains("42 is not an assigned country calling code"))
        }
    }

    @Test func defaultCountryCodeCompletesNationalNumbers() {
        let options = MSISDN.ParsingOptions(defaultCountryCallingCode: CountryCallingCode(44))
        let report = AddressReport(validating: "07700 900123", as: .recipient, options: options)
        #expect(report.text == #""07700 900123" -> 447700900123 (+447700900123)"#)
    }

    @Test func standardInputLinesDropCarriageReturnsAndBlankLines() throws {
        #expect(try AddressReport.line(Array("+44 7700 900123\r".utf8)) == "+44 7700 900123")
        #expect(try AddressReport.line(Array("   ".utf8)) == nil)
        #expect(try AddressReport.line([]) == nil)
        // Invalid UTF-8 is refused with its byte offset, as on every other input.
        #expect(throws: UTF8Input.InvalidUTF8Error(byteOffset: 2, byte: 0xFF)) {
            try AddressReport.line([0x34, 0x34, 0xFF])
        }
    }
}

/// Issue 12: addresses pasted with invisible formatting, and digits that only folding reads.
@Suite struct ValidateHostileInputTests {
    @Test func aFullWidthPlusOrDigitNamesTheFlagThatReadsIt() {
        let plus = AddressReport(validating: "＋44 7700 900123", as: .recipient, options: MSISDN.ParsingOptions())
        #expect(plus.text == #""＋44 7700 900123" -> rejected (disallowedCharacter): character "＋" (U+FF0B) is not allowed at offset 0: a full-width plus sign is read as + only when non-ASCII digits are folded (--fold-digits)"#)
        let digit = AddressReport(validating: "+44 ７７００ 900123", as: .sender, options: MSISDN.ParsingOptions())
        #expect(digit.json["error"]?["message"] == #"non-ASCII digit "７" (U+FF17) at offset 4: use 0-9, or fold non-ASCII digits (--fold-digits) to read it as 7"#)
        #expect(digit.json["error"]?["code"] == "nonASCIIDigit")
    }

    @Test func invisibleFormattingIsListed() {
        let report = AddressReport(validating: "\u{200F}+44 7700 900123\u{2069}", as: .recipient, options: MSISDN.ParsingOptions())
        #expect(report.isValid)
        #expect(report.text.hasSuffix("-> 447700900123 (+447700900123); ignored invisible U+200F at offset 0, U+2069 at offset 16"))
        #expect(report.json["invisible"] == [["codePoint": "U+200F", "offset": 0], ["codePoint": "U+2069", "offset": 16]])
    }
}
