import SMSCore
import Testing

@Suite struct TextPositionTests {
    @Test func partsReportBothOffsetsOfTheSamePlace() throws {
        // 70 UTF-16 units fit one UCS-2 part, 67 a concatenated one (TS 23.040 9.2.3.24.1):
        // 36 emoji (72 units) need 2 parts, and no part ends inside a surrogate pair, so the
        // first holds 33 emoji (66 units).
        let text = String(repeating: "\u{1F44B}", count: 36)
        let parts = try SMSSegmenter(options: .init(split: .scalars)).segment(text)
        try #require(parts.count == 2)
        #expect(parts[0].range.lowerBound == .start)
        #expect(parts[0].range.upperBound.scalarOffset == 33)
        #expect(parts[0].range.upperBound.utf16Offset == 66)
        #expect(parts[1].range.lowerBound == parts[0].range.upperBound)
        #expect(parts[1].range.upperBound.scalarOffset == 36)
        #expect(parts[1].range.upperBound.utf16Offset == 72)
        #expect(parts[0].range.upperBound.description == "scalar 33 (UTF-16 66)")
    }

    @Test func nonGSMCharactersHaveAPosition() {
        // 👋 (a surrogate pair in UTF-16), space, x, space, ☕.
        let characters = GSM7Alphabet.nonGSMCharacters(in: "\u{1F44B} x \u{2615}")
        #expect(characters.map(\.position.scalarOffset) == [0, 4])
        #expect(characters.map(\.position.utf16Offset) == [0, 5])
        #expect(characters[0].position < characters[1].position)
    }
}
