import Testing

@testable import SMSCommandLine

@Suite struct JSONWriterTests {
    @Test func objectMembersComeOutInTheOrderTheyWereBuilt() {
        let value: JSONValue = ["zeta": 1, "alpha": 2, "mid": [true, false, nil]]
        #expect(value.serialized() == #"{"zeta":1,"alpha":2,"mid":[true,false,null]}"#)
    }

    @Test func quotesAndBackslashesAreEscaped() {
        let value: JSONValue = .string(#"say "hi" \o/"#)
        #expect(value.serialized() == #""say \"hi\" \\o/""#)
    }

    @Test func controlCharactersUseShortFormsWhereJSONHasThem() {
        let value: JSONValue = .string("\u{08}\u{09}\u{0A}\u{0C}\u{0D}")
        #expect(value.serialized() == #""\b\t\n\f\r""#)
    }

    @Test func otherControlCharactersBelowSpaceAreUnicodeEscapes() {
        let value: JSONValue = .string("\u{00}\u{01}\u{1B}\u{1F} ")
        #expect(value.serialized() == #""\u0000\u0001\u001b\u001f ""#)
    }

    @Test func deleteAndNonASCIIAreWrittenAsUTF8() {
        let value: JSONValue = .string("\u{7F}é€👋\u{2027}\u{202A}")
        #expect(value.serialized() == "\"\u{7F}é€👋\u{2027}\u{202A}\"")
    }

    @Test func lineAndParagraphSeparatorsAreEscapedAsGoDoes() {
        // Go's encoding/json writes "a\u2028b\u2029c" for this string; so must we, so that
        // Python's str.splitlines and pre-ES2019 JavaScript read one line.
        let written = JSONValue.string("a\u{2028}b\u{2029}c").serialized()
        #expect(written == #""a\u2028b\u2029c""#)
        #expect(written.split(whereSeparator: \.isNewline).count == 1)
    }

    @Test func decomposedTextKeepsItsScalars() {
        let written = JSONValue.string("e\u{301}").serialized()
        #expect(Array(written.unicodeScalars) == ["\"", "e", "\u{301}", "\""])
    }

    @Test func numbersAreWrittenAsIntegers() {
        let value: JSONValue = [0, -3, .number(Int.max)]
        #expect(value.serialized() == "[0,-3,9223372036854775807]")
    }

    @Test func emptyContainersStayEmpty() {
        let value: JSONValue = ["a": [], "o": .object([])]
        #expect(value.serialized() == #"{"a":[],"o":{}}"#)
        #expect(value.serialized(pretty: true) == "{\n  \"a\": [],\n  \"o\": {}\n}")
    }

    @Test func prettyOutputIndentsByTwoAndKeepsFlatArraysOnOneLine() {
        let value: JSONValue = ["range": [0, 153], "segments": [["udh": ""]]]
        let expected = """
            {
              "range": [0, 153],
              "segments": [
                {
                  "udh": ""
                }
              ]
            }
            """
        #expect(value.serialized(pretty: true) == expected)
    }

    @Test func equalityComparesStringsScalarByScalar() {
        #expect(JSONValue.string("e\u{301}") != JSONValue.string("\u{E9}"))
        #expect(JSONValue.object([("a", 1), ("b", 2)]) != JSONValue.object([("b", 2), ("a", 1)]))
    }
}

/// Reports too large to hold are written member by member; the text must not change.
@Suite struct StreamingJSONWriterTests {
    @Test(arguments: [true, false])
    func streamingAnObjectWritesWhatWritingItWholeWrites(pretty: Bool) {
        let members: [(String, JSONWriter.StreamedMember)] = [
            ("id", .value(["a": [1, 2], "b": nil])),
            ("none", .elements(AnySequence([]))),
            ("some", .elements(AnySequence([["x": 1], ["y": [true, "\u{2028}"]]]))),
            ("scalars", .value([1, 2, 3])),
        ]
        var streamed = ""
        JSONWriter(pretty: pretty).writeObject(streaming: members, to: { streamed += $0 })
        let whole = JSONWriter(pretty: pretty).write(.object(members.map { ($0.0, $0.1.value) }))
        #expect(streamed == whole + "\n")
    }

    @Test func aLargeArrayIsHandedOverInPieces() {
        var pieces = 0
        var total = ""
        let elements = (0..<20_000).lazy.map { index -> JSONValue in ["n": .number(index)] }
        JSONWriter.compact.writeObject(streaming: [("all", .elements(AnySequence(elements)))], to: {
            pieces += 1
            total += $0
        })
        #expect(pieces > 1)
        #expect(total.hasPrefix(#"{"all":[{"n":0},{"n":1},"#))
        #expect(total.hasSuffix(#"{"n":19999}]}"# + "\n"))
    }
}
