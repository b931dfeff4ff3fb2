@testable import ClickatellSandbox
import Testing

@Suite("sendmsg")
struct SendMessageTests {
    static let recipient = "447700900123"

    @Test func oneRecipientAnswersIDWithoutTo() async {
        let sandbox = SandboxFixture()
        let answer = await sandbox.call("sendmsg", [("to", Self.recipient), ("text", "Hello")])
        #expect(answer.hasPrefix("ID: "))
        #expect(isHexID(answer.dropFirst(4)))
    }

    @Test func anEmptyOrMissingTextIs107() async {
        let sandbox = SandboxFixture()
        #expect(await sandbox.call("sendmsg", [("to", Self.recipient), ("text", "")]) == "ERR: 107, Empty message")
        #expect(await sandbox.call("sendmsg", [("to", Self.recipient)]) == "ERR: 107, Empty message")
    }

    @Test func aMissingRecipientOrABadParameterIs101() async {
        let sandbox = SandboxFixture()
        #expect(await sandbox.call("sendmsg", [("text", "Hi")]) == "ERR: 101, Invalid or missing parameters")
        for (name, value) in [("callback", "8"), ("concat", "0"), ("concat", "36"), ("unicode", "2"), ("deliv_ack", "yes"), ("cliMsgId", String(repeating: "x", count: 33))] {
            let answer = await sandbox.call("sendmsg", [("to", Self.recipient), ("text", "Hi"), (name, value)])
            #expect(answer == "ERR: 101, Invalid or missing parameters", "\(name)=\(value)")
        }
    }

    @Test func otherParameterErrorsHaveTheirOwnCodes() async {
        let sandbox = SandboxFixture()
        #expect(await sandbox.call("sendmsg", [("to", Self.recipient), ("text", "Hi"), ("msg_type", "SMS_BOGUS")]) == "ERR: 112, Invalid message type")
        #expect(await sandbox.call("sendmsg", [("to", Self.recipient), ("text", "Hi"), ("from", "ThisIsTooLongASender")]) == "ERR: 106, Invalid Source Address")
        #expect(await sandbox.call("sendmsg", [("to", Self.recipient), ("text", "Hi"), ("deliv_time", "10081")]) == "ERR: 120, Invalid delivery time")
        #expect(await sandbox.call("sendmsg", [("to", Self.recipient), ("text", "Hi"), ("scheduled_time", "2099-01-01T00:00:00Z")]) == "ERR: 120, Invalid delivery time")
        #expect(await sandbox.call("sendmsg", [("to", Self.recipient), ("text", "Hi"), ("udh", "05000")]) == "ERR: 102, Invalid user data header")
    }

    @Test func aBadRecipientIs105() async {
        let sandbox = SandboxFixture()
        for bad in ["12", "+447700900123", "44 7700", "abc", "9991234567"] {
            #expect(await sandbox.call("sendmsg", [("to", bad), ("text", "Hi")]) == "ERR: 105, Invalid Destination Address", "\(bad)")
        }
    }

    @Test func aRejectedPrefixIs105EvenForAValidNumber() async {
        let sandbox = SandboxFixture { $0.rejectPrefixes = ["4477009"] }
        #expect(await sandbox.call("sendmsg", [("to", Self.recipient), ("text", "Hi")]) == "ERR: 105, Invalid Destination Address")
    }

    @Test func aListAnswersOneLinePerRecipientMixingIDAndERR() async {
        let sandbox = SandboxFixture { $0.rejectPrefixes = ["4477009001"] }
        let answer = await sandbox.call("sendmsg", [("to", "447700900123,12,447700800123,4477009001999"), ("text", "Hi")])
        let lines = answer.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0] == "ERR: 105, Invalid Destination Address To: 447700900123")
        #expect(lines[1] == "ERR: 105, Invalid Destination Address To: 12")
        #expect(lines[2].hasPrefix("ID: ") && lines[2].hasSuffix(" To: 447700800123"))
        #expect(isHexID(lines[2].dropFirst(4).prefix(32)))
        #expect(lines[3] == "ERR: 105, Invalid Destination Address To: 4477009001999")
    }

    @Test func anEmptyListEntryIs105WithAnEmptyTo() async {
        let sandbox = SandboxFixture()
        let answer = await sandbox.call("sendmsg", [("to", "447700900123,"), ("text", "Hi")])
        #expect(answer.split(separator: "\n", omittingEmptySubsequences: false).last == "ERR: 105, Invalid Destination Address To: ")
    }

    @Test func moreRecipientsThanAGETAllowsIs101() async {
        let sandbox = SandboxFixture()
        let list = Array(repeating: Self.recipient, count: 301).joined(separator: ",")
        #expect(await sandbox.call("sendmsg", [("to", list), ("text", "Hi")]) == "ERR: 101, Invalid or missing parameters")
    }

    // TS 23.038 / the reference §7: 160 septets fit one part, 153 per part after that.
    @Test func moreGSMPartsThanConcatIs113() async {
        let sandbox = SandboxFixture()
        let single = String(repeating: "a", count: 160)
        let double = String(repeating: "a", count: 161)
        #expect(await sandbox.call("sendmsg", [("to", Self.recipient), ("text", single), ("concat", "1")]).hasPrefix("ID: "))
        #expect(await sandbox.call("sendmsg", [("to", Self.recipient), ("text", double), ("concat", "1")]) == "ERR: 113, Maximum message parts exceeded")
        #expect(await sandbox.call("sendmsg", [("to", Self.recipient), ("text", double), ("concat", "2")]).hasPrefix("ID: "))
        // The default concat is 3: 3 × 153 = 459 septets.
        #expect(await sandbox.call("sendmsg", [("to", Self.recipient), ("text", String(repeating: "a", count: 459))]).hasPrefix("ID: "))
        #expect(await sandbox.call("sendmsg", [("to", Self.recipient), ("text", String(repeating: "a", count: 460))]) == "ERR: 113, Maximum message parts exceeded")
    }

    // The reference §7: 70 UCS-2 characters fit one part.
    @Test func moreUnicodePartsThanConcatIs113() async {
        let sandbox = SandboxFixture()
        let seventy = String(repeating: "03A9", count: 70)
        let seventyOne = String(repeating: "03A9", count: 71)
        #expect(await sandbox.call("sendmsg", [("to", Self.recipient), ("text", seventy), ("unicode", "1"), ("concat", "1")]).hasPrefix("ID: "))
        #expect(await sandbox.call("sendmsg", [("to", Self.recipient), ("text", seventyOne), ("unicode", "1"), ("concat", "1")])
            == "ERR: 113, Maximum message parts exceeded")
    }

    @Test func badHexWithUnicodeIs116() async {
        let sandbox = SandboxFixture()
        for bad in ["03A", "03A903AX", "Hello", "D83D0041"] {
            #expect(await sandbox.call("sendmsg", [("to", Self.recipient), ("text", bad), ("unicode", "1")]) == "ERR: 116, Invalid Unicode data", "\(bad)")
        }
    }

    @Test func theTextIsStoredDecodedFromUCS2HexAndFromWindows1252() async throws {
        let sandbox = SandboxFixture()
        _ = await sandbox.call("sendmsg", [("to", Self.recipient), ("text", "03A903A80398"), ("unicode", "1")])
        // Windows-1252 octets: £ is A3, € is 80 (the reference's §7).
        let request = SandboxRequest(
            method: "GET", path: "/http/sendmsg",
            query: SandboxFixture.encode(SandboxFixture.credentials) + "&to=\(Self.recipient)&text=%A3%80+ok")
        _ = await sandbox.emulator.respond(to: request)
        let json = await sandbox.emulator.respond(to: SandboxRequest(method: "GET", path: "/sandbox/messages")).text
        #expect(json.contains(#""text":"ΩΨΘ","unicode":true"#))
        #expect(json.contains(#""text":"£€ ok","unicode":false"#))
    }

    @Test func aClientMessageIDIsKeptAndFindsTheMessage() async {
        let sandbox = SandboxFixture()
        let id = await sandbox.send([("to", Self.recipient), ("text", "Hi"), ("cliMsgId", "order-42")])
        #expect(await sandbox.call("querymsg", [("climsgid", "order-42")]) == "ID: \(id) Status: 001")
    }
}
