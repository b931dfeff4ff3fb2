// Callback requests from anywhere must never crash the parser or the receiver, nor make it
// hold more than its bound, nor lose an inbound part: every part a request carried comes back
// in an event (a message, a redelivered message, a duplicate, or an incomplete message once
// expired), and a message without reassembly issues is its parts' texts joined.
//
// Input: requests separated by 0x01; in each, the octets before the first 0x00 are the query
// and the rest the body (read as a form when the request's first octet is even).
//
// The same checks run in Tests/ClickatellHTTPTests/Callbacks/CallbackFuzzFailCaseTests.swift
// for saved crashers.

import CFuzzerDriver
import ClickatellHTTP

#if canImport(Glibc)
import Glibc
#endif

/// Stops with a message, in release builds too (`precondition` drops its message under `-O`).
func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("invariant failed: \(message())") }
}

func exercise(_ bytes: [UInt8]) {
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
        let body = Array(chunk.dropFirst(query.count + 1))
        let request = ClickatellCallbackRequest(
            query: String(decoding: query, as: UTF8.self),
            contentType: (chunk.first ?? 0) % 2 == 0 ? nil : "text/xml",
            body: body)

        let parsed = Result { () throws(ClickatellCallbackError) in try ClickatellCallback(parsing: request) }
        let again = Result { () throws(ClickatellCallbackError) in try ClickatellCallback(parsing: request) }
        require(parsed == again, "parsing is not deterministic")
        if case .success(.status(let update)) = parsed {
            require(!update.apiMessageID.isEmpty && !update.status.rawValue.isEmpty, "a status callback without id or status")
        }

        let outcome = receiver.receive(request, now: Double(index))
        require([200, 400, 413].contains(outcome.statusCode), "status \(outcome.statusCode)")
        require(outcome.statusCode == 200 || outcome.error != nil, "a refusal without an error")
        if outcome.statusCode == 200, case .success(.inbound) = parsed { sentParts += 1 }
        require(receiver.heldInboundPartCount <= 4, "holds \(receiver.heldInboundPartCount) parts")
        returnedParts += count(outcome.events)
    }
    returnedParts += count(receiver.expire(now: .infinity))
    require(receiver.heldInboundPartCount == 0, "parts held after expiring everything")
    require(returnedParts == sentParts, "\(sentParts) inbound parts in, \(returnedParts) out")
}

/// The inbound parts the events hand back, checking each message's text.
func count(_ events: [ClickatellCallbackEvent]) -> Int {
    var parts = 0
    for event in events {
        switch event {
        case .inbound(let message):
            if message.issues.isEmpty {
                require(message.text == message.parts.map(\.text).joined(), "a message is not its parts joined")
            }
            // A redelivery answers one retried part.
            parts += message.isRedelivery ? 1 : message.parts.count
        case .duplicateInboundPart: parts += 1
        case .incompleteInbound(let message):
            require(!message.parts.isEmpty, "an incomplete message without parts")
            parts += message.parts.count
        case .status, .staleStatus, .inboundPartHeld, .probe: break
        }
    }
    return parts
}

func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    exercise(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOne))
