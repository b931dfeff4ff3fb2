import SMSCore
import Testing
import _SMSTestSupport

/// Segments `text` and returns each part's length in units, or fails the test.
private func partUnits(_ text: String, _ options: SegmentationOptions) -> [Int] {
    do {
        return try SMSSegmenter(options: options).segment(text).map(\.unitCount)
    } catch {
        Issue.record("unexpected \(error)")
        return []
    }
}

/// `n` × "a": one septet each.
private func a(_ n: Int) -> String { String(repeating: "a", count: n) }
/// `n` × "Ж" (U+0416, not GSM-7): one UTF-16 unit each.
private func zhe(_ n: Int) -> String { String(repeating: "Ж", count: n) }

@Suite struct SMSSegmenterTests {
    @Test func singlePartHasNoHeader() throws {
        let parts = try SMSSegmenter().segment("Hello")
        #expect(parts.count == 1)
        #expect(parts[0].header.elements.isEmpty)
        #expect(parts[0].userData.length == 5)
        #expect(parts[0].text == "Hello")
    }

    @Test func emptyTextIsOneEmptyPart() throws {
        let parts = try SMSSegmenter().segment("")
        #expect(parts.map(\.unitCount) == [0])
        #expect(parts[0].userData.bytes.isEmpty)
    }

    @Test(arguments: SegmentationOptions.SplitPolicy.allCases)
    func escapePairStraddlingTheBoundaryMovesWhole(split: SegmentationOptions.SplitPolicy) {
        #expect(partUnits(a(152) + "€" + a(10), .init(split: split)) == [152, 12])
        #expect(partUnits(a(151) + "€" + a(10), .init(split: split, reference: .sixteenBit(1))) == [151, 12])
        #expect(partUnits(a(153) + a(152) + "€" + a(10), .init(split: .scalars)) == [153, 152, 12])
    }

    @Test(arguments: SegmentationOptions.SplitPolicy.allCases)
    func surrogatePairStraddlingTheBoundaryMovesWhole(split: SegmentationOptions.SplitPolicy) {
        #expect(partUnits(zhe(66) + "😀" + zhe(5), .init(split: split)) == [66, 7])
        #expect(partUnits(zhe(65) + "😀" + zhe(5), .init(split: split, reference: .sixteenBit(1))) == [65, 7])
    }

    @Test func zwjSequenceStaysWholeUnderGraphemesAndSplitsUnderScalars() {
        let family = "👨‍👩‍👧‍👦"  // 11 UTF-16 units
        let text = zhe(65) + family + zhe(10)
        #expect(partUnits(text, .init(split: .graphemes)) == [65, 21])
        #expect(partUnits(text, .init(split: .words)) == [65, 21])
        #expect(partUnits(text, .init(split: .scalars)) == [67, 19])
    }

    @Test func flagStaysWholeUnderGraphemesAndWords() {
        let text = zhe(64) + "🇫🇷" + zhe(10)
        #expect(partUnits(text, .init(split: .graphemes)) == [64, 14])
        #expect(partUnits(text, .init(split: .words)) == [64, 14])
        #expect(partUnits(text, .init(split: .scalars)) == [66, 12])
        // After a space, the words policy ends the part there instead.
        #expect(partUnits(zhe(30) + " " + zhe(33) + "🇫🇷" + zhe(10), .init(split: .words)) == [31, 47])
    }

    @Test func combiningMarkStaysWithItsLetterUnderGraphemesAndWords() {
        let text = zhe(66) + "e\u{301}" + zhe(10)
        #expect(partUnits(text, .init(split: .graphemes)) == [66, 12])
        #expect(partUnits(text, .init(split: .words)) == [66, 12])
        #expect(partUnits(text, .init(split: .scalars)) == [67, 11])
        // A space followed by a combining mark is one character: no word boundary after it.
        #expect(partUnits(zhe(30) + " \u{301}" + zhe(40), .init(split: .words)) == [67, 5])
    }

    @Test func crlfStaysTogetherUnderGraphemes() {
        let text = a(152) + "\r\n" + a(10)
        #expect(partUnits(text, .init(split: .graphemes)) == [152, 12])
        #expect(partUnits(text, .init(split: .scalars)) == [153, 11])
    }

    @Test func characterLongerThanAPartFallsBackToScalars() {
        // One user-perceived character of 1 + 99 scalars (100 UTF-16 units).
        let text = "e" + String(repeating: "\u{301}", count: 99)
        #expect(partUnits(text, .init(split: .graphemes)) == [67, 33])
        #expect(partUnits(zhe(10) + text, .init(split: .graphemes)) == [10, 67, 33])
    }

    @Test func wordsEndAPartAfterTheLastWhitespace() {
        let text = a(100) + " " + a(49) + " " + String(repeating: "b", count: 20)
        #expect(partUnits(text, .init(split: .words)) == [151, 20])
        #expect(partUnits(text, .init(split: .graphemes)) == [153, 18])
        // No whitespace in the part: as graphemes.
        #expect(partUnits(a(200), .init(split: .words)) == [153, 47])
    }

    @Test func noBreakSpaceIsNotAWordBoundary() {
        let text = zhe(40) + "\u{A0}" + zhe(40)
        #expect(partUnits(text, .init(split: .words)) == [67, 14])
    }

    @Test func tooManyPartsReportsTheCountNeeded() {
        #expect(throws: SegmentationError.tooManyParts(needed: 3, maxParts: 2)) {
            try SMSSegmenter(options: .init(maxParts: 2)).segment(a(307))
        }
        #expect(throws: SegmentationError.tooManyParts(needed: 256, maxParts: 255)) {
            try SMSSegmenter().segment(a(153 * 255 + 1))
        }
    }

    @Test(arguments: [0, 256, -1])
    func maxPartsOutsideOneTo255IsRejected(value: Int) {
        #expect(throws: SegmentationError.invalidMaxParts(value)) {
            try SMSSegmenter(options: .init(maxParts: value)).segment("hi")
        }
    }

    @Test func concatenationHeadersNumberThePartsWithTheChosenReference() throws {
        let eight = try SMSSegmenter(options: .init(reference: .eightBit(0x4A))).segment(a(307))
        #expect(eight.map { $0.header.encoded() } == [
            [0x05, 0x00, 0x03, 0x4A, 0x03, 0x01],
            [0x05, 0x00, 0x03, 0x4A, 0x03, 0x02],
            [0x05, 0x00, 0x03, 0x4A, 0x03, 0x03],
        ])
        let sixteen = try SMSSegmenter(options: .init(reference: .sixteenBit(0x1234))).segment(a(305))
        #expect(sixteen[2].header.encoded() == [0x06, 0x08, 0x04, 0x12, 0x34, 0x03, 0x03])
        #expect(sixteen.map(\.unitCount) == [152, 152, 1])
    }

    @Test func gsm7UserDataLengthCountsHeaderSeptets() throws {
        // 6 octets of header + 1 fill bit = 7 septets (TS 23.040 9.2.3.16).
        let parts = try SMSSegmenter(options: .init(reference: .eightBit(1))).segment(a(161))
        #expect(parts.map(\.userData.length) == [160, 15])
        #expect(parts[0].userData.bytes.count == 140)
        // 16-bit reference: 7 octets = 8 septets, no fill.
        let sixteen = try SMSSegmenter(options: .init(reference: .sixteenBit(1))).segment(a(161))
        #expect(sixteen.map(\.userData.length) == [160, 17])
    }

    @Test func ucs2UserDataLengthCountsOctets() throws {
        let parts = try SMSSegmenter(options: .init(reference: .eightBit(1))).segment(zhe(71))
        #expect(parts.map(\.userData.length) == [140, 14])
        #expect(Array(parts[1].userData.bytes.suffix(2)) == [0x04, 0x16])  // Ж is U+0416
    }

    @Test func generatedReferenceComesFromTheGivenGenerator() throws {
        var first = FixedGenerator(value: 0xAB)
        let parts = try SMSSegmenter().segment(a(200), using: &first)
        #expect(parts.allSatisfy { $0.concatenation?.reference == parts[0].concatenation?.reference })
        var second = FixedGenerator(value: 0xAB)
        #expect(try SMSSegmenter().segment(a(200), using: &second) == parts)
    }
}

/// A generator that always returns the same value, for reproducible references.
private struct FixedGenerator: RandomNumberGenerator {
    var value: UInt64
    mutating func next() -> UInt64 { value }
}

@Suite struct PeerVectorSegmentationTests {
    @Test(arguments: PeerVectors.messages)
    func scalarsSegmentsMatchPeers(vector: PeerMessage) throws {
        let options = SegmentationOptions(split: .scalars, reference: .eightBit(UInt8(vector.concatRef)))
        let parts = try SMSSegmenter(options: options).segment(vector.text)
        let expected = vector.segments.value
        try #require(parts.count == expected.count)
        for (part, segment) in zip(parts, expected) {
            #expect(Array(part.text.unicodeScalars) == Array(segment.text.unicodeScalars))
            #expect([part.range.lowerBound.scalarOffset, part.range.upperBound.scalarOffset] == segment.cp)
            #expect([part.range.lowerBound.utf16Offset, part.range.upperBound.utf16Offset] == segment.u16)
            #expect(part.unitCount == segment.len)
        }
        #expect(Hex.encodeUTF16BigEndian(vector.text) == vector.ucs2Hex.value)
        if let packed = vector.gsm7Packed.value {
            try #require(packed.count == parts.count)
            for (part, reference) in zip(parts, packed) {
                #expect(Hex.encode(part.header.encoded()) == (reference.udh ?? ""))
                #expect(Hex.encode(part.userData.bytes) == reference.ud)
                if let udl = reference.udl { #expect(part.userData.length == udl) }
            }
        }
    }
}
