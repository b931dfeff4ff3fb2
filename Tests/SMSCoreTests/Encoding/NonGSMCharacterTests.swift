import PropertyBased
import SMSCore
import Testing
import _SMSTestSupport

/// Issue 12: the characters that forced UCS-2 can be counted without listing them, and listed
/// only up to a bound, so a report on a long text stays small.
@Suite struct NonGSMCharacterTests {
    @Test func theCountNeedsNoList() {
        #expect(GSM7Alphabet.nonGSMCount(in: "") == 0)
        #expect(GSM7Alphabet.nonGSMCount(in: "Grüße € [x]") == 0)  // all in the default alphabet or its extension
        #expect(GSM7Alphabet.nonGSMCount(in: "Grüße 👋 ☕ `") == 3)
        #expect(GSM7Alphabet.nonGSMCount(in: String(repeating: "漢", count: 10_000)) == 10_000)
    }

    @Test func theListStopsAtMaxCount() {
        let text = "a👋b☕c`"
        #expect(GSM7Alphabet.nonGSMCharacters(in: text, maxCount: 0).isEmpty)
        #expect(GSM7Alphabet.nonGSMCharacters(in: text, maxCount: 2).map(\.scalar) == ["👋", "☕"])
        #expect(GSM7Alphabet.nonGSMCharacters(in: text, maxCount: 2).map(\.position.utf16Offset) == [1, 4])
        #expect(GSM7Alphabet.nonGSMCharacters(in: text).count == 3)
    }

    /// The count and the bounded list agree with a plain scalar-by-scalar reference built on
    /// ``GSM7Alphabet/code(for:)`` (TS 23.038 6.2.1: in neither table), whatever the text.
    @Test func countAndListAgreeWithAScalarByScalarReference() async {
        await propertyCheck(count: 300, input: SampleText.generator, Gen.int(in: 0...8)) { (text: String, limit: Int) in
            let reference = Array(text.unicodeScalars).filter { GSM7Alphabet.code(for: $0) == nil }
            #expect(GSM7Alphabet.nonGSMCount(in: text) == reference.count)
            #expect(GSM7Alphabet.nonGSMCount(in: text[...]) == reference.count)
            #expect(GSM7Alphabet.nonGSMCharacters(in: text, maxCount: limit).map(\.scalar) == Array(reference.prefix(limit)))
            #expect(GSM7Alphabet.nonGSMCharacters(in: text).map(\.scalar) == reference)
            #expect(Array(NonGSMCharacters(analyzing: text)) == GSM7Alphabet.nonGSMCharacters(in: text))
        }
    }
}
