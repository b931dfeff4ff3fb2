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
        // Found by FuzzJSONLines: with a line number, this error names its line like every other.
        let numbered = try answer(#"{"id": 3, "text": "\#(String(repeating: "a", count: 161))", "maxParts": 1}"#, number: 17)
        #expect(numbered["error"]?["message"] == "line 17: the text needs 2 parts but at most 1 is allowed")
    }

    @Test(arguments: [
        (#"{"id": "x", "text": "Hi", "maxParts": 0}"#, JSONValue.string("x"), #""maxParts" must be a whole number between 1 and 255, not 0"#),
        (#"{"id": "x", "text": "Hi", "maxParts": "3"}"#, "x", #""maxParts" must be a whole number between 1 and 255, not "3""#),
        (#"{"id": "x", "text": "Hi", "split": "lines"}"#, "x", #""split" must be graphemes, scalars or words, not "lines""#),
        (#"{"id": "x", "text": "Hi", "encoding": "latin1"}"#, "x", #""encoding" must be auto or ucs2, not "latin1""#),
        (#"{"id": "x", "text": "Hi", "referenceBits": 12}"#, "x", #""referenceBits" must be 8 or 16, not 12"#),
        (#"{"id": "x", "text": "Hi", "allNonGSM": "yes"}"#, "x", #""allNonGSM" must be true or false, not "yes""#),
        (#"{"id": 5, "text": 5}"#, 5, #""text" must be a string, not 5"#),
        (#"{"id": [1], "nottext": "Hi"}"#, .array([1]), #"the line has no "text""#),
        // Issue 12: the id is echoed as written, and the message names the member.
        (#"{"id": 7, "maxParts": 2.5, "text": "Hi"}"#, 7, #""maxParts" must be a whole number between 1 and 255, not 2.5"#),
        (#"{"id": 1.5, "text": "Hi", "maxParts": 99999999999999999999}"#, .numberText("1.5"),
         #""maxParts" must be a whole number between 1 and 255, not 99999999999999999999"#),
        (#"{"id": {"batch": [1, "a"]}, "text": "Hi", "reference": 1e999}"#, ["batch": [1, "a"]],
         #""reference" must be null or a whole number between 0 and 255 (8-bit references), not 1e999"#),
    ] as [(String, JSONValue, String)])
    func aLineWithAMemberThatCannotBeUsedIsAnsweredWithItsIdAndTheMemberNamed(line: String, id: JSONValue, message: String) throws {
        let output = try #require(JSONLinesAnalyzer.process(line: line, defaults: AnalyzeSettings(), lineNumber: 4))
        #expect(output.hasPrefix(#"{"id":"#))
        let value = try JSONValue.parse(Array(output.utf8))
        #expect(value.keys == ["id", "error"])
        #expect(value["id"] == id)
        #expect(value["error"] == ["code": "invalidInput", "message": .string("line 4: " + message), "offset": nil])
    }

    @Test(arguments: [
        (#"{"id": "x", "text": "Hi""#, JSONValue.string("x"), "invalidJSON", 24),
        (#"{"text": "Hi", "id": 3, "#, 3, "invalidJSON", 24),
        ("not json", nil, "invalidJSON", 0),
        (#"["text", "Hi"]"#, nil, "invalidInput", 0),
        (#"{"id": \#(String(repeating: "[", count: 70))"#, nil, "nestingTooDeep", 70),
    ] as [(String, JSONValue, String, Int)])
    func aLineThatIsNotJSONIsAnsweredWithTheIdReadBeforeTheFaultAndTheByte(line: String, id: JSONValue, code: String, offset: Int) throws {
        let output = try #require(JSONLinesAnalyzer.process(line: line, defaults: AnalyzeSettings(), lineNumber: 2))
        let value = try JSONValue.parse(Array(output.utf8))
        #expect(value.keys == ["id", "error"])
        #expect(value["id"] == id)
        #expect(value["error"]?["code"] == .string(code))
        #expect(value["error"]?["offset"] == .number(offset))
        #expect(value["error"]?["message"]?.stringValue?.hasPrefix("line 2: ") == true)
    }

    /// Issue 12: members that are not known are ignored, whatever they hold.
    @Test func ignoredMembersMayHoldAnything() throws {
        let nested = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        let value = try answer(#"{"id": 9, "huge": 1e999, "big": 99999999999999999999, "deep": \#(nested), "bad": "\udc00", "text": "Hi"}"#)
        #expect(value["id"] == 9)
        #expect(value["units"] == 2)
        #expect(value["error"] == nil)
    }

    @Test func wholeNumbersMayBeWrittenWithAnExponent() throws {
        #expect(try answer(#"{"text": "Hi", "maxParts": 3e0}"#)["maxParts"] == 3)
    }

    /// Issue 12: a line longer than the limit is answered with an error that names the limit,
    /// without being kept.
    @Test func aLineLongerThanTheLimitIsAnsweredWithoutBeingKept() throws {
        var generator = SystemRandomNumberGenerator()
        let line = ByteStream.Line(number: 3, bytes: [], byteCount: JSONRequest.maxLineLength + 1)
        let value = try #require(JSONLinesAnalyzer.result(for: line, defaults: AnalyzeSettings(), using: &generator))
        #expect(value == [
            "id": nil,
            "error": [
                "code": "lineTooLong",
                "message": "line 3: the line has 16777217 bytes, more than the limit of 16777216 bytes a line may have",
                "offset": 16_777_216,
            ],
        ])
    }

    @Test func referenceOutOfRangeForItsSizeIsExplained() throws {
        let value = try answer(#"{"text": "Hi", "reference": 256}"#)
        #expect(value["error"]?["message"] == #""reference" must be null or a whole number between 0 and 255 (8-bit references), not 256"#)
        #expect(value["error"]?["code"] == "invalidInput")
        #expect(value["error"]?["offset"] == .null)
        #expect(try answer(#"{"text": "Hi", "reference": 256, "referenceBits": 16}"#)["error"] == nil)
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
