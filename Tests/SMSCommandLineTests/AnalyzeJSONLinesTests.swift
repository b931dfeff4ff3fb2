import SMSCore
import Testing

@testable import SMSCommandLine

@Suite struct AnalyzeJSONLinesTests {
    private func answer(_ line: String, defaults: AnalyzeSettings = AnalyzeSettings(), number: Int? = nil) throws -> JSONValue {
        let output = try #require(JSONLinesAnalyzer.process(line: line, defaults: defaults, lineNumber: number))
        #expect(!output.contains("\n"))
        return try JSONValue.parse(Array(output.utf8))
    }

    @Test func stringIdIsEchoedFirst() throws {
        let output = try #require(JSONLinesAnalyzer.process(line: #"{"id": "m-1", "text": "Hi"}"#, defaults: AnalyzeSettings()))
        #expect(output.hasPrefix(#"{"id":"m-1","encoding":"GSM-7","#))
    }

    @Test func numberIdIsEchoedAsANumber() throws {
        #expect(try answer(#"{"id": 42, "text": "Hi"}"#)["id"] == 42)
    }

    @Test func missingIdIsNull() throws {
        #expect(try answer(#"{"text": "Hi"}"#)["id"] == .null)
    }

    @Test func perLineValuesWinOverTheFlags() throws {
        var defaults = AnalyzeSettings()
        defaults.encodingPreference = .ucs2
        defaults.maxParts = 1
        defaults.reference = 9
        let line = #"{"text": "\#(String(repeating: "a", count: 161))", "encoding": "auto", "maxParts": 3, "referenceBits": 16, "reference": 4660, "split": "words"}"#
        let value = try answer(line, defaults: defaults)
        #expect(value["encoding"] == "GSM-7")
        #expect(value["maxParts"] == 3)
        #expect(value["split"] == "words")
        #expect(value["unitsPerPart"] == 152)
        #expect(value["segments"]?[0]?["udh"] == "06080412340201")
    }

    @Test func flagsApplyWhenTheLineSaysNothing() throws {
        var defaults = AnalyzeSettings()
        defaults.encodingPreference = .ucs2
        #expect(try answer(#"{"text": "Hi"}"#, defaults: defaults)["encoding"] == "UCS-2")
    }

    @Test func nullReferenceOnALineAsksForAGeneratedOne() throws {
        var defaults = AnalyzeSettings()
        defaults.reference = 300
        defaults.referenceBits = 16
        let value = try answer(#"{"text": "Hi", "referenceBits": 8, "reference": null}"#, defaults: defaults)
        #expect(value["error"] == nil)
        #expect(value["referenceBits"] == 8)
    }

    @Test func tooManyPartsOnALineKeepsCountsAndAddsTheError() throws {
        let value = try answer(#"{"id": 3, "text": "\#(String(repeating: "a", count: 161))", "maxParts": 1}"#)
        #expect(value["id"] == 3)
        #expect(value["parts"] == 2)
        #expect(value["hex"] != nil)
        #expect(value["segments"] == nil)
        #expect(value["error"]?["code"] == "tooManyParts")
        #expect(value["error"]?["message"] == "the text needs 2 parts but at most 1 is allowed")
        #expect(value["error"]?["offset"] == .null)
    }

    @Test(arguments: [
        (#"{"id": "x", "text": "Hi", "maxParts": 0}"#, JSONValue.string("x"), "invalidInput"),
        (#"{"id": "x", "text": "Hi", "maxParts": "3"}"#, "x", "invalidInput"),
        (#"{"id": "x", "text": "Hi", "split": "lines"}"#, "x", "invalidInput"),
        (#"{"id": "x", "text": "Hi", "encoding": "latin1"}"#, "x", "invalidInput"),
        (#"{"id": "x", "text": "Hi", "referenceBits": 12}"#, "x", "invalidInput"),
        (#"{"id": "x", "text": "Hi", "reference": 256}"#, "x", "invalidInput"),
        (#"{"id": 5, "text": 5}"#, 5, "invalidInput"),
        (#"{"id": [1], "nottext": "Hi"}"#, .array([1]), "invalidInput"),
        (#"{"id": 1.5, "text": "Hi"}"#, nil, "invalidJSON"),
        (#"["text", "Hi"]"#, nil, "invalidInput"),
        (#"{"text": "Hi""#, nil, "invalidJSON"),
        ("not json", nil, "invalidJSON"),
    ] as [(String, JSONValue, String)])
    func badLineGivesAnErrorObjectWithTheId(line: String, id: JSONValue, code: String) throws {
        let output = try #require(JSONLinesAnalyzer.process(line: line, defaults: AnalyzeSettings(), lineNumber: 4))
        #expect(output.hasPrefix(#"{"id":"#))
        #expect(output.contains(#","error":{"code":"\#(code)","message":"line 4: "#))
        #expect(output.hasSuffix(#","offset":null}}"#))
        let value = try JSONValue.parse(Array(output.utf8))
        #expect(value.keys == ["error", "id"])  // parsing sorts the keys
        #expect(value["id"] == id)
        #expect(value["error"]?.keys == ["code", "message", "offset"])
        #expect(value["error"]?["code"] == .string(code))
    }

    @Test func referenceOutOfRangeForItsSizeIsExplained() throws {
        let value = try answer(#"{"text": "Hi", "reference": 256}"#)
        #expect(value["error"]?["message"] == "an 8-bit reference must be between 0 and 255, not 256")
        #expect(value["error"]?["code"] == "invalidInput")
        #expect(value["error"]?["offset"] == .null)
    }

    @Test func invalidUTF8OnALineIsAnErrorWithItsOffset() throws {
        let line = Array(#"{"text": "a"#.utf8) + [0xFF] + Array(#""}"#.utf8)
        let output = try #require(JSONLinesAnalyzer.process(line: line, defaults: AnalyzeSettings()))
        let value = try JSONValue.parse(Array(output.utf8))
        #expect(value["error"]?["message"] == "the input is not valid UTF-8: byte 0xFF at offset 11")
        #expect(value["error"]?["code"] == "invalidUTF8")
        #expect(value["error"]?["offset"] == 11)  // bytes of the line
    }

    @Test func blankLinesAreSkipped() {
        #expect(JSONLinesAnalyzer.process(line: "", defaults: AnalyzeSettings()) == nil)
        #expect(JSONLinesAnalyzer.process(line: "  \t\r", defaults: AnalyzeSettings()) == nil)
    }

    @Test func windowsLineEndingsAreAccepted() throws {
        #expect(try answer("{\"id\": 1, \"text\": \"Hi\"}\r")["units"] == 2)
    }

    @Test func otherMembersOfALineAreIgnored() throws {
        let value = try answer(#"{"id": "p1", "kind": "message", "weight": 0.25, "text": "Hi"}"#)
        #expect(value["units"] == 2)
    }

    @Test func aBadLineDoesNotStopTheLinesAfterIt() throws {
        let lines = [#"{"id": 1, "text": "one"}"#, "{oops", "", #"{"id": 3, "text": "three"}"#]
        let outputs = lines.enumerated().compactMap { index, line in
            JSONLinesAnalyzer.process(line: line, defaults: AnalyzeSettings(), lineNumber: index + 1)
        }
        try #require(outputs.count == 3)
        let values = try outputs.map { try JSONValue.parse(Array($0.utf8)) }
        #expect(values[0]["units"] == 3)
        #expect(values[1]["error"]?["message"]?.stringValue?.hasPrefix("line 2: ") == true)
        #expect(values[2]["id"] == 3)
        #expect(values[2]["units"] == 5)
    }
}
