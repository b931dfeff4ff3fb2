#if Clickatell
import ClickatellHTTP
import Testing

/// The README's "Receiving callbacks" lines, run on a request as Clickatell would send it.
@Suite struct ReadmeCallbackExampleTests {
    @Test func theReadmeLinesHandleAStatusCallback() async {
        let callbackPassword = "s3cr3t"
        // "clickatell:s3cr3t" in Base64.
        let (query, contentType, authorization): (String?, String?, String?) =
            (nil, "application/x-www-form-urlencoded", "Basic Y2xpY2thdGVsbDpzM2NyM3Q=")
        let body = Array("apiMsgId=996f364775e24b8432f45d77da8eca47&status=004&timestamp=1218007814".utf8)

        // The README's lines:
        let callbacks = ClickatellCallbackHandler(
            configuration: .init(credentials: .init(user: "clickatell", password: callbackPassword)))

        let outcome = await callbacks.handle(ClickatellCallbackRequest(
            query: query, contentType: contentType, authorization: authorization, body: body))
        var printed: [String] = []
        for event in outcome.events {
            if let update = event.statusToStore { printed.append("\(update.apiMessageID) \(update.status)") }
            switch event {
            case .inbound(let message): printed.append("\(message.from) \(message.text)")
            case .incompleteInbound(let message): printed.append("gave up waiting: \(message.missingSequences)")
            default: break
            }
        }

        #expect(outcome.statusCode == 200)
        #expect(outcome.body == "OK")
        #expect(printed == ["996f364775e24b8432f45d77da8eca47 004 (Received by recipient)"])
    }
}
#endif
