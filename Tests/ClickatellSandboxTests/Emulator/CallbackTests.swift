@testable import ClickatellSandbox
import Testing

@Suite("Status callbacks and inbound messages")
struct CallbackTests {
    static let url = "http://127.0.0.1:9/status"

    func makeSandbox(delay: Double = 10) -> SandboxFixture {
        SandboxFixture {
            $0.callbackURL = Self.url
            $0.moCallbackURL = "http://127.0.0.1:9/mo"
            $0.deliveryDelay = delay
        }
    }

    @Test(arguments: [(0, [String]()), (1, ["003"]), (2, ["004"]), (3, ["003", "004"]), (4, []), (5, ["003"]), (6, ["004"]), (7, ["003", "004"])])
    func theCallbackValueSelectsTheStatuses(callback: Int, expected: [String]) async {
        let sandbox = makeSandbox(delay: 0)
        _ = await sandbox.send([("to", "447700900123"), ("text", "Hi"), ("callback", String(callback))])
        let due = await sandbox.emulator.dueCallbacks()
        #expect(due.map { $0["status"] ?? "" } == expected)
        #expect(await sandbox.emulator.dueCallbacks().isEmpty)
    }

    @Test func callbacksComeWhenTheClockReachesEachStatus() async {
        let sandbox = makeSandbox(delay: 10)
        let id = await sandbox.send([("to", "447700900123"), ("text", "Hi"), ("callback", "3"), ("cliMsgId", "c1"), ("from", "SANDBOX")])
        #expect(await sandbox.emulator.dueCallbacks().isEmpty)
        sandbox.clock.advance(by: 5)
        let gateway = await sandbox.emulator.dueCallbacks()
        #expect(gateway.count == 1)
        let callback = gateway[0]
        #expect(callback.kind == .status)
        #expect(callback.url == Self.url)
        #expect(callback.fields.map(\.name) == ["api_id", "apiMsgId", "cliMsgId", "to", "from", "timestamp", "status", "charge"])
        #expect(callback["apiMsgId"] == id)
        #expect(callback["cliMsgId"] == "c1")
        #expect(callback["to"] == "447700900123")
        #expect(callback["from"] == "SANDBOX")
        #expect(callback["timestamp"] == String(Int(SandboxFixture.start) + 5))
        #expect(callback["status"] == "003")
        #expect(callback["charge"] == "1.000000")
        sandbox.clock.advance(by: 5)
        #expect(await sandbox.emulator.dueCallbacks().map { $0["status"] } == ["004"])
    }

    @Test func aCancelledMessageSendsNoCallback() async {
        let sandbox = makeSandbox()
        let id = await sandbox.send([("to", "447700900123"), ("text", "Hi"), ("callback", "7"), ("deliv_time", "60")])
        _ = await sandbox.call("delmsg", [("apimsgid", id)])
        sandbox.clock.advance(by: 7200)
        #expect(await sandbox.emulator.dueCallbacks().isEmpty)
    }

    @Test func theStatusCallbackBodyIsAForm() {
        let callback = SandboxCallback(kind: .status, url: Self.url, fields: [.init("apiMsgId", "ab"), .init("cliMsgId", "a b&c")])
        #expect(callback.formBody == "apiMsgId=ab&cliMsgId=a+b%26c")
    }

    @Test func anInboundMessageIsOneCallbackPerPartWithItsUDH() async {
        let sandbox = makeSandbox()
        let text = String(repeating: "x", count: 200)
        let answer = await sandbox.emulator.respond(to: SandboxRequest(
            method: "POST", path: "/sandbox/inbound",
            body: Array(#"{"from":"447700900123","to":"27123456789","text":"\#(text)"}"#.utf8)))
        #expect(answer.status == 200)
        #expect(answer.text.hasPrefix(#"{"moMessageIds":["#))
        let due = await sandbox.emulator.dueCallbacks()
        #expect(due.count == 2)
        // TS 23.040 9.2.3.24.1: 05 00 03 RR TT PP.
        let udh = due.compactMap { $0["udh"] }
        #expect(udh.count == 2)
        #expect(udh[0].hasPrefix("050003") && udh[0].hasSuffix("0201"))
        #expect(udh[1].hasPrefix("050003") && udh[1].hasSuffix("0202"))
        #expect(udh[0].dropLast(4) == udh[1].dropLast(4))
        #expect(due.map { $0["text"] ?? "" }.joined() == text)
        #expect(due.allSatisfy { $0.kind == .inbound && $0["charset"] == "ISO-8859-1" && $0["from"] == "447700900123" })
        #expect(due.allSatisfy { isHexID($0["moMsgId"] ?? "") })
    }

    @Test func aShortInboundMessageHasAnEmptyUDHAndLatin1OrUTF16Text() async {
        let sandbox = makeSandbox()
        _ = await sandbox.emulator.respond(to: SandboxRequest(
            method: "POST", path: "/sandbox/inbound", body: Array(#"{"from":"1","to":"2","text":"Grüße"}"#.utf8)))
        _ = await sandbox.emulator.respond(to: SandboxRequest(
            method: "POST", path: "/sandbox/inbound", body: Array(#"{"from":"1","to":"2","text":"Hi Ω"}"#.utf8)))
        let due = await sandbox.emulator.dueCallbacks()
        #expect(due.count == 2)
        #expect(due[0]["udh"] == "")
        #expect(due[0].fields.first { $0.name == "text" }?.octets == [0x47, 0x72, 0xFC, 0xDF, 0x65])
        #expect(due[1]["charset"] == "UTF-16BE")
        #expect(due[1].fields.first { $0.name == "text" }?.octets == [0x00, 0x48, 0x00, 0x69, 0x00, 0x20, 0x03, 0xA9])
    }

    @Test func aMalformedInboundBodyIs400() async {
        let sandbox = makeSandbox()
        let answer = await sandbox.emulator.respond(to: SandboxRequest(method: "POST", path: "/sandbox/inbound", body: Array("nope".utf8)))
        #expect(answer.status == 400)
        #expect(answer.text.contains(#""code":"invalidInbound""#))
    }
}
