import SMSCore
import Testing

@testable import SMSCommandLine

@Suite struct CommandErrorTests {
    @Test func everyErrorIsTheSameThreeKeys() {
        let errors: [CommandError] = [
            CommandError(HexError.invalidDigit("G", offset: 3)),
            CommandError(SegmentationError.tooManyParts(needed: 4, maxParts: 3)),
            CommandError(InvalidInputError("the reference size must be 8 or 16 bits, not 12")),
            CommandError(UTF8Input.InvalidUTF8Error(byteOffset: 2, byte: 0xFF)),
            CommandError(JSONParseError(code: .invalidJSON, description: "unterminated string at byte 9", offset: 9, readMembers: [])),
            CommandError(JSONRequest.LineTooLongError(byteCount: 20_000_000)),
            CommandError(StandardInput.ReadError(errorNumber: 5)),
        ]
        for error in errors {
            #expect(error.json.keys == ["code", "message", "offset"])
        }
    }

    @Test func offsetIsNullWhenThereIsNone() {
        let error = CommandError(SegmentationError.tooManyParts(needed: 4, maxParts: 3))
        #expect(error.json.serialized() == #"{"code":"tooManyParts","message":"the text needs 4 parts but at most 3 are allowed","offset":null}"#)
        #expect(error.text == "the text needs 4 parts but at most 3 are allowed (tooManyParts)")
    }

    @Test func offsetKeepsTheInputsUnit() {
        #expect(CommandError(HexError.invalidDigit("G", offset: 3)).json["offset"] == 3)
        #expect(CommandError(UTF8Input.InvalidUTF8Error(byteOffset: 2, byte: 0xFF)).json["code"] == "invalidUTF8")
        #expect(CommandError(UTF8Input.InvalidUTF8Error(byteOffset: 2, byte: 0xFF)).json["offset"] == 2)
        #expect(CommandError(StandardInput.ReadError(errorNumber: 5)).json["code"] == "readFailed")
        #expect(CommandError(JSONParseError(code: .invalidJSON, description: "x at byte 9", offset: 9, readMembers: [])).json["offset"] == 9)
        #expect(CommandError(JSONRequest.LineTooLongError(byteCount: 20_000_000)).json == [
            "code": "lineTooLong",
            "message": "the line has 20000000 bytes, more than the limit of 16777216 bytes a line may have",
            "offset": 16_777_216,
        ])
    }

    @Test func wrappedErrorsKeepTheirCodeAndOffset() {
        let error = InvalidInputError(HexError.oddLength(3), prefix: "--udh-hex: ")
        #expect(error.code.rawValue == "oddLength")
        #expect(error.offset == 2)
        #expect(error.description == "--udh-hex: odd number of hex digits (3); the last octet is incomplete")
    }
}
