import Testing

@testable import SMSCommandLine

@Suite struct JSONValueParsingTests {
    private func parse(_ text: String, keeping keys: Set<String>? = nil) throws -> JSONValue {
        try JSONValue.parse(Array(text.utf8), keepingMembers: keys)
    }

    @Test func booleansAreNotMistakenForNumbers() throws {
        let value = try parse(#"{"t": true, "f": false, "one": 1, "zero": 0}"#)
        #expect(value["t"] == .bool(true))
        #expect(value["f"] == .bool(false))
        #expect(value["one"] == .number(1))
        #expect(value["zero"] == .number(0))
    }

    @Test func objectMembersAreSortedByKey() throws {
        let value = try parse(#"{"text": "x", "id": null, "b": [1, "2"]}"#)
        #expect(value.keys == ["b", "id", "text"])
        #expect(value["b"] == [1, "2"])
        #expect(value["id"] == .null)
    }

    @Test func escapedScalarsSurviveParsing() throws {
        let value = try parse(#""e\u0301 \ud83d\ude00 \u0000""#)
        #expect(value == .string("e\u{301} \u{1F600} \u{0}"))
    }

    @Test func wholeNumbersWrittenWithAnExponentAreIntegers() throws {
        #expect(try parse("1e2") == .number(100))
        #expect(try parse("-7") == .number(-7))
    }

    @Test func fractionalNumbersAreRejected() {
        #expect(throws: JSONParseError.self) { try parse(#"{"id": 1.5}"#) }
    }

    @Test func numbersBeyondIntAreRejected() {
        #expect(throws: JSONParseError.self) { try parse("12345678901234567890") }
    }

    @Test func membersThatAreNotKeptAreNotConverted() throws {
        let value = try parse(#"{"weight": 0.5, "text": "Hi"}"#, keeping: ["text", "id"])
        #expect(value == ["text": "Hi"])
    }

    @Test func loneSurrogateEscapeIsAnError() {
        #expect(throws: JSONParseError.self) { try parse(#""\ud800""#) }
    }

    @Test func malformedTextIsAnErrorThatSaysSo() {
        #expect {
            try parse(#"{"text": "#)
        } throws: { error in
            (error as? JSONParseError)?.description.hasPrefix("not valid JSON") == true
        }
    }
}
