import SMSCore
import Testing
import _SMSTestSupport

@testable import SMSCommandLine

@Suite struct AnalyzeReportJSONTests {
    private func json(_ text: String, _ options: SegmentationOptions = SegmentationOptions()) -> JSONValue {
        AnalyzeReport(analyzing: text, options: options).json
    }

    @Test func textOfOneHundredSixtyOneASCIICharactersTakesTwoPartsOf153Septets() throws {
        let value = json(String(repeating: "a", count: 161), SegmentationOptions(reference: .eightBit(0x4A)))
        #expect(value["encoding"] == "GSM-7")
        #expect(value["units"] == 161)
        #expect(value["unitsPerPart"] == 153)
        #expect(value["parts"] == 2)
        #expect(value["remaining"] == 145)
        #expect(value["reference"] == 0x4A)
        let segments = try #require(value["segments"]?.arrayValue)
        try #require(segments.count == 2)
        #expect(segments[0]["udh"] == "0500034A0201")
        #expect(segments[0]["udl"] == 160)  // 153 septets + 7 of header and fill (TS 23.040 9.2.3.16)
        #expect(segments[0]["units"] == 153)
        #expect(segments[0]["scalarRange"] == [0, 153])
        #expect(segments[1]["udh"] == "0500034A0202")
        #expect(segments[1]["udl"] == 15)
        #expect(segments[1]["sequence"] == 2)
        #expect(segments[1]["utf16Range"] == [153, 161])
        #expect(segments[0]["userData"]?.stringValue?.hasPrefix("0500034A0201") == true)
    }

    @Test func sixteenBitReferenceLeaves152SeptetsAPart() throws {
        var options = SegmentationOptions(reference: .sixteenBit(0x1234))
        options.split = .scalars
        let value = json(String(repeating: "a", count: 161), options)
        #expect(value["unitsPerPart"] == 152)
        #expect(value["referenceBits"] == 16)
        #expect(value["reference"] == 0x1234)
        let first = try #require(value["segments"]?[0])
        #expect(first["udh"] == "06080412340201")
        #expect(first["udl"] == 160)  // 152 septets + 8 for a 7-octet header
    }

    @Test func singleGSM7PartHasNoHeader() throws {
        let value = json("Hello €")
        #expect(value["encoding"] == "GSM-7")
        #expect(value["unitName"] == "septets")
        #expect(value["units"] == 8)  // € is an extension character: ESC + 0x65 (TS 23.038 6.2.1.1)
        #expect(value["unitsPerPart"] == 160)
        #expect(value["remaining"] == 152)
        #expect(value["scalars"] == 7)
        #expect(value["reference"] == .null)
        #expect(value["hex"] == "00480065006C006C006F002020AC")
        #expect(value["nonGSM"] == [])
        let segment = try #require(value["segments"]?[0])
        #expect(segment["udh"] == "")
        #expect(segment["udl"] == 8)
        #expect(segment["sequence"] == 1)
    }

    @Test func emojiForcesUCS2AndIsListedWithItsOffsets() throws {
        let value = json("Hi 👋")
        #expect(value["encoding"] == "UCS-2")
        #expect(value["unitName"] == "UTF-16 units")
        #expect(value["units"] == 5)
        #expect(value["utf16Units"] == 5)
        #expect(value["scalars"] == 4)
        #expect(value["unitsPerPart"] == 70)
        #expect(value["remaining"] == 65)
        #expect(value["hex"] == "004800690020D83DDC4B")
        #expect(value["nonGSM"] == [["char": "👋", "codePoint": "U+1F44B", "scalarOffset": 3, "utf16Offset": 3]])
        let segment = try #require(value["segments"]?[0])
        #expect(segment["userData"] == "004800690020D83DDC4B")
        #expect(segment["udl"] == 10)  // octets for UCS-2
    }

    @Test func offsetsOfLaterNonGSMCharactersCountSurrogatePairsInUTF16Only() {
        let value = json("👋 `x")
        #expect(value["nonGSM"]?[1] == ["char": "`", "codePoint": "U+0060", "scalarOffset": 2, "utf16Offset": 3])
    }

    @Test func ucs2CanBeForcedOnGSM7Text() {
        let value = json("Hi", SegmentationOptions(encodingPreference: .ucs2))
        #expect(value["encoding"] == "UCS-2")
        #expect(value["encodingPreference"] == "ucs2")
        #expect(value["units"] == 2)
        #expect(value["nonGSM"] == [])
    }

    @Test func ucs2PartsHold67UnitsAfterAnEightBitHeader() throws {
        let value = json(String(repeating: "ж", count: 71), SegmentationOptions(reference: .eightBit(0)))
        #expect(value["unitsPerPart"] == 67)
        #expect(value["parts"] == 2)
        let first = try #require(value["segments"]?[0])
        #expect(first["udh"] == "050003000201")
        #expect(first["udl"] == .number(6 + 2 * 67))  // octets: header + 67 UTF-16 units
    }

    @Test func textNeedingTooManyPartsReportsCountsAndErrorButNoSegments() {
        let value = json(String(repeating: "a", count: 400), SegmentationOptions(maxParts: 2))
        #expect(value["parts"] == 3)
        #expect(value["units"] == 400)
        #expect(value["encoding"] == "GSM-7")
        #expect(value["hex"]?.stringValue?.count == 1600)
        #expect(value["segments"] == nil)
        #expect(value["error"] == [
            "code": "tooManyParts",
            "message": "the text needs 3 parts but at most 2 are allowed",
            "offset": nil,
        ])
    }

    @Test func theEmptyTextIsOneEmptyGSM7Part() throws {
        let value = json("")
        #expect(value["encoding"] == "GSM-7")
        #expect(value["parts"] == 1)
        #expect(value["hex"] == "")
        #expect(value["segments"]?.arrayValue?.count == 1)
    }

    @Test func requiredKeysComeInAStableOrder() {
        let keys = json("Hi").keys ?? []
        #expect(keys == [
            "encoding", "unitName", "units", "unitsPerPart", "parts", "remaining", "scalars", "utf16Units",
            "lockingShift", "singleShift", "alternatives",
            "split", "encodingPreference", "maxParts", "referenceBits", "reference", "hex", "nonGSMCount", "nonGSM",
            "segments",
        ])
        #expect(json("Hi")["segments"]?[0]?.keys == [
            "sequence", "text", "scalarRange", "utf16Range", "units", "udh", "userData", "udl",
        ])
    }

    @Test(arguments: PeerVectors.messages)
    func reportMatchesThePeerVectors(_ vector: PeerMessage) throws {
        let options = SegmentationOptions(split: .scalars, reference: .eightBit(UInt8(vector.concatRef)))
        let value = json(vector.text, options)
        #expect(value["encoding"] == (vector.gsm7.value ? "GSM-7" : "UCS-2"))
        #expect(value["units"] == .number(vector.length.value.n))
        #expect(value["parts"] == .number(vector.parts.value))
        #expect(value["hex"] == .string(vector.ucs2Hex.value))
        let segments = try #require(value["segments"]?.arrayValue)
        try #require(segments.count == vector.segments.value.count)
        for (segment, expected) in zip(segments, vector.segments.value) {
            #expect(segment["text"] == .string(expected.text))
            #expect(segment["scalarRange"] == .array(expected.cp.map(JSONValue.number)))
            #expect(segment["utf16Range"] == .array(expected.u16.map(JSONValue.number)))
            #expect(segment["units"] == .number(expected.len))
        }
        if let packed = vector.gsm7Packed.value {
            for (segment, expected) in zip(segments, packed) {
                #expect(segment["udh"] == .string(expected.udh ?? ""))
                #expect(segment["userData"] == .string(expected.ud))
                if let udl = expected.udl { #expect(segment["udl"] == .number(udl)) }
            }
        }
    }

    @Test func peerVectorsAreLoaded() throws {
        #expect(try PeerVectors.loaded.get().count > 250)
    }
}
