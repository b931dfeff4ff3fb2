#if Clickatell
import ClickatellHTTP
import SMSCore
import Testing

/// The exact requests (method, path, body bytes) for every command and parameter; expectations
/// are written from the reference's sections 1–3, not from the code.
@Suite struct RequestGoldenTests {
    static let credentials = ClickatellCredentials(apiID: "3456789", user: "acme", password: "s3cr&t pw")
    static let auth = ClickatellAuthentication.credentials(credentials)
    static let authForm = "api_id=3456789&user=acme&password=s3cr%26t%20pw"

    private func body(_ request: ClickatellHTTPRequest) -> String {
        String(decoding: request.body, as: UTF8.self)
    }

    private func number(_ digits: String) throws -> MSISDN { try MSISDN(validating: digits) }

    @Test func authSendsTheCredentialsAsAFormBody() {
        let request = ClickatellRequest.auth.httpRequest(authentication: Self.auth)
        #expect(request.method == .post)
        #expect(request.path == "/http/auth")
        #expect(request.query == "")
        #expect(request.headerFields == [.init(name: "Content-Type", value: "application/x-www-form-urlencoded")])
        #expect(body(request) == Self.authForm)
    }

    @Test func pingTakesOnlyTheSessionID() {
        let request = ClickatellRequest.ping.httpRequest(authentication: .session(id: "e74dee1bbed22ee3a39f9aeab606ccf9"))
        #expect(request.path == "/http/ping")
        #expect(body(request) == "session_id=e74dee1bbed22ee3a39f9aeab606ccf9")
    }

    @Test func sendmsgToOneRecipientSendsLatin1TextAndConcat() throws {
        let message = try ClickatellMessage(text: "Hi £5, 6€")
        let request = ClickatellRequest.sendMessage(message, to: [try number("447700900123")])
            .httpRequest(authentication: Self.auth)
        #expect(request.path == "/http/sendmsg")
        #expect(request.isIdempotent == false)
        #expect(body(request) == Self.authForm + "&to=447700900123&text=Hi%20%A35,%206%80&unicode=0&concat=1")
    }

    @Test func recipientListIsOneCommaSeparatedToWithLiteralCommas() throws {
        let message = try ClickatellMessage(text: "Hi")
        let request = ClickatellRequest.sendMessage(message, to: [try number("447700900123"), try number("27999123456")])
            .httpRequest(authentication: .session(id: "abc"))
        #expect(body(request) == "session_id=abc&to=447700900123,27999123456&text=Hi&unicode=0&concat=1")
    }

    @Test func everySendmsgParameterGoesOnTheWireAsTheAPIWantsIt() throws {
        var message = try ClickatellMessage(text: "Hi", from: "Acme Shop")
        message.options.callback = 3
        message.options.deliveryAcknowledgement = true
        message.options.deliveryDelayMinutes = 60
        message.options.scheduledTime = .unixTime(1_388_534_400)
        message.options.maxCredits = "1.5"
        message.options.requiredFeatures = [.alphanumericSender, .numericSender]
        message.options.queue = 1
        message.options.escalate = true
        message.options.mobileOriginated = false
        message.options.clientMessageID = "order1234"
        message.options.messageType = .flash
        message.options.binary = false
        message.options.validityMinutes = 1440
        message.options.charset = "UTF-8"
        let request = ClickatellRequest.sendMessage(message, to: [try number("447700900123")])
            .httpRequest(authentication: Self.auth)
        #expect(body(request) == Self.authForm
            + "&to=447700900123&from=Acme%20Shop&text=Hi&unicode=0&concat=1"
            + "&callback=3&deliv_ack=1&deliv_time=60&scheduled_time=1388534400&max_credits=1.5&req_feat=48"
            + "&queue=1&escalate=1&mo=0&cliMsgId=order1234&msg_type=SMS_FLASH&binary=0&validity=1440&charset=UTF-8")
    }

    @Test func scheduledTimeMayBeAUTCTimestamp() {
        #expect(ClickatellScheduledTime.utc(year: 2014, month: 1, day: 1, hour: 9, minute: 5, second: 0).value
            == "2014-01-01T09:05:00Z")
    }

    @Test func numericSenderGoesAsDigitsWithoutPlus() throws {
        let message = try ClickatellMessage(text: "Hi", from: "+44 7700 900123")
        let request = ClickatellRequest.sendMessage(message, to: [try number("27999123456")]).httpRequest(authentication: .session(id: "s"))
        #expect(body(request) == "session_id=s&to=27999123456&from=447700900123&text=Hi&unicode=0&concat=1")
    }

    @Test func binaryMessageSendsUDHAndDataAsHex() throws {
        let message = ClickatellMessage(content: .binary(data: [0xDE, 0xAD], userDataHeader: [0x05, 0x00, 0x03, 0x4A, 0x02, 0x01]))
        let request = ClickatellRequest.sendMessage(message, to: [try number("447700900123")]).httpRequest(authentication: .session(id: "s"))
        #expect(body(request) == "session_id=s&to=447700900123&udh=0500034A0201&data=DEAD")
    }

    @Test func getPutsTheFormInTheQueryAndSendsNoBody() throws {
        let request = ClickatellRequest.balance.httpRequest(authentication: Self.auth, method: .get)
        #expect(request.method == .get)
        #expect(request.path == "/http/getbalance")
        #expect(request.query == Self.authForm)
        #expect(request.body.isEmpty)
        #expect(request.headerFields.isEmpty)
    }

    @Test(arguments: [
        (ClickatellRequest.queryMessage(.apiMessageID("4889e40291643afeb5a7c4cce7811abb")), "/http/querymsg", "apimsgid=4889e40291643afeb5a7c4cce7811abb", true),
        (ClickatellRequest.queryMessage(.clientMessageID("order1234")), "/http/querymsg", "climsgid=order1234", true),
        (ClickatellRequest.messageCharge(.apiMessageID("18e8221e5aa50cfad72376e08f40388a")), "/http/getmsgcharge", "apimsgid=18e8221e5aa50cfad72376e08f40388a", true),
        (ClickatellRequest.deleteMessage(.clientMessageID("x1")), "/http/delmsg", "climsgid=x1", true),
        (ClickatellRequest.balance, "/http/getbalance", "", true),
        (ClickatellRequest.redeemVoucher("1234567890123456"), "/http/token_pay", "token=1234567890123456", false),
        (ClickatellRequest.endBatch(batchID: "b1"), "/http_batch/endbatch", "batch_id=b1", true),
    ])
    func lookupCommandsHaveTheirPathAndParameters(request: ClickatellRequest, path: String, form: String, idempotent: Bool) {
        let http = request.httpRequest(authentication: .session(id: "s1"))
        #expect(http.path == path)
        #expect(http.isIdempotent == idempotent)
        #expect(body(http) == "session_id=s1" + (form.isEmpty ? "" : "&" + form))
    }

    @Test func coverageQueryGoesToUtilsRouteCoverage() throws {
        let http = ClickatellRequest.coverage(try number("27999123456")).httpRequest(authentication: Self.auth)
        #expect(http.path == "/utils/routeCoverage.php")
        #expect(body(http) == Self.authForm + "&msisdn=27999123456")
    }

    @Test func batchCommandsHaveTheirPathsAndParameters() throws {
        var options = ClickatellSendOptions()
        options.sender = try ClickatellSender(validating: "Acme")
        options.clientMessageID = "ignored"
        options.callback = 2
        let template = try ClickatellText(encoding: "Hi #field1#, £#field2#")
        let start = ClickatellRequest.startBatch(template: template, options: options).httpRequest(authentication: .session(id: "s"))
        #expect(start.path == "/http_batch/startbatch")
        #expect(body(start) == "session_id=s&from=Acme&template=Hi%20%23field1%23,%20%A3%23field2%23&unicode=0&concat=1&callback=2")

        let item = ClickatellRequest.sendBatchItem(batchID: "b1", to: try number("447700900123"), fields: [Array("Jo".utf8), [0xA3]])
            .httpRequest(authentication: .session(id: "s"))
        #expect(item.path == "/http_batch/senditem")
        #expect(body(item) == "session_id=s&batch_id=b1&to=447700900123&field1=Jo&field2=%A3")

        let quick = ClickatellRequest.quickSend(batchID: "b1", to: [try number("447700900123"), try number("27999123456")])
            .httpRequest(authentication: .session(id: "s"))
        #expect(quick.path == "/http_batch/quicksend")
        #expect(body(quick) == "session_id=s&batch_id=b1&to=447700900123,27999123456")
    }

    @Test func descriptionsNameParametersButNeverValues() throws {
        let message = try ClickatellMessage(text: "secret text")
        let http = ClickatellRequest.sendMessage(message, to: [try number("447700900123")]).httpRequest(authentication: Self.auth)
        #expect(http.description == "POST /http/sendmsg (api_id, user, password, to, text, unicode, concat)")
        #expect(!Self.credentials.description.contains("s3cr"))
        #expect(!String(reflecting: Self.credentials).contains("s3cr"))
        #expect(!ClickatellAuthentication.session(id: "abc123").description.contains("abc123"))
    }
}
#endif
