#if Clickatell && Sandbox
import _SMSTestSupport
import ClickatellHTTP
import ClickatellSandbox
import Foundation
import SMSCore
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Inbound (MO) messages end to end: the sandbox splits a long message into parts and POSTs
/// one callback per part over HTTP to a listener on 127.0.0.1; the application's receiver
/// (``ClickatellCallbackReceiver``) puts them back together from their `udh`.
@Suite("Inbound messages: the sandbox's MO callbacks reassembled by the callback receiver")
struct InboundTests {
    /// Injects `text` as an inbound message and returns the receiver's events for the
    /// callbacks that reach the listener, and the callbacks themselves.
    static func deliver(_ text: String, parts: Int) async throws -> (events: [ClickatellCallbackEvent], posts: Int) {
        let listener = StatusCallbackListener()
        let port = try await listener.start()
        var events: [ClickatellCallbackEvent] = []
        var posts = 0
        do {
            try await IntegrationSandbox.run(over: .urlSession, { $0.sandbox.moCallbackURL = "http://127.0.0.1:\(port)/mo" }) { sandbox in
                let body = try JSONSerialization.data(withJSONObject: ["from": "447700900123", "to": "27123456789", "text": text])
                let url = try #require(URL(string: "\(sandbox.baseURL)/sandbox/inbound"))
                var request = URLRequest(url: url, timeoutInterval: IntegrationSandbox.timeout)
                request.httpMethod = "POST"
                request.httpBody = body
                let (_, response) = try await URLSession.shared.data(for: request)
                try #require((response as? HTTPURLResponse)?.statusCode == 200)

                let received = await listener.waitFor(parts)
                try #require(received.count == parts)
                posts = received.count
                var receiver = ClickatellCallbackReceiver()
                for (index, callback) in received.enumerated() {
                    #expect(callback.method == "POST" && callback.uri == "/mo")
                    let outcome = receiver.receive(
                        ClickatellCallbackRequest(contentType: callback.contentType, body: Array(callback.body.utf8)),
                        now: Double(index))
                    #expect(outcome.statusCode == 200)
                    events += outcome.events
                }
                #expect(receiver.heldInboundPartCount == 0)
            }
        } catch {
            await listener.stop()
            throw error
        }
        await listener.stop()
        return (events, posts)
    }

    @Test func aTwoPartLatin1MessageIsReassembled() async throws {
        // 200 GSM-7 characters with Latin-1 accents: two parts of at most 153, sent as ISO-8859-1.
        let text = String(repeating: "Grüße aus Köln! ", count: 12) + "Ende à Paris"
        try #require(text.count > 160 && text.count <= 306)
        let (events, _) = try await Self.deliver(text, parts: 2)
        guard case .inbound(let message) = events.last else { Issue.record("\(events)"); return }
        #expect(message.text == text)
        #expect(message.from == "447700900123")
        #expect(message.to == "27123456789")
        #expect(message.parts.count == 2)
        #expect(message.parts.allSatisfy { $0.charset.kind == .latin1 && $0.concatenation?.total == 2 })
        #expect(message.issues.isEmpty)
        #expect(message.timestamp == Int64(IntegrationSandbox.start))
        #expect(events.filter { if case .inboundPartHeld = $0 { true } else { false } }.count == 1)
    }

    @Test func aTwoPartUCS2MessageWithEmojiIsReassembled() async throws {
        // 100 UTF-16 units of Greek and emoji: two UCS-2 parts, sent as UTF-16BE.
        let text = String(repeating: "Καλημέρα 🌞 ", count: 8)
        try #require(text.utf16.count > 70 && text.utf16.count <= 134)
        let (events, _) = try await Self.deliver(text, parts: 2)
        guard case .inbound(let message) = events.last else { Issue.record("\(events)"); return }
        #expect(message.text == text)
        #expect(message.parts.allSatisfy { $0.charset.kind == .utf16BigEndian })
    }
}
#endif
