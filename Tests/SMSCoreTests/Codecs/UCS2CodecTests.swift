import PropertyBased
@testable import SMSCore
import Testing

@Suite struct UCS2CodecTests {
    @Test func bytesAreUTF16BigEndianWithSurrogatePairs() {
        #expect(UCS2Codec.bigEndianBytes(of: "Hi 👋") == [0x00, 0x48, 0x00, 0x69, 0x00, 0x20, 0xD8, 0x3D, 0xDC, 0x4B])
        #expect(UCS2Codec.bigEndianBytes(of: "") == [])
        #expect(UCS2Codec.bigEndianBytes(ofUTF16: [0xD800]) == [0xD8, 0x00])
    }

    @Test func loneHighSurrogateBecomesReplacementAndIsReported() {
        let decoded = UCS2Codec.decode([0x00, 0x48, 0xD8, 0x3D, 0x00, 0x69])
        #expect(Array(decoded.text.unicodeScalars) == ["H", "\u{FFFD}", "i"])
        #expect(decoded.loneSurrogateOffsets == [2])
        #expect(decoded.notes == [DecodingNote(kind: .loneSurrogate, offset: 2, value: 0xD83D)])
    }

    @Test func loneLowSurrogateAndReversedPairAreEachReplaced() {
        let decoded = UCS2Codec.decode([0xDC, 0x4B, 0xD8, 0x3D])
        #expect(Array(decoded.text.unicodeScalars) == ["\u{FFFD}", "\u{FFFD}"])
        #expect(decoded.loneSurrogateOffsets == [0, 2])
        let twoHighs = UCS2Codec.decode([0xD8, 0x3D, 0xD8, 0x3D, 0xDC, 0x4B])
        #expect(Array(twoHighs.text.unicodeScalars) == ["\u{FFFD}", "👋"])
        #expect(twoHighs.loneSurrogateOffsets == [0])
    }

    @Test func oddOctetCountReplacesTheLastOctetAndIsReported() {
        let decoded = UCS2Codec.decode([0x00, 0x41, 0x00])
        #expect(Array(decoded.text.unicodeScalars) == ["A", "\u{FFFD}"])
        #expect(decoded.notes == [DecodingNote(kind: .oddTrailingOctet, offset: 2, value: 0x00)])
        #expect(UCS2Codec.decode([0x41]).notes.map(\.kind) == [.oddTrailingOctet])
    }

    @Test func nulAndNoncharactersAreKept() {
        let decoded = UCS2Codec.decode([0x00, 0x00, 0xFF, 0xFF, 0xFE, 0xFF])
        #expect(Array(decoded.text.unicodeScalars) == ["\u{0}", "\u{FFFF}", "\u{FEFF}"])
        #expect(decoded.isClean)
    }

    @Test func decodeOfEncodeIsTheIdentity() async {
        let scalar = Gen.uint32(in: 0...0x10FFFF).map { Unicode.Scalar($0) ?? "\u{FFFD}" }
        await propertyCheck(count: 300, input: scalar.array(of: 0...200)) { (scalars: [Unicode.Scalar]) in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            let text = String(view)
            let decoded = UCS2Codec.decode(UCS2Codec.bigEndianBytes(of: text))
            #expect(Array(decoded.text.unicodeScalars) == scalars)
            #expect(decoded.isClean)
        }
    }

    @Test func everyInputShapeGivesTheSameBytesAsTheStandardLibraryUTF16View() async {
        let scalar = Gen.uint32(in: 0...0x10FFFF).map { Unicode.Scalar($0) ?? "\u{FFFD}" }
        await propertyCheck(count: 200, input: scalar.array(of: 0...100)) { (scalars: [Unicode.Scalar]) in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            let text = "<" + String(view) + ">"
            let units = Array(text.utf16)
            let expected = units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
            #expect(UCS2Codec.bigEndianBytes(of: text) == expected)
            #expect(UCS2Codec.bigEndianBytes(ofUTF16: units) == expected)
            #expect(UCS2Codec.bigEndianBytes(ofUTF16: text.utf16) == expected)
            #expect(UCS2Codec.bigEndianBytes(ofUTF16: units.lazy.map { $0 }) == expected)
            // Slice by scalars: "<" and a combining scalar would be one Character.
            let inner = Substring(text.unicodeScalars.dropFirst().dropLast())
            #expect(UCS2Codec.bigEndianBytes(ofUTF16: inner.utf16) == Array(expected.dropFirst(2).dropLast(2)))
            #expect(UCS2Codec.bigEndianBytes(of: inner) == Array(expected.dropFirst(2).dropLast(2)))
            #expect(Hex.encodeUTF16BigEndian(text) == Hex.encode(expected))
        }
    }

    @Test func arbitraryOctetsDecodeLikeTheStandardLibraryRepair() async {
        await propertyCheck(count: 300, input: Gen.uint8().array(of: 0...200)) { (bytes: [UInt8]) in
            let decoded = UCS2Codec.decode(bytes)
            let units = stride(from: 0, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
            var expected = Array(String(decoding: units, as: UTF16.self).unicodeScalars)
            if bytes.count % 2 == 1 { expected.append("\u{FFFD}") }
            #expect(Array(decoded.text.unicodeScalars) == expected)
        }
    }
}
