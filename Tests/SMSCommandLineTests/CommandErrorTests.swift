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
            CommandError(JSONParseError(description: "not valid JSON")),
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
        #expect(CommandError(JSONParseError(description: "not valid JSON")).json["code"] == "invalidJSON")
    }

    @Test func wrappedErrorsKeepTheirCodeAndOffset() {
        let error = InvalidInputError(HexError.oddLength(3), prefix: "--udh-hex: ")
        #expect(error.code.rawValue == "oddLength")
        #expect(error.offset == 2)
        #expect(error.description == "--udh-hex: odd number of hex digits (3); the last octet is incomplete")
    }
}
