#if Clickatell && Sandbox
import ClickatellHTTP
import ClickatellSandbox
import Testing

@Suite("The client against the sandbox: wire text")
struct TextTests {
    /// A text, the `unicode` value it must go with and the parts it takes, from TS 23.038 /
    /// TS 23.040 and the reference's §7: GSM-7 160 septets in one part, 153 per part beyond
    /// (an extension character such as `€` counts 2); UCS-2 70 UTF-16 units, 67 per part.
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let unicode: String
        let parts: Int
        var testDescription: String { name }
    }

    static let gsm: [Case] = [
        Case(name: "euro and pound", text: "Price: €5 or £4.50 {ok}", unicode: "0", parts: 1),
        Case(name: "80 euros: 160 septets", text: String(repeating: "€", count: 80), unicode: "0", parts: 1),
        Case(name: "81 euros: 162 septets", text: String(repeating: "€", count: 81), unicode: "0", parts: 2),
    ]

    static let ucs2: [Case] = [
        Case(name: "Greek capitals", text: "ΩΨΘ ΔΦΓΛΠΣΞ", unicode: "1", parts: 1),
        // GSM-7 would fit 71 in one part; as UCS-2 they need two.
        Case(name: "71 Greek capitals", text: String(repeating: "Δ", count: 71), unicode: "1", parts: 2),
        Case(name: "emoji", text: "Hi 😀👍🏽", unicode: "1", parts: 1),
        Case(name: "35 emoji: 70 units", text: String(repeating: "😀", count: 35), unicode: "1", parts: 1),
        Case(name: "36 emoji: 72 units", text: String(repeating: "😀", count: 36), unicode: "1", parts: 2),
        Case(name: "CJK", text: "你好，世界", unicode: "1", parts: 1),
        Case(name: "134 CJK", text: String(repeating: "漢", count: 134), unicode: "1", parts: 2),
        Case(name: "135 CJK", text: String(repeating: "漢", count: 135), unicode: "1", parts: 3),
    ]

    @Test(arguments: TransportKind.allCases, gsm + ucs2)
    func theTextIsStoredExactlyWithTheRightEncodingAndParts(over transport: TransportKind, _ example: Case) async throws {
        try await IntegrationSandbox.run(over: transport) { sandbox in
            let report = try await sandbox.client.send(example.text, to: ["447700900123"])
            #expect(report.results.first?.isAccepted == true)
            let send = try #require(sandbox.transport.sent.first { $0.path == "/http/sendmsg" })
            #expect(RecordingTransport.field("unicode", of: send) == example.unicode)
            #expect(RecordingTransport.field("concat", of: send) == String(example.parts))
            let stored = try await sandbox.storedMessages()
            #expect(stored.count == 1)
            #expect(stored.first?.text == example.text)
            #expect(stored.first?.unicode == (example.unicode == "1"))
            #expect(stored.first?.parts == example.parts)
            #expect(stored.first?.charge == Double(example.parts))
        }
    }

    @Test(arguments: TransportKind.allCases)
    func euroAndPoundGoAsWindows1252Octets(over transport: TransportKind) async throws {
        try await IntegrationSandbox.run(over: transport) { sandbox in
            _ = try await sandbox.client.send("€5 £4", to: ["447700900123"])
            let send = try #require(sandbox.transport.sent.first { $0.path == "/http/sendmsg" })
            // The raw form (not decoded): € is 0x80 and £ 0xA3 in Windows-1252 (reference §7).
            #expect(send.form.contains("text=%805%20%A34") || send.form.contains("text=%805+%A34"))
        }
    }

    @Test(arguments: TransportKind.allCases)
    func greekCapitalsGoAsUCS2Hex(over transport: TransportKind) async throws {
        try await IntegrationSandbox.run(over: transport) { sandbox in
            _ = try await sandbox.client.send("ΩΨΘ", to: ["447700900123"])
            let send = try #require(sandbox.transport.sent.first { $0.path == "/http/sendmsg" })
            // The reference's own example: ΩΨΘ → 03A903A80398.
            #expect(RecordingTransport.field("text", of: send)?.uppercased() == "03A903A80398")
            #expect(try await sandbox.storedMessages().map(\.text) == ["ΩΨΘ"])
        }
    }
}
#endif
