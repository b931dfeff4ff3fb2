#if Clickatell
import ClickatellHTTP
import ClickatellURLSession
import Testing

/// The README's and docs/clickatell.md's five lines, over an in-process transport.
@Suite struct ReadmeExampleTests {
    @Test func theFiveLinesSendAndReportEveryRecipient() async throws {
        let password = "pw"
        let transport = FakeTransport([
            "/http/sendmsg": [.body("ID: 996f364775e24b8432f45d77da8eca47 To: 447700900123\nERR: 114, Cannot route message To: 27999123456")],
        ])
        let credentials = ClickatellCredentials(apiID: "3456789", user: "acme", password: password)
        let client = ClickatellClient(transport: transport, credentials: credentials)
        let report = try await client.send("Grüße aus Köln: 20€", to: ["+44 7700 900123", "27999123456"])
        var lines: [String] = []
        for result in report.results { lines.append("\(result.to ?? "-") \(result.apiMessageID ?? result.error?.description ?? "")") }
        #expect(lines == [
            "+44 7700 900123 996f364775e24b8432f45d77da8eca47",
            "27999123456 Clickatell answered ERR 114 (Cannot route message): Cannot route message",
        ])
        let body = transport.bodies("/http/sendmsg").first ?? ""
        #expect(body.contains("&text=Gr%FC%DFe%20aus%20K%F6ln%3A%2020%80&unicode=0&concat=1&"))
        _ = try URLSessionTransport()
    }
}
#endif
