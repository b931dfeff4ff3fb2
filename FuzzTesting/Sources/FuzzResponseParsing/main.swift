// Parsing arbitrary bytes as a Clickatell answer must never crash: every body gives a form and
// lines, every line its values, codes and statuses their meanings; pairing a send's answer
// with recipients gives one result per recipient, in order, plus one per unmatched line.
//
// Input: the bytes are the body as received (any encoding, any line ends).
//
// The same checks run in Tests/ClickatellHTTPTests/Parsing/FuzzFailCaseTests.swift for saved
// crashers.

import CFuzzerDriver
import ClickatellHTTP
import SMSCore

#if canImport(Glibc)
import Glibc
#endif

/// Stops with a message, in release builds too (`precondition` drops its message under `-O`).
func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("invariant failed: \(message())") }
}

let recipients: [MSISDN] = (0..<7).compactMap { try? MSISDN(validating: "44770090012\($0)") }

func exercise(_ bytes: [UInt8]) {
    let response = ClickatellResponse(parsing: bytes)
    require(response == ClickatellResponse(parsing: bytes), "parsing is not deterministic")
    let lineBreaks = bytes.filter { $0 == 0x0A }.count
    require(response.lines.count <= lineBreaks + 1, "more lines than line breaks + 1")
    switch response.form {
    case .lines, .unrecognized: break
    default: require(response.lines.isEmpty, "a non-protocol body has lines")
    }
    for line in response.lines {
        switch line {
        case .id(let id):
            require(!id.id.isEmpty, "empty id")
            _ = id.status?.meaning
            _ = id.status?.isFinal
        case .error(let error):
            _ = error.code?.meaning
            _ = error.code?.number
            _ = error.blockedUntil
            _ = error.error.description
        case .charge(let charge):
            _ = charge.status.isIntermediate
        case .credit(let credit):
            require(!credit.isEmpty, "empty credit")
        case .ok(let payload):
            _ = payload?.count
        case .unrecognized(let text):
            _ = text.count
        }
    }
    // Pairing with up to 7 recipients (numbers the body may name: 447700900120…).
    let recipients = recipients.prefix(Int(bytes.first ?? 0) % 8)
    let results = ClickatellSendResult.pairing(response, with: Array(recipients), clientMessageID: "fuzz")
    require(results.count >= recipients.count, "fewer results than recipients")
    for (result, recipient) in zip(results, recipients) {
        require(result.kind == .recipient && result.recipient == recipient, "results out of the recipients' order")
    }
    require(results.dropFirst(recipients.count).allSatisfy { $0.kind == .unmatchedResponseLine }, "extra result not marked")
}

func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    exercise(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOne))
