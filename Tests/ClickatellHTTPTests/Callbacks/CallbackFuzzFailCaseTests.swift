#if Clickatell
import ClickatellHTTP
import Testing

/// Replays every input under `FuzzTesting/FailCases/FuzzCallbackParsing/` and the seed corpus
/// through the checks of that fuzz target (FuzzTesting/Sources/FuzzCallbackParsing/main.swift).
@Suite struct CallbackFuzzFailCaseTests {
    @Test func savedInputsAndSeedsPassTheFuzzTargetsChecks() throws {
        let inputs = try ResponseParsingFuzzFailCaseTests.inputs(in: "FailCases/FuzzCallbackParsing")
            + ResponseParsingFuzzFailCaseTests.inputs(in: "Corpus/FuzzCallbackParsing")
        #expect(inputs.count >= 7)
        for (name, bytes) in inputs { Self.exercise(bytes, name: name) }
    }

    /// The fuzz target's checks.
    static func exercise(_ bytes: [UInt8], name: String) {
        var configuration = ClickatellCallbackReceiver.Configuration()
        configuration.maxHeldInboundParts = 4
        configuration.maxTrackedMessages = 4
        configuration.maxRememberedInboundIDs = 4
        configuration.maxRequestOctets = 4096
        var receiver = ClickatellCallbackReceiver(configuration: configuration)
        var sentParts = 0
        var returnedParts = 0
        for (index, chunk) in bytes.split(separator: 0x01, omittingEmptySubsequences: false).enumerated() {
            let query = chunk.prefix { $0 != 0x00 }
            let request = ClickatellCallbackRequest(
                query: String(decoding: query, as: UTF8.self),
                contentType: (chunk.first ?? 0) % 2 == 0 ? nil : "text/xml",
                body: Array(chunk.dropFirst(query.count + 1)))
            let parsed = Result { () throws(ClickatellCallbackError) in try ClickatellCallback(parsing: request) }
            #expect(parsed == Result { () throws(ClickatellCallbackError) in try ClickatellCallback(parsing: request) }, "\(name)")
            if case .success(.status(let update)) = parsed {
                #expect(!update.apiMessageID.isEmpty && !update.status.rawValue.isEmpty, "\(name)")
            }
            let outcome = receiver.receive(request, now: Double(index))
            #expect([200, 400, 413].contains(outcome.statusCode), "\(name)")
            #expect(outcome.statusCode == 200 || outcome.error != nil, "\(name)")
            if outcome.statusCode == 200, case .success(.inbound) = parsed { sentParts += 1 }
            #expect(receiver.heldInboundPartCount <= 4, "\(name)")
            returnedParts += count(outcome.events, name: name)
        }
        returnedParts += count(receiver.expire(now: .infinity), name: name)
        #expect(receiver.heldInboundPartCount == 0, "\(name)")
        #expect(returnedParts == sentParts, "\(name)")
    }

    static func count(_ events: [ClickatellCallbackEvent], name: String) -> Int {
        events.reduce(0) { parts, event in
            switch event {
            case .inbound(let message):
                if message.issues.isEmpty { #expect(message.text == message.parts.map(\.text).joined(), "\(name)") }
                return parts + (message.isRedelivery ? 1 : message.parts.count)
            case .duplicateInboundPart: return parts + 1
            case .incompleteInbound(let message): return parts + message.parts.count
            case .status, .staleStatus, .inboundPartHeld, .probe: return parts
            }
        }
    }
}
#endif
