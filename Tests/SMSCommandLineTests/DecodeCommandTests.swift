import ArgumentParser
import SMSCore
import Testing
import _SMSTestSupport

@testable import SMSCommandLine

@Suite struct DecodeCommandTests {
    private func usageError(_ arguments: [String]) -> Int32? {
        do {
            _ = try SMSCommand.parseAsRoot(["decode"] + arguments)
            return nil
        } catch {
            return SMSCommand.exitCode(for: error).rawValue
        }
    }

    private func report(parts: [String], udhi: Bool = false, encoding: SMSEncoding = .gsm7) -> DecodeReport {
        DecodeReport(
            inputs: parts.enumerated().map { index, part in
                Result { () throws(InvalidInputError) -> DecodeInput in
                    try DecodeInput(part: part, number: index + 1, udhi: udhi, encoding: encoding)
                }
            },
            reassembling: true
        )
    }

    private func single(
        udh: String? = nil, userData: String, udhi: Bool = false, udl: Int? = nil, encoding: SMSEncoding = .gsm7
    ) -> DecodeReport {
        let input = Result { () throws(InvalidInputError) -> DecodeInput in
            try DecodeInput(udhHex: udh, userDataHex: userData, udhi: udhi, udl: udl, encoding: encoding)
        }
        return DecodeReport(inputs: [input], reassembling: false)
    }

    // MARK: Options

    @Test func exactlyOneInputFormIsRequired() {
        #expect(usageError([]) == 64)
        #expect(usageError(["--user-data-hex", "41", "--part", ":41"]) == 64)
        #expect(usageError(["--part", ":41", "--udl", "1"]) == 64)
        #expect(usageError(["--user-data-hex", "41", "--udh-hex", "00", "--udhi"]) == 64)
        #expect(usageError(["--user-data-hex", "41", "--encoding", "latin1"]) == 64)
        #expect(usageError(["--user-data-hex", "41", "--encoding", "ucs2", "--udl", "1"]) == nil)
        #expect(usageError(["--jsonl"]) == nil)
    }

    @Test func partValuesAreHeaderUserDataAndLength() throws {
        let full = try DecodeInput(part: "050003490501:E86F:9", number: 1, udhi: false, encoding: .gsm7)
        #expect(full == DecodeInput(userData: [0x05, 0x00, 0x03, 0x49, 0x05, 0x01, 0xE8, 0x6F], hasHeader: true, length: 9, encoding: .gsm7))
        let noHeader = try DecodeInput(part: ":E8329BFD06", number: 1, udhi: false, encoding: .gsm7)
        #expect(!noHeader.hasHeader)
        #expect(noHeader.length == nil)
        let withUDHI = try DecodeInput(part: "050003490501E86F", number: 1, udhi: true, encoding: .gsm7)
        #expect(withUDHI.hasHeader)
        #expect(withUDHI.userData.count == 8)
    }

    @Test func badPartValuesNameThePartAndOffset() {
        #expect(throws: InvalidInputError(HexError.invalidDigit("G", offset: 1), prefix: "--part 2: the user data: ")) {
            try DecodeInput(part: ":0G", number: 2, udhi: false, encoding: .gsm7)
        }
        #expect(throws: InvalidInputError("--part 1: TP-UDL \"x\" is not a whole number")) {
            try DecodeInput(part: "00:41:x", number: 1, udhi: false, encoding: .gsm7)
        }
        #expect(throws: InvalidInputError("--part 1: expected UDHHEX:USERDATAHEX[:UDL], got 4 fields")) {
            try DecodeInput(part: "a:b:c:d", number: 1, udhi: false, encoding: .gsm7)
        }
    }

    @Test func headerGivenApartMustBeWhole() {
        #expect(throws: InvalidInputError.self) {
            try DecodeInput(udhHex: "0500034A03", userDataHex: "41", udhi: false, udl: nil, encoding: .gsm7)
        }
        #expect(throws: InvalidInputError(HexError.oddLength(3), prefix: "--udh-hex: ")) {
            try DecodeInput(udhHex: "050", userDataHex: "41", udhi: false, udl: nil, encoding: .gsm7)
        }
        let oneOctet = InvalidInputError("the header's UDHL says 1 octet follows but 2 do; give the whole header, UDHL first")
        #expect(throws: oneOctet) {
            try DecodeInput(udhHex: "010000", userDataHex: "41", udhi: false, udl: nil, encoding: .gsm7)
        }
        let twoOctets = InvalidInputError("the header's UDHL says 2 octets follow but 1 does; give the whole header, UDHL first")
        #expect(throws: twoOctets) {
            try DecodeInput(udhHex: "0200", userDataHex: "41", udhi: false, udl: nil, encoding: .gsm7)
        }
    }

    @Test func jsonLinesTakeThePeerVectorForm() throws {
        let line = Array(#"{"udh": "050003490505", "udl": 9, "ud": "0500034905059A5400"}"#.utf8)
        let input = try DecodeInput(jsonLine: line, lineNumber: 1, encoding: .gsm7)
        #expect(input.hasHeader)
        #expect(input.length == 9)
        #expect(input.userData.count == 9)
        let ucs2 = try DecodeInput(jsonLine: Array(#"{"udh": null, "ud": "0041", "encoding": "ucs2"}"#.utf8), lineNumber: 1, encoding: .gsm7)
        #expect(ucs2.encoding == .ucs2)
        #expect(!ucs2.hasHeader)
        #expect(ucs2.length == nil)
    }

    @Test func jsonLinesWhoseUserDataLacksTheHeaderAreRejected() {
        #expect(throws: InvalidInputError("line 3: \"ud\" must start with \"udh\": it is the whole TP-UD, header included")) {
            try DecodeInput(jsonLine: Array(#"{"udh": "050003490505", "ud": "9A54"}"#.utf8), lineNumber: 3, encoding: .gsm7)
        }
        #expect(throws: InvalidInputError("line 1: \"ud\" (a hex string) is required")) {
            try DecodeInput(jsonLine: Array(#"{"udh": null}"#.utf8), lineNumber: 1, encoding: .gsm7)
        }
        #expect(throws: InvalidInputError.self) {
            try DecodeInput(jsonLine: Array("not json".utf8), lineNumber: 1, encoding: .gsm7)
        }
    }

    // MARK: One part

    @Test func singlePartReportShowsHeaderElementsAndText() {
        // "hello" after a 6-octet concatenation header and one fill bit (TS 23.040 9.2.3.24).
        let report = single(udh: "0500034A0201", userData: "D06536FB0D", udl: 12)
        #expect(
            report.text == """
                encoding: GSM-7
                TP-UDL: 12 septets
                header: 0500034A0201
                  0x00 concatenation (8-bit reference): 4A 02 01 — reference 74 (8-bit), part 1 of 2
                text: hello

                """
        )
        #expect(!report.hasErrors)
    }

    @Test func inferredLengthIsSaidAndPaddingIsFlagged() {
        // "1234567": 7 septets in 7 octets, 7 zero bits of padding.
        let report = single(userData: "31D98C56B3DD00")
        #expect(report.text.contains("TP-UDL: 7 septets (inferred; pass --udl to be exact)"))
        #expect(report.text.contains("taken as padding"))
        #expect(report.text.contains("text: 1234567\n"))
        let exact = single(userData: "31D98C56B3DD00", udl: 8)
        #expect(exact.text.contains("text: 1234567@\n"))
    }

    @Test func ucs2LoneSurrogateAndOddLengthAreNoted() {
        let report = single(userData: "0048D83D00", encoding: .ucs2)
        #expect(report.text.contains("text: H\u{FFFD}\u{FFFD}\n"))
        #expect(report.text.contains("  - octet 2: lone surrogate 0xD83D; shown as U+FFFD\n"))
        #expect(report.text.contains("odd number of octets"))
        #expect(!report.hasErrors)
    }

    @Test func controlCharactersAreEscapedInTextButExactInJSON() {
        let report = single(userData: "0041001B000A", encoding: .ucs2)
        #expect(report.text.contains(#"text: A\u{1B}\n"#))
        #expect(report.json["parts"]?[0]?["text"] == .string("A\u{1B}\n"))
    }

    @Test func singlePartJSONHasNoMessages() {
        let report = single(udh: "0500034A0201", userData: "D06536FB0D", udl: 12)
        let json = report.json
        #expect(json.keys == ["parts"])
        let part = json["parts"]?[0]
        #expect(part?["udh"] == .string("0500034A0201"))
        #expect(part?["udl"] == .number(12))
        #expect(part?["text"] == .string("hello"))
        #expect(part?["elements"]?[0]?["concatenation"]?["reference"] == .number(0x4A))
        #expect(part?["elements"]?[0]?["concatenation"]?["valid"] == .bool(true))
    }

    @Test func undecodableUserDataIsAnErrorWithTheOffset() {
        let report = single(userData: "E832", udl: 5)
        #expect(report.hasErrors)
        #expect(report.text == "error: TP-UDL 5 septets needs 5 octets of TP-UD; 2 given (lengthExceedsData)\n")
        // TP-UD ends after octet 2: the offset counts octets of the user data.
        #expect(report.json["parts"]?[0]?["error"] == [
            "code": "lengthExceedsData", "message": "TP-UDL 5 septets needs 5 octets of TP-UD; 2 given", "offset": 2,
        ])
    }

    @Test func hugeUDLIsAnErrorNotACrash() {
        let report = single(userData: "41", udl: .max)
        #expect(report.hasErrors)
        #expect(report.text.hasPrefix("error: TP-UDL \(Int.max) septets needs"))
    }

    // MARK: Several parts

    @Test(arguments: PeerVectors.packedGSM7)
    func peerPartsReassembleToTheWholeText(vector: PeerMessage) throws {
        let packed = try #require(vector.gsm7Packed.value)
        let lines = packed.map { part -> [UInt8] in
            let udh = part.udh.map { "\"\($0)\"" } ?? "null"
            let udl = part.udl.map(String.init) ?? "null"
            return Array(#"{"udh": \#(udh), "ud": "\#(part.ud)", "udl": \#(udl)}"#.utf8)
        }
        let inputs = lines.enumerated().reversed().map { index, line in
            Result { () throws(InvalidInputError) -> DecodeInput in
                try DecodeInput(jsonLine: line, lineNumber: index + 1, encoding: .gsm7)
            }
        }
        let report = DecodeReport(inputs: Array(inputs), reassembling: true)
        #expect(!report.hasErrors)
        let message = try #require(report.json["messages"]?[0])
        #expect(message["complete"] == .bool(true))
        #expect(message["text"] == .string(vector.text))
        #expect(message["issues"] == .array([]))
    }

    @Test func missingDuplicateAndConflictingPartsAreReported() {
        // Parts of reference 1, total 3: part 1 twice (same), part 2 twice (different), no part 3.
        let one = "050003010301:82"  // "A" after one fill bit
        let report = self.report(parts: [one, "050003010302:84", one, "050003010302:86"])
        #expect(
            report.text.hasSuffix(
                """
                message 1: reference 1 (8-bit), 3 parts, incomplete (inputs #1, #2, #3, #4)
                  missing: 3
                  issues:
                    - part 1 arrived more than once with the same payload (inputs #1, #3); the first is used
                    - inputs #2, #4 all claim part 2 but carry different payloads
                    - part 3 is missing

                """
            )
        )
        let message = report.json["messages"]?[0]
        #expect(message?["complete"] == .bool(false))
        #expect(message?["text"] == .null)
        #expect(message?["missing"] == [["first": 3, "last": 3]])
        #expect(message?["missingCount"] == 1)
        #expect(message?["slots"]?[1]?["inputs"] == .array([.number(2), .number(4)]))
        #expect(message?["issues"]?[1]?["kind"] == .string("conflictingParts"))
    }

    /// Issue 12: one part that claims 255 parts is answered with one run, not 254 entries.
    @Test func aPartClaimingManyPartsIsAnsweredWithOneRunOfMissingParts() {
        // Reference 9, total 255, sequence 1; then sequence 7 of the same message.
        let report = self.report(parts: ["05000309FF01:82", "05000309FF07:82"])
        #expect(
            report.text.hasSuffix(
                """
                message 1: reference 9 (8-bit), 255 parts, incomplete (inputs #1, #2)
                  missing: 2-6, 8-255 (253 parts)
                  issues:
                    - parts 2 to 6 are missing (5 parts)
                    - parts 8 to 255 are missing (248 parts)

                """
            )
        )
        let message = report.json["messages"]?[0]
        #expect(message?["missing"] == [["first": 2, "last": 6], ["first": 8, "last": 255]])
        #expect(message?["missingCount"] == 253)
        #expect(message?["slots"] == [["sequence": 1, "inputs": [1]], ["sequence": 7, "inputs": [2]]])
        #expect(message?["issues"]?[1] == [
            "kind": "missingParts", "sequence": 8, "lastSequence": 255, "inputs": [],
            "description": "parts 8 to 255 are missing (248 parts)",
        ])
    }

    @Test func unusableConcatenationAndPartsWithoutHeaderStandAlone() {
        // Sequence 4 of 3 (TS 23.040 9.2.3.24.1: ignore the element), then a plain part.
        let report = self.report(parts: ["050003010304:82", ":41"])
        #expect(report.text.contains("message 1: one part without a usable concatenation header (input #1)"))
        #expect(report.text.contains("unusable concatenation element"))
        #expect(report.json["messages"]?[1]?["reference"] == .null)
        #expect(report.json["messages"]?[1]?["text"] == .string("A"))
    }

    @Test func escapeSplitAcrossPartsIsJoined() {
        // Part 1: "A" + ESC; part 2: 0x65 ("€" completed) after one fill bit each.
        let first = SeptetPacking.packed([0x41, 0x1B], fillBits: 1)
        let second = SeptetPacking.packed([0x65], fillBits: 1)
        let report = self.report(parts: ["050003090201:" + Hex.encode(first), "050003090202:" + Hex.encode(second)])
        #expect(report.json["messages"]?[0]?["text"] == .string("A€"))
        #expect(report.text.contains("a character is split between part 1 and the next (inputs #1, #2); joined"))
    }

    @Test func aBadPartIsReportedAndTheOthersStillDecode() {
        let report = self.report(parts: ["050003010201:82", ":ZZ"])
        #expect(report.hasErrors)
        #expect(report.text.contains("input #2:\n  error: --part 2: the user data: \"Z\" at offset 0 is not a hex digit (invalidDigit)\n"))
        #expect(report.json["parts"]?[1]?["error"] == [
            "code": "invalidDigit", "message": "--part 2: the user data: \"Z\" at offset 0 is not a hex digit", "offset": 0,
        ])
        #expect(report.json["messages"]?[0]?["missing"] == [["first": 2, "last": 2]])
    }
}
