#if Clickatell
import ArgumentParser
import ClickatellHTTP
import Testing
import _SMSTestSupport

@testable import SMSCommandLine

/// A Clickatell in the test process: one fixed body per path; records requests.
final class ScriptedTransport: ClickatellTransport {
    let bodies: [String: String]
    let failing: Bool
    private let log = Locked<[ClickatellHTTPRequest]>([])

    init(_ bodies: [String: String], failing: Bool = false) {
        self.bodies = bodies
        self.failing = failing
    }

    var requests: [ClickatellHTTPRequest] { log.withLock { $0 } }

    func send(_ request: ClickatellHTTPRequest) async throws -> ClickatellHTTPResponse {
        log.withLock { $0.append(request) }
        if failing { throw ClickatellTransportError("could not connect to the host") }
        return ClickatellHTTPResponse(bodies[request.path] ?? "")
    }
}

@Suite struct ClickatellCommandTests {
    static let settings = ClickatellSettings(
        credentials: ClickatellCredentials(apiID: "1", user: "u", password: "pw-secret"),
        baseURL: "http://127.0.0.1:1", usesSession: false)

    private func runner(_ transport: ScriptedTransport, json: Bool = true) -> ClickatellRunner<ScriptedTransport> {
        var settings = Self.settings
        settings.usesSession = false
        return ClickatellRunner(transport: transport, settings: settings, json: json)
    }

    private func usageExit(_ arguments: [String]) -> Int32? {
        do {
            _ = try SMSCommand.parseAsRoot(arguments)
            return nil
        } catch {
            return SMSCommand.exitCode(for: error).rawValue
        }
    }

    @Test func sendPrintsOneJSONObjectPerResultWithEveryKey() async throws {
        let transport = ScriptedTransport(["/http/sendmsg": "ID: aaa To: 447700900123\nERR: 114, Cannot route message To: 27999123456"])
        let command = try SendCommand.parse(["--to", "447700900123,12", "--to", "27999123456", "--json", "Hi"])
        let outcome = await runner(transport).send(try command.message(text: "Hi"), to: command.recipients)
        #expect(outcome.exitCode == 0)
        #expect(outcome.output == [
            #"{"to":"447700900123","serverTo":"447700900123","accepted":true,"apiMessageId":"aaa","error":null}"#,
            #"{"to":"12","serverTo":null,"accepted":false,"apiMessageId":null,"error":{"code":"invalidRecipient","message":"invalid recipient \"12\": too short at offset 2: too few digits for a phone number","offset":2,"clickatellCode":null}}"#,
            #"{"to":"27999123456","serverTo":"27999123456","accepted":false,"apiMessageId":null,"error":{"code":"clickatellError","message":"Clickatell answered ERR 114 (Cannot route message): Cannot route message","offset":null,"clickatellCode":"114"}}"#,
        ])
        #expect(transport.requests.count == 1)
    }

    @Test func sendTextOutputHasOneLinePerResult() async throws {
        let transport = ScriptedTransport(["/http/sendmsg": "ID: aaa"])
        let outcome = await runner(transport, json: false).send(try ClickatellMessage(text: "Hi"), to: ["447700900123"])
        #expect(outcome.output == ["447700900123  accepted  aaa"])
    }

    @Test func transportFailureExitsOneWithAMessage() async throws {
        let transport = ScriptedTransport([:], failing: true)
        let outcome = await runner(transport).send(try ClickatellMessage(text: "Hi"), to: ["447700900123"])
        #expect(outcome.exitCode == 1)
        #expect(outcome.errors.count == 1)
        #expect(outcome.errors[0].contains("could not connect"))
        #expect(!outcome.errors[0].contains("pw-secret"))
        #expect(transport.requests.filter { $0.path == "/http/sendmsg" }.count == 1)  // never repeated blindly
    }

    @Test func authenticationFailureExitsOne() async throws {
        let transport = ScriptedTransport(["/http/sendmsg": "ERR: 001, Authentication failed"])
        let outcome = await runner(transport).send(try ClickatellMessage(text: "Hi"), to: ["447700900123"])
        #expect(outcome.exitCode == 1)
        #expect(outcome.errors.first?.contains("Authentication failed") == true)
    }

    @Test func noValidRecipientSendsNothingAndExitsOne() async throws {
        let transport = ScriptedTransport([:])
        let outcome = await runner(transport).send(try ClickatellMessage(text: "Hi"), to: ["12"])
        #expect(outcome.exitCode == 1)
        #expect(transport.requests.isEmpty)
        #expect(outcome.output.count == 1)
    }

    @Test func tooManyPartsIsRefusedBeforeAnyRequest() throws {
        let command = try SendCommand.parse(["--to", "447700900123", "--max-parts", "1", "x"])
        #expect(throws: ClickatellError.tooManyParts(needed: 2, maxParts: 1)) {
            _ = try command.message(text: String(repeating: "a", count: 161))
        }
    }

    @Test func dryRunShowsTheWireWithoutCredentials() throws {
        let command = try SendCommand.parse(["--to", "447700900123,12", "--dry-run", "--json", "x"])
        let outcome = SendDryRun.outcome(message: try command.message(text: "£5 ΔΦ"), recipients: command.recipients, method: .post, json: true)
        #expect(outcome.exitCode == 0)
        let value = try JSONValue.parse(Array(outcome.output[0].utf8))
        #expect(value["encoding"] == "UCS-2")
        #expect(value["unicode"] == 1)
        #expect(value["concat"] == 1)
        #expect(value["parts"] == 1)
        #expect(value["recipients"] == ["447700900123"])
        #expect(value["text"] == "00A300350020039403A6")
    }

    @Test func statusChargeAndCancelPrintTheDocumentedJSON() async {
        let transport = ScriptedTransport([
            "/http/querymsg": "ID: 4889e40291643afeb5a7c4cce7811abb Status: 003",
            "/http/getmsgcharge": "apiMsgId: 18e8221e5aa50cfad72376e08f40388a charge: 0.33 status: 004",
            "/http/delmsg": "ID: 4889e40291643afeb5a7c4cce7811abb Status: 006",
        ])
        let runner = runner(transport)
        #expect(await runner.lookup(.status, .apiMessageID("4889e40291643afeb5a7c4cce7811abb")).output == [
            #"{"apiMessageId":"4889e40291643afeb5a7c4cce7811abb","status":"003","description":"Delivered to gateway","final":false,"charge":null}"#,
        ])
        #expect(await runner.lookup(.charge, .apiMessageID("18e8221e5aa50cfad72376e08f40388a")).output == [
            #"{"apiMessageId":"18e8221e5aa50cfad72376e08f40388a","status":"004","description":"Received by recipient","final":true,"charge":"0.33"}"#,
        ])
        #expect(await runner.lookup(.cancel, .clientMessageID("mine")).output.first?.contains(#""status":"006""#) == true)
        #expect(String(decoding: transport.requests[2].body, as: UTF8.self).hasSuffix("climsgid=mine"))
    }

    @Test func statusTextNamesTheMeaningAndClass() async {
        let transport = ScriptedTransport(["/http/querymsg": "ID: abc Status: 004"])
        #expect(await runner(transport, json: false).lookup(.status, .apiMessageID("abc")).output == ["abc  004  Received by recipient (final)"])
    }

    @Test func balanceKeepsTheDecimalExactly() async {
        let transport = ScriptedTransport(["/http/getbalance": "Credit: 5."])
        #expect(await runner(transport).balance().output == [#"{"credit":"5."}"#])
        #expect(await runner(transport, json: false).balance().output == ["5."])
    }

    @Test func redeemAndPing() async {
        let transport = ScriptedTransport(["/http/token_pay": "OK: 605", "/http/auth": "OK: s1", "/http/ping": "OK:"])
        #expect(await runner(transport).redeem("1234567890123456").output == [#"{"result":"605"}"#])
        #expect(await runner(transport).ping().output == [#"{"ok":true}"#])
    }

    @Test func lookupErrorsExitOne() async {
        let transport = ScriptedTransport(["/http/querymsg": "ERR: 103, Unknown API message ID"])
        let outcome = await runner(transport).lookup(.status, .apiMessageID("x"))
        #expect(outcome.exitCode == 1)
        #expect(outcome.errors == ["error: Clickatell answered ERR 103 (Unknown API message ID): Unknown API message ID"])
        #expect(outcome.output == [
            #"{"error":{"code":"clickatellError","message":"Clickatell answered ERR 103 (Unknown API message ID): Unknown API message ID","offset":null,"clickatellCode":"103"}}"#,
        ])
        #expect(await runner(transport, json: false).lookup(.status, .apiMessageID("x")).output.isEmpty)
    }

    @Test(arguments: [
        ["send", "Hi"],
        ["send", "--to", "447700900123", "--max-parts", "0", "Hi"],
        ["send", "--to", "447700900123", "--max-parts", "36", "Hi"],
        ["send", "--to", "447700900123", "--password", "pw", "Hi"],
        ["send", "--to", "447700900123", "--password-file", "-"],
        ["status"],
        ["redeem"],
    ])
    func usageErrorsExitSixtyFour(arguments: [String]) {
        #expect(usageExit(arguments) == 64)
    }

    @Test func credentialsComeFromTheEnvironmentAndFlagsOverride() throws {
        let environment = ["CLICKATELL_API_ID": "1", "CLICKATELL_USER": "env-user", "CLICKATELL_PASSWORD": "env-pw"]
        let fromEnvironment = try ClickatellOptions.parse([]).settings(environment: environment)
        #expect(fromEnvironment.credentials == ClickatellCredentials(apiID: "1", user: "env-user", password: "env-pw"))
        #expect(fromEnvironment.baseURL == "https://api.clickatell.com")
        var emptyBaseURL = environment
        emptyBaseURL["CLICKATELL_BASE_URL"] = ""
        #expect(try ClickatellOptions.parse([]).settings(environment: emptyBaseURL).baseURL == "https://api.clickatell.com")

        let options = try ClickatellOptions.parse(["--user", "flag-user", "--password-file", "/secret", "--base-url", "http://127.0.0.1:8080", "--session"])
        let settings = try options.settings(environment: environment) { path in
            #expect(path == "/secret")
            return Array("file-pw\n".utf8)
        }
        #expect(settings.credentials == ClickatellCredentials(apiID: "1", user: "flag-user", password: "file-pw"))
        #expect(settings.baseURL == "http://127.0.0.1:8080")
        #expect(settings.usesSession)
        #expect(!"\(settings)".contains("file-pw"))
    }

    @Test func passwordFileDashReadsStandardInput() throws {
        let options = try ClickatellOptions.parse(["--password-file", "-"])
        let settings = try options.settings(environment: ["CLICKATELL_API_ID": "1", "CLICKATELL_USER": "u"]) { path in
            #expect(path == "-")
            return Array("stdin-pw\r\n".utf8)
        }
        #expect(settings.credentials.password == "stdin-pw")
    }

    @Test func missingCredentialsAreNamed() throws {
        #expect {
            _ = try ClickatellOptions.parse([]).settings(environment: ["CLICKATELL_BASE_URL": "http://x"])
        } throws: { error in
            "\(error)".contains("CLICKATELL_API_ID") && "\(error)".contains("CLICKATELL_PASSWORD")
        }
    }
}
#endif
