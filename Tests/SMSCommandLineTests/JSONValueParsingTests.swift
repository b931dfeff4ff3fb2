import Testing

@testable import SMSCommandLine

/// The `--jsonl` parser against RFC 8259 and the issue 12 rules: kept members are built, others
/// are skipped whatever they hold, and every error has a byte offset.
@Suite struct JSONValueParsingTests {
    private func parse(_ text: String, keeping keys: Set<String>? = nil) throws(JSONParseError) -> JSONValue {
        try JSONValue.parse(Array(text.utf8), keepingMembers: keys)
    }

    private func error(_ text: String, keeping keys: Set<String>? = nil) -> JSONParseError? {
        do {
            _ = try parse(text, keeping: keys)
            return nil
        } catch {
            return error
        }
    }

    @Test func booleansAreNotMistakenForNumbers() throws {
        let value = try parse(#"{"t": true, "f": false, "one": 1, "zero": 0}"#)
        #expect(value["t"] == .bool(true))
        #expect(value["f"] == .bool(false))
        #expect(value["one"] == .number(1))
        #expect(value["zero"] == .number(0))
    }

    @Test func objectMembersKeepTheirOrderAndTheLastOfARepeatedKeyWins() throws {
        let value = try parse(#"{"text": "x", "id": null, "b": [1, "2"], "id": 3}"#)
        #expect(value.keys == ["text", "b", "id"])
        #expect(value["b"] == [1, "2"])
        #expect(value["id"] == 3)
    }

    @Test func escapedScalarsSurviveParsing() throws {
        let value = try parse(#""e\u0301 \ud83d\ude00 \u0000 \/\b\f\n\r\t""#)
        #expect(value == .string("e\u{301} \u{1F600} \u{0} /\u{8}\u{C}\n\r\t"))
    }

    /// RFC 8259 section 6: numbers are a lexeme; only integers that fit become `Int`.
    @Test(arguments: [
        ("-7", JSONValue.number(-7)),
        ("0", .number(0)),
        ("9223372036854775807", .number(Int.max)),
        ("1e2", .numberText("1e2")),
        ("2.5", .numberText("2.5")),
        ("1e999", .numberText("1e999")),
        ("99999999999999999999", .numberText("99999999999999999999")),
        ("-0.0E+1", .numberText("-0.0E+1")),
    ])
    func numbersThatAreNotIntKeepTheirText(text: String, expected: JSONValue) throws {
        #expect(try parse(text) == expected)
        #expect(try parse(text).serialized() == text)
    }

    @Test(arguments: ["01", "1.", ".5", "-", "1e", "+1", "0x10", "1.5e+"])
    func malformedNumbersAreErrors(text: String) {
        #expect(error(text)?.code == .invalidJSON)
    }

    @Test func membersThatAreNotKeptAreNotBuilt() throws {
        let value = try parse(#"{"weight": 0.5, "text": "Hi", "huge": 1e999, "big": 99999999999999999999}"#, keeping: ["text", "id"])
        #expect(value == ["text": "Hi"])
    }

    /// Issue 12: a member that is ignored may hold anything, nested to any depth.
    @Test func ignoredMembersMayBeNestedToAnyDepth() throws {
        for depth in [513, 10_000] {
            let nested = String(repeating: #"[{"a":"#, count: depth) + "1" + String(repeating: "}]", count: depth)
            let value = try parse(#"{"id": 7, "deep": \#(nested), "text": "Hi"}"#, keeping: ["id", "text"])
            #expect(value == ["id": 7, "text": "Hi"])
        }
        // Still checked: a broken ignored member is not JSON.
        #expect(error(#"{"deep": [[[1}, "text": "Hi"}"#, keeping: ["text"])?.code == .invalidJSON)
    }

    @Test func keptValuesAreNestedAtMost64Levels() throws {
        let ok = String(repeating: "[", count: 63) + String(repeating: "]", count: 63)
        #expect(try parse(#"{"id": \#(ok)}"#, keeping: ["id"])["id"] != nil)
        let deep = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        let failure = error(#"{"id": \#(deep)}"#, keeping: ["id"])
        #expect(failure?.code == .nestingTooDeep)
        #expect(failure?.description.hasPrefix(#""id": nested deeper than 64 levels"#) == true)
        #expect(failure?.offset == 7 + 63)
    }

    @Test func loneSurrogateEscapeIsAnErrorInAKeptStringOnly() throws {
        #expect(error(#""\ud800""#)?.offset == 1)
        #expect(error(#"{"text": "a\udc00"}"#, keeping: ["text"])?.code == .invalidJSON)
        #expect(try parse(#"{"other": "\ud800", "text": "a"}"#, keeping: ["text"]) == ["text": "a"])
    }

    @Test func errorsGiveTheByteOffset() {
        let failure = error(#"{"text": "x" "id": 1}"#)
        #expect(failure?.code == .invalidJSON)
        #expect(failure?.offset == 13)
        #expect(failure?.description == "expected ',' or '}' in an object, found '\"', at byte 13")
        #expect(error(#"{"text": "ab"#)?.description == "unterminated string at byte 9")
        #expect(error("{\"a\": \"tab\there\"}")?.offset == 10)  // a raw control character in a string
        #expect(error("[1] x")?.description == "unexpected 'x' after the JSON value at byte 4")
    }

    @Test func invalidUTF8IsItsOwnError() {
        let failure = try? JSONValue.parse([0x22, 0x61, 0xFF, 0x22])
        #expect(failure == nil)
        do {
            _ = try JSONValue.parse([0x22, 0x61, 0xFF, 0x22])
        } catch {
            #expect(error.code == .invalidUTF8)
            #expect(error.offset == 2)
        }
    }

    @Test func membersReadBeforeAnErrorAreKept() {
        let failure = error(#"{"id": "a-1", "text": "Hi", "maxParts": 3,"#, keeping: ["id", "text", "maxParts"])
        #expect(failure?.readMember("id") == "a-1")
        #expect(failure?.readMember("maxParts") == 3)
    }

    @Test func jsonThatIsNotAnObjectIsWrongInputWhenMembersAreAskedFor() {
        let failure = error(#"["text", "Hi"]"#, keeping: ["text"])
        #expect(failure?.code == .invalidInput)
        #expect(failure?.description == "expected a JSON object, found an array at byte 0")
        #expect(error("not json", keeping: ["text"])?.code == .invalidJSON)
    }
}
