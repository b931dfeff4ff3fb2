import PropertyBased
@testable import SMSCore
import Testing
import _SMSTestSupport

@Suite struct GSM7CodecTests {
    static let gsmScalars: [Unicode.Scalar] =
        StandardGSM7.defaultAlphabet.filter { $0 != "\u{FFFF}" } + StandardGSM7.extensionTable.map(\.scalar)

    @Test func extensionCharactersAreEscapePlusCode() throws {
        // TS 23.038 6.2.1.1: € is 0x1B 0x65, [ is 0x1B 0x3C, form feed is 0x1B 0x0A.
        #expect(try GSM7Codec.septets(of: "20€") == [0x32, 0x30, 0x1B, 0x65])
        #expect(try GSM7Codec.septets(of: "[\u{0C}") == [0x1B, 0x3C, 0x1B, 0x0A])
        #expect(try GSM7Codec.septets(of: "@£$") == [0x00, 0x01, 0x02])
    }

    @Test func unencodableScalarThrowsWithItsScalarOffset() {
        #expect(throws: GSM7EncodingError.unencodable("\u{1F44B}", offset: 5)) {
            try GSM7Codec.septets(of: "caf\u{E9} \u{1F44B}")
        }
        // Combining marks are separate scalars: "e" + U+0301 fails at the mark.
        #expect(throws: GSM7EncodingError.unencodable("\u{301}", offset: 1)) {
            try GSM7Codec.septets(of: "e\u{301}")
        }
        #expect(throws: GSM7EncodingError.unencodable("\u{1B}", offset: 0)) {
            try GSM7Codec.septets(of: "\u{1B}")
        }
    }

    @Test func failedAppendLeavesTheSeptetsUntouched() {
        var septets: [UInt8] = [0x41]
        #expect(throws: GSM7EncodingError.self) {
            try GSM7Codec.appendSeptets(of: "ab€`".unicodeScalars, to: &septets)
        }
        #expect(septets == [0x41])
    }

    /// TS 23.038 6.2.1 and 6.2.1.1, from the standard's tables (not the engine's): every
    /// septet decodes to its character, and every extension code after 0x1B to its own.
    @Test func everyStandardTableEntryDecodesToItsCharacter() {
        for (septet, scalar) in StandardGSM7.defaultAlphabet.enumerated() where scalar != "\u{FFFF}" {
            let decoded = GSM7Codec.decode([UInt8(septet)])
            #expect(Array(decoded.text.unicodeScalars) == [scalar], "septet \(septet)")
            #expect(decoded.notes.isEmpty)
        }
        for (septet, scalar) in StandardGSM7.extensionTable {
            let decoded = GSM7Codec.decode([0x1B, septet])
            #expect(Array(decoded.text.unicodeScalars) == [scalar], "0x1B \(septet)")
            #expect(decoded.notes.isEmpty)
        }
    }

    /// TS 23.038 6.2.1.1: an escape to a code the extension table does not define shows the
    /// default-alphabet character at that code.
    @Test func escapeToUndefinedCodeShowsTheDefaultAlphabetCharacter() {
        let decoded = GSM7Codec.decode([0x48, 0x1B, 0x41, 0x49])
        #expect(Array(decoded.text.unicodeScalars) == ["H", "A", "I"])
        #expect(decoded.notes == [DecodingNote(kind: .escapeToUndefinedCode, offset: 1, value: 0x41)])
        // 0x1B 0x00 is `@`; 0x1B 0x0D (CR2) is CR.
        #expect(Array(GSM7Codec.decode([0x1B, 0x00]).text.unicodeScalars) == ["@"])
        #expect(Array(GSM7Codec.decode([0x1B, 0x0D]).text.unicodeScalars) == ["\r"])
    }

    /// TS 23.038 6.2.1.1: 0x1B in the extension table is reserved for a further table, and a
    /// receiver shows a space.
    @Test func doubleEscapeShowsASpaceAndTheNextSeptetStandsAlone() {
        let decoded = GSM7Codec.decode([0x1B, 0x1B, 0x41])
        #expect(Array(decoded.text.unicodeScalars) == [" ", "A"])
        #expect(decoded.notes == [DecodingNote(kind: .reservedEscape, offset: 0, value: 0x1B)])
    }

    @Test func escapeAtTheVeryEndShowsNothingAndIsNoted() {
        let decoded = GSM7Codec.decode([0x41, 0x1B])
        #expect(Array(decoded.text.unicodeScalars) == ["A"])
        #expect(decoded.notes == [DecodingNote(kind: .trailingEscape, offset: 1, value: 0x1B)])
        // Three escapes: a reserved pair, then a trailing one.
        let three = GSM7Codec.decode([0x1B, 0x1B, 0x1B])
        #expect(Array(three.text.unicodeScalars) == [" "])
        #expect(three.notes.map(\.kind) == [.reservedEscape, .trailingEscape])
    }

    @Test func valuesAbove0x7FBecomeReplacementCharacters() {
        let decoded = GSM7Codec.decode([0x41, 0xC1, 0x1B, 0x80])
        #expect(Array(decoded.text.unicodeScalars) == ["A", "\u{FFFD}", "\u{FFFD}"])
        #expect(decoded.notes.map(\.offset) == [1, 3])
        #expect(decoded.notes.allSatisfy { $0.kind == .invalidSeptet })
    }

    @Test func septetZeroIsAtSignNeverPadding() {
        #expect(Array(GSM7Codec.decode([0x00, 0x00]).text.unicodeScalars) == ["@", "@"])
        #expect(GSM7Codec.decode([]).text.isEmpty)
    }

    @Test func noteDescriptionsSayWhatAndWhere() {
        let note = DecodingNote(kind: .escapeToUndefinedCode, offset: 1, value: 0x41)
        #expect(note.description.contains("septet 1"))
        #expect(note.description.contains("0x41"))
        #expect(note.description.contains("6.2.1.1"))
        // Values print as 0x and an even number of hex digits, whatever their size.
        #expect(DecodingNote(kind: .loneSurrogate, offset: 0, value: 0xD83D).description.contains("0xD83D"))
        #expect(DecodingNote(kind: .init(rawValue: "future"), offset: 0, value: 0x11170).description == "octet 0: future 0x011170")
    }

    @Test func decodeOfEncodeIsTheIdentityForGSMText() async {
        await propertyCheck(
            count: 300, input: Gen.int(in: 0...(Self.gsmScalars.count - 1)).array(of: 0...300)
        ) { (indices: [Int]) in
            var text = String.UnicodeScalarView()
            text.append(contentsOf: indices.map { Self.gsmScalars[$0] })
            guard let septets = try? GSM7Codec.septets(of: String(text)) else {
                Issue.record("not GSM-7")
                return
            }
            let decoded = GSM7Codec.decode(septets)
            #expect(Array(decoded.text.unicodeScalars) == Array(text))
            #expect(decoded.notes.isEmpty)
        }
    }

    @Test func everyInputShapeGivesTheSameSeptets() async {
        await propertyCheck(
            count: 200, input: Gen.int(in: 0...(Self.gsmScalars.count - 1)).array(of: 0...100)
        ) { (indices: [Int]) in
            let scalars = indices.map { Self.gsmScalars[$0] }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            let text = "x" + String(view)
            var fromString: [UInt8] = []
            var fromSubstring: [UInt8] = []
            var fromArray: [UInt8] = []
            do {
                try GSM7Codec.appendSeptets(of: text.unicodeScalars, to: &fromString)
                try GSM7Codec.appendSeptets(of: text.dropFirst().unicodeScalars, to: &fromSubstring)
                try GSM7Codec.appendSeptets(of: scalars, to: &fromArray)
            } catch {
                Issue.record("\(error)")
            }
            #expect(fromString == [0x78] + fromArray)
            #expect(fromSubstring == fromArray)
            #expect((try? GSM7Codec.septets(of: text.dropFirst())) == fromArray)
        }
    }

    @Test func unencodableOffsetIsTheSameForEveryInputShape() {
        let scalars: [Unicode.Scalar] = ["a", "€", "\u{1F600}", "b"]
        #expect(throws: GSM7EncodingError.unencodable("\u{1F600}", offset: 2)) {
            var septets: [UInt8] = []
            try GSM7Codec.appendSeptets(of: scalars, to: &septets)
        }
        #expect(throws: GSM7EncodingError.unencodable("\u{1F600}", offset: 2)) {
            try GSM7Codec.septets(of: "xa€\u{1F600}b".dropFirst())
        }
    }

    @Test func everySeptetStringDecodesWithoutTrapping() async {
        await propertyCheck(count: 300, input: Gen.uint8().array(of: 0...200)) { (septets: [UInt8]) in
            let decoded = GSM7Codec.decode(septets)
            // Every note points inside the input.
            #expect(decoded.notes.allSatisfy { $0.offset < septets.count })
        }
    }
}
