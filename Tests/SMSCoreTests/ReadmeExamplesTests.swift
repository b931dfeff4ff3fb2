import SMSCore
import Testing

/// The library examples of README.md, run with the values the README shows, so that the README
/// cannot drift from the code.
@Suite struct ReadmeExamplesTests {
    @Test func howMuchWillThisTextCost() {
        let plan = SMSPlan(analyzing: "Grüße aus Köln: 20€ {ok}")
        #expect(plan.encoding == .gsm7)
        #expect(plan.unitCount == 27)
        #expect(plan.partCount == 1)
        #expect(plan.remaining == 133)

        let emoji = SMSPlan(analyzing: "Hi 👋")
        #expect(emoji.encoding == .ucs2)
        #expect(emoji.unitCount == 5)
        #expect(emoji.unitsPerPart == 70)

        #expect(GSM7Alphabet.nonGSMCharacters(in: "Café ☕ `x`").map(\.description) == [
            "U+2615 at scalar 5 (UTF-16 5)", "U+0060 at scalar 7 (UTF-16 7)", "U+0060 at scalar 9 (UTF-16 9)",
        ])

        var counter = SMSCounter()
        counter.append("Grüße ")
        counter.append("aus Köln")
        #expect(counter.plan == SMSPlan(analyzing: "Grüße aus Köln"))
    }

    @Test func splittingIntoParts() throws {
        let longText = String(repeating: "Meet at the station at 8. ", count: 15)  // 390 septets
        let segmenter = SMSSegmenter(options: .init(split: .graphemes, maxParts: 3, reference: .eightBit(0x4A)))
        let parts = try segmenter.segment(longText)
        #expect(parts.map { Hex.encode($0.header.encoded()) } == ["0500034A0301", "0500034A0302", "0500034A0303"])
        #expect(parts.map(\.text).joined() == longText)
        #expect(parts.map(\.userData.length) == [160, 160, 91])
        #expect(throws: SegmentationError.tooManyParts(needed: 3, maxParts: 2)) {
            try SMSSegmenter(options: .init(maxParts: 2)).segment(longText)
        }
        #expect(Hex.encodeUTF16BigEndian("Hi 👋") == "004800690020D83DDC4B")
    }

    @Test func addresses() throws {
        let number = try MSISDN(validating: "0044 (0)7700-900 123")
        #expect(number.digits == "447700900123")
        #expect(number.e164 == "+447700900123")
        #expect(number.countryCallingCode.value == 44)

        #expect(throws: AddressError.self) { try MSISDN(validating: "07700 900123") }
        do {
            _ = try MSISDN(validating: "07700 900123")
        } catch {
            #expect(error.code == .missingCountryCode)
            #expect(error.offset == 0)
        }
        let national = try MSISDN(
            validating: "07700 900123", options: .init(defaultCountryCallingCode: CountryCallingCode(44)))
        #expect(national.digits == "447700900123")
        #expect(try SenderID(validating: "ACME Ltd") == .alphanumeric("ACME Ltd"))

        let list = RecipientList(validating: "+44 7700 900123, 447700900123\n+1 202 555 0143")
        #expect(list.duplicates.count == 1)
        #expect(list.batches(of: 100).map { $0.map(\.digits) } == [["447700900123", "12025550143"]])
    }
}
