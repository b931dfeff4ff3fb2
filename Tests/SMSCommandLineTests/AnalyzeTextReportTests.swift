import SMSCore
import Testing

@testable import SMSCommandLine

@Suite struct AnalyzeTextReportTests {
    private func report(_ text: String, _ options: SegmentationOptions = SegmentationOptions()) -> String {
        AnalyzeReport(analyzing: text, options: options).text
    }

    @Test func singleGSM7PartReportsCountsAndThePart() {
        #expect(report("Hello €") == """
            Encoding:  GSM-7, 8 septets
            Parts:     1 part (up to 160 septets in a single part)
            Remaining: 152 septets

            Part 1/1: 8 septets, no UDH
              Hello €

            """)
    }

    @Test func charactersThatForcedUCS2AreMarkedInPlaceAndListed() {
        #expect(report("Hi 👋 ok") == """
            Encoding:  UCS-2, 8 UTF-16 units
            Parts:     1 part (up to 70 UTF-16 units in a single part)
            Remaining: 62 UTF-16 units

            Characters that forced UCS-2:
              Hi ⟦👋⟧ ok
              U+1F44B '👋' at scalar 3 (UTF-16 3)

            Part 1/1: 8 UTF-16 units, no UDH
              Hi 👋 ok

            """)
    }

    @Test func partsOfAConcatenatedMessageShowTheirHeader() {
        let text = report(String(repeating: "a", count: 161), SegmentationOptions(reference: .eightBit(0x4A)))
        #expect(text.contains("Parts:     2 parts (up to 153 septets per part)\n"))
        #expect(text.contains("Remaining: 145 septets in the last part\n"))
        #expect(text.contains("Part 1/2: 153 septets, UDH 0500034A0201\n  " + String(repeating: "a", count: 153) + "\n"))
        #expect(text.contains("Part 2/2: 8 septets, UDH 0500034A0202\n  aaaaaaaa\n"))
    }

    @Test func controlCharactersAreShownAsEscapesSoEachPartStaysOnOneLine() {
        let text = report("a\tb\r\nc")
        #expect(text.contains("  a⟦\\t⟧b\\r\\nc\n"))
        #expect(text.contains("  U+0009 '\\t' at scalar 1 (UTF-16 1)\n"))
        #expect(text.hasSuffix("Part 1/1: 6 UTF-16 units, no UDH\n  a\\tb\\r\\nc\n"))
    }

    @Test func requestedUCS2WithoutNonGSMCharactersSaysSo() {
        #expect(report("Hi", SegmentationOptions(encodingPreference: .ucs2)).contains(
            "Characters that forced UCS-2: none (UCS-2 was requested with --encoding ucs2)"
        ))
    }

    @Test func tooManyPartsReplacesThePartsWithTheError() {
        let text = report(String(repeating: "a", count: 400), SegmentationOptions(maxParts: 2))
        #expect(text.contains("Parts:     3 parts"))
        #expect(!text.contains("Part 1/"))
        #expect(text.hasSuffix("\nError: the text needs 3 parts but at most 2 are allowed (tooManyParts)\n"))
    }

    @Test func visibleTextEscapesLayoutBreakingAndInvisibleCharacters() {
        #expect(VisibleText.escaping("a\u{1B}\u{2028}\u{FEFF}\u{0C}\\".unicodeScalars) == #"a\u{1B}\u{2028}\u{FEFF}\f\\"#)
        #expect(VisibleText.escaping("👨\u{200D}👩 é".unicodeScalars) == "👨\u{200D}👩 é")
    }
}
