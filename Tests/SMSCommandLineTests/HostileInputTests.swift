import Foundation
import SMSCore
import Testing

@_spi(Harness) @testable import SMSCommandLine

/// Issue 12, tried as an attacker would: each row of its tables, run through the whole command
/// (arguments' bytes, standard input, output, exit status) in memory. The expectations are
/// bounds that follow from the input (one run of missing parts per message, 100 characters
/// listed) and the errors the documentation promises; speed is measured in `Benchmarks/`.
@Suite struct HostileInputTests {
    private func run(_ arguments: [String], input: String = "", keepsOutput: Bool = true) -> CommandHarness.Outcome {
        CommandHarness.run(arguments: arguments, input: Array(input.utf8), keepsOutput: keepsOutput)
    }

    // MARK: Bounded memory and output

    /// Rows 1 and 2: one-part lines that each claim 255 parts. Each message gets one run of
    /// missing parts, not 254 entries, so the output grows by a bounded amount per line.
    @Test func partsClaiming255PartsCostABoundedAnswerEach() throws {
        let lineCount = 5_000
        let lines = (0..<lineCount).map { index in
            #"{"udh": "0500030\#(index % 10)FF01", "ud": "0500030\#(index % 10)FF0182", "udl": 8}"#
        }
        let outcome = run(["decode", "--jsonl", "--json"], input: lines.joined(separator: "\n"), keepsOutput: true)
        #expect(outcome.status == 0)
        let report = try JSONValue.parse(Array(outcome.output.utf8))
        let messages = try #require(report["messages"]?.arrayValue)
        // Ten references, each with 500 copies of part 1: duplicates of one slot.
        #expect(messages.count == 10)
        for message in messages {
            #expect(message["missing"] == [["first": 2, "last": 255]])
            #expect(message["missingCount"] == 254)
            #expect(message["slots"]?.arrayValue?.count == 1)
            #expect(message["issues"]?.arrayValue?.count == 2)  // one duplicate, one run missing
        }
        // The answer is about as large as the input's parts, not 254 issues per line.
        #expect(outcome.outputByteCount < 1_000 * lineCount)
    }

    /// As above, each line a message of its own (distinct references): one run each.
    @Test func distinctMessagesClaiming255PartsGetOneRunEach() throws {
        let lines = (0..<2_000).map { index in
            let reference = String(index, radix: 16, uppercase: true)
            let padded = String(repeating: "0", count: 4 - reference.count) + reference
            return #"{"udh": "060804\#(padded)FF01", "ud": "060804\#(padded)FF0141"}"#
        }
        let outcome = run(["decode", "--jsonl"], input: lines.joined(separator: "\n"))
        #expect(outcome.status == 0)
        #expect(outcome.output.components(separatedBy: "  missing: 2-255 (254 parts)\n").count - 1 == 2_000)
        #expect(!outcome.output.contains("part 3 is missing"))
    }

    /// Rows 4 and 5: a long text of characters GSM-7 cannot carry. They are counted, and 100
    /// are listed unless all are asked for.
    @Test(arguments: ["漢", "á"])
    func nonGSMCharactersAreCountedAndAHundredListed(character: String) throws {
        let count = 20_000
        let text = String(repeating: character, count: count)
        let outcome = run(["analyze", "--json", text])
        #expect(outcome.status == 1)  // far more than 255 parts
        let value = try JSONValue.parse(Array(outcome.output.utf8))
        #expect(value["nonGSMCount"] == .number(count))
        #expect(value["nonGSM"]?.arrayValue?.count == 100)
        #expect(value["nonGSM"]?[99]?["scalarOffset"] == 99)
        #expect(value["error"]?["code"] == "tooManyParts")
        // The output is the hex of the text plus a bounded remainder.
        #expect(outcome.outputByteCount < 4 * count + 20_000)

        let all = try JSONValue.parse(Array(run(["analyze", "--json", "--all-non-gsm", text]).output.utf8))
        #expect(all["nonGSM"]?.arrayValue?.count == count)
    }

    @Test func theTextReportSaysHowManyCharactersItDoesNotList() {
        let outcome = run(["analyze", String(repeating: "👋", count: 150)])
        #expect(outcome.output.contains("Characters that forced UCS-2 (150; the first 100 are marked and listed):"))
        #expect(outcome.output.contains("  … and 50 more; --all-non-gsm lists them all\n"))
        #expect(outcome.output.components(separatedBy: "U+1F44B '👋'").count - 1 == 100)
    }

    @Test func aJSONLinesRequestMayAskForEveryCharacter() throws {
        let line = #"{"id": 1, "text": "\#(String(repeating: "ж", count: 120))", "allNonGSM": true}"#
        let outcome = run(["analyze", "--jsonl"], input: line + "\n" + line.replacingOccurrences(of: "true", with: "false"))
        let answers = try outcome.output.split(separator: "\n").map { try JSONValue.parse(Array($0.utf8)) }
        #expect(answers.map { $0["nonGSM"]?.arrayValue?.count } == [120, 100])
        #expect(answers.map { $0["nonGSMCount"] } == [120, 120])
    }

    // MARK: One policy for odd bytes

    @Test(arguments: [["analyze"], ["validate"], ["decode", "--user-data-hex"]])
    func anArgumentThatIsNotUTF8IsAnErrorWithItsOffset(command: [String]) {
        let arguments = command.map { Array($0.utf8) } + [[0x61, 0x62, 0xFF, 0x63, 0x64]]
        let outcome = CommandHarness.run(argumentBytes: arguments, input: [])
        #expect(outcome.status == 1)
        #expect(outcome.output.isEmpty)
        #expect(outcome.errorOutput == "Error: argument \(command.count + 1): the input is not valid UTF-8: byte 0xFF at offset 2 (invalidUTF8)\n")
    }

    @Test func anArgumentThatIsNotUTF8IsAJSONErrorWithJSON() throws {
        let outcome = CommandHarness.run(argumentBytes: [Array("analyze".utf8), Array("--json".utf8), [0xC3, 0x28]], input: [])
        #expect(outcome.status == 1)
        let value = try JSONValue.parse(Array(outcome.output.utf8))
        #expect(value["error"] == [
            "code": "invalidUTF8", "message": "argument 3: the input is not valid UTF-8: byte 0xC3 at offset 0", "offset": 0,
        ])
    }

    /// A 160-letter text with a byte order mark is one GSM-7 part, and the mark is reported.
    @Test func aByteOrderMarkOnStandardInputIsRemovedAndReported() throws {
        let outcome = run(["analyze", "--json"], input: "\u{FEFF}" + String(repeating: "a", count: 160) + "\n")
        #expect(outcome.status == 0)
        let value = try JSONValue.parse(Array(outcome.output.utf8))
        #expect(value["encoding"] == "GSM-7")
        #expect(value["parts"] == 1)
        #expect(value["units"] == 160)
        #expect(outcome.errorOutput == "note: removed the byte order mark (U+FEFF) at the start of standard input\n")
        // Inside a text given as an argument, U+FEFF is a character like any other.
        let argument = try JSONValue.parse(Array(run(["analyze", "--json", "\u{FEFF}a"]).output.utf8))
        #expect(argument["encoding"] == "UCS-2")
    }

    @Test func aByteOrderMarkIsRemovedAndReportedInEveryMode() throws {
        let mark = "\u{FEFF}"
        let validate = run(["validate"], input: mark + "+44 7700 900123\n")
        #expect(validate.status == 0)
        #expect(validate.output == "\"+44 7700 900123\" -> 447700900123 (+447700900123)\n")
        #expect(validate.errorOutput.contains("removed the byte order mark"))

        let jsonl = run(["analyze", "--jsonl"], input: mark + #"{"id": 1, "text": "Hi"}"# + "\n")
        #expect(try JSONValue.parse(Array(jsonl.output.utf8))["units"] == 2)
        #expect(jsonl.errorOutput.contains("removed the byte order mark"))

        let decode = run(["decode", "--jsonl", "--json"], input: mark + #"{"ud": "C834", "udl": 2}"# + "\n")
        #expect(decode.status == 0)
        #expect(try JSONValue.parse(Array(decode.output.utf8))["parts"]?[0]?["text"] == "Hi")
        #expect(decode.errorOutput.contains("removed the byte order mark"))
    }

    @Test func invalidUTF8OnStandardInputIsAnErrorWithItsOffsetInEveryMode() throws {
        let bad: [UInt8] = Array("+44 7700".utf8) + [0xFF] + Array(" 900123\n+1 202 555 0143\n".utf8)
        let validate = CommandHarness.run(arguments: ["validate", "--json"], input: bad)
        #expect(validate.status == 1)
        let lines = try validate.output.split(separator: "\n").map { try JSONValue.parse(Array($0.utf8)) }
        #expect(lines.count == 2)
        #expect(lines[0]["error"] == [
            "code": "invalidUTF8", "message": "line 1: the input is not valid UTF-8: byte 0xFF at offset 8", "offset": 8,
        ])
        #expect(lines[1]["valid"] == true)

        let analyze = CommandHarness.run(arguments: ["analyze"], input: [0x61, 0xFF])
        #expect(analyze.status == 1)
        #expect(analyze.errorOutput == "Error: the input is not valid UTF-8: byte 0xFF at offset 1 (invalidUTF8)\n")

        let decode = CommandHarness.run(arguments: ["decode", "--jsonl", "--json"], input: Array(#"{"ud": ""#.utf8) + [0xFE] + Array(#""}"#.utf8))
        #expect(decode.status == 1)
        #expect(try JSONValue.parse(Array(decode.output.utf8))["parts"]?[0]?["error"]?["code"] == "invalidUTF8")
    }

    @Test(arguments: ["", "\n  \n\r\n"])
    func validateWithNoAddressOnStandardInputIsAnError(input: String) throws {
        let text = run(["validate"], input: input)
        #expect(text.status == 1)
        #expect(text.output.isEmpty)
        #expect(text.errorOutput == "Error: standard input holds no address to validate (every line is blank) (emptyInput)\n")
        let json = run(["validate", "--json"], input: input)
        #expect(json.status == 1)
        #expect(try JSONValue.parse(Array(json.output.utf8))["error"]?["code"] == "emptyInput")
    }

    // MARK: --jsonl

    @Test func decodeJSONLinesEchoEachLinesId() throws {
        let input = [
            #"{"id": "a", "udh": "050003070201", "ud": "05000307020182", "udl": 8}"#,
            #"{"id": {"n": 2}, "ud": 12}"#,
            #"{"udh": "050003070202", "ud": "05000307020284", "udl": 8, "extra": [[[1e999]]]}"#,
        ].joined(separator: "\n")
        let outcome = run(["decode", "--jsonl", "--json"], input: input)
        #expect(outcome.status == 1)  // line 2 cannot be used
        let parts = try #require(try JSONValue.parse(Array(outcome.output.utf8))["parts"]?.arrayValue)
        #expect(parts.map { $0["id"] } == [.string("a"), ["n": 2], .null])
        #expect(parts[1]["error"]?["message"] == #"line 2: "ud" must be a string, not 12"#)
        #expect(parts[2]["text"] == "B")
    }

    /// `--udhi` applies to `--jsonl` lines that do not give the header apart.
    @Test func decodeJSONLinesHonourUDHI() throws {
        let line = #"{"ud": "05000307010182", "udl": 8}"#
        let without = try JSONValue.parse(Array(run(["decode", "--jsonl", "--json"], input: line).output.utf8))
        #expect(without["parts"]?[0]?["elements"] == [])
        let with = try JSONValue.parse(Array(run(["decode", "--jsonl", "--json", "--udhi"], input: line).output.utf8))
        #expect(with["parts"]?[0]?["elements"]?.arrayValue?.count == 1)
        #expect(with["parts"]?[0]?["text"] == "A")
        #expect(with["messages"]?[0]?["reference"] == 7)
    }

    @Test func aConcatenationElementOfTheWrongLengthIsListedAsUnusable() throws {
        // IEI 0x00 with 4 octets of data (it must have 3).
        let outcome = run(["decode", "--udh-hex", "060004070201FF", "--user-data-hex", "41", "--udl", "9"])
        #expect(outcome.output.contains("0x00 concatenation (8-bit reference): 07 02 01 FF — unusable: an 8-bit concatenation element has 3 octets of data, not 4 (TS 23.040 9.2.3.24.1)"))
        let json = try JSONValue.parse(Array(run(["decode", "--json", "--udh-hex", "060004070201FF", "--user-data-hex", "41", "--udl", "9"]).output.utf8))
        #expect(json["parts"]?[0]?["elements"]?[0]?["concatenation"] == [
            "reference": nil, "referenceBits": 8, "total": nil, "sequence": nil, "valid": false,
            "problem": "an 8-bit concatenation element has 3 octets of data, not 4",
        ])
        #expect(json["parts"]?[0]?["text"] == "A")
    }
}
