#if Clickatell
import ClickatellHTTP
import Logging
import SMSCore
import Testing
import _SMSTestSupport

@Suite struct ClientSendTests {
    @Test func threeRecipientsWithOneBadNumberGiveThreeResultsInOrder() async throws {
        let transport = FakeTransport([
            "/http/sendmsg": [.body("ID: aaa To: 447700900123\nERR: 114, Cannot route message To: 27999123456\n")],
        ])
        let report = try await Fixture.client(transport).send("Hi", to: ["+44 7700 900123", "12", "27999123456"])
        #expect(transport.bodies("/http/sendmsg") == [
            "api_id=3456789&user=acme&password=pw-secret-42&to=447700900123,27999123456&text=Hi&unicode=0&concat=1&cliMsgId=generated01",
        ])
        #expect(report.results.count == 3)
        #expect(report.results.map(\.to) == ["+44 7700 900123", "12", "27999123456"])
        #expect(report.results[0].apiMessageID == "aaa")
        #expect(report.results[0].serverTo == "447700900123")
        #expect(report.results[1].error?.code == .invalidRecipient)
        #expect(report.results[1].clientMessageID == nil)  // no request for it
        #expect(report.results[2].error?.clickatellCode == .cannotRouteMessage)
        #expect(report.everyRequestAnswered)
    }

    @Test func aRecipientTheServerRewroteIsReportedAndTheLineKept() async throws {
        let transport = FakeTransport([
            "/http/sendmsg": [.body("ID: aaa To: 447700900123\r\nID: bbb To: 2707999123456\r\n")],
        ])
        let report = try await Fixture.client(transport).send("Hi", to: ["447700900123", "27999123456"])
        #expect(report.results.count == 3)
        #expect(report.results[0].apiMessageID == "aaa")
        #expect(report.results[1].to == "27999123456")
        #expect(report.results[1].error?.code == .recipientNotInResponse)
        #expect(report.results[2].kind == .unmatchedResponseLine)
        #expect(report.results[2].to == nil)
        #expect(report.results[2].serverTo == "2707999123456")
        #expect(report.results[2].apiMessageID == "bbb")
    }

    @Test func linesArePairedByToWhateverTheirOrderAndDuplicatesEachGetOne() async throws {
        let transport = FakeTransport([
            "/http/sendmsg": [.body("ID: c To: 27999123456\nID: a To: 447700900123\nID: b To: 447700900123")],
        ])
        let report = try await Fixture.client(transport).send("Hi", to: ["447700900123", "447700900123", "27999123456"])
        #expect(report.results.map(\.apiMessageID) == ["a", "b", "c"])
    }

    @Test func aSingleLineWithoutToAppliesToEveryRecipient() async throws {
        let transport = FakeTransport(["/http/sendmsg": [.body("ERR: 101, Invalid or missing parameters")]])
        let report = try await Fixture.client(transport).send("Hi", to: ["447700900123", "27999123456"])
        #expect(report.results.allSatisfy { $0.error?.clickatellCode == .invalidOrMissingParameters })
        #expect(report.everyRequestAnswered)
    }

    @Test func emptyToOnAnErrorLineIsAnUnmatchedLine() async throws {
        let transport = FakeTransport(["/http/sendmsg": [.body("ID: a To: 447700900123\nERR: 105, Invalid Destination Address To: ")]])
        let report = try await Fixture.client(transport).send("Hi", to: ["447700900123", "27999123456"])
        #expect(report.results.count == 3)
        #expect(report.results[1].error?.code == .recipientNotInResponse)
        #expect(report.results[2].serverTo == "")
        #expect(report.results[2].error?.clickatellCode == .invalidDestinationAddress)
    }

    @Test func theOneLineAnsweringOneRecipientIsItsWhateverItsTo() async throws {
        let transport = FakeTransport([
            "/http/sendmsg": [.body("ERR: 105, Invalid Destination Address To: "), .body("ID: bbb To: 2707999123456")],
        ])
        let client = Fixture.client(transport)
        let rejected = try await client.send("Hi", to: ["27999123456"])
        #expect(rejected.results.count == 1)
        #expect(rejected.results[0].to == "27999123456" && rejected.results[0].serverTo == "")
        #expect(rejected.results[0].error?.clickatellCode == .invalidDestinationAddress)

        let rewritten = try await client.send("Hi", to: ["27999123456"])
        #expect(rewritten.results.count == 1)
        #expect(rewritten.results[0].isAccepted && rewritten.results[0].apiMessageID == "bbb")
        #expect(rewritten.results[0].serverTo == "2707999123456")
    }

    @Test func recipientsAreChunkedAndEachRequestGetsItsOwnClientMessageID() async throws {
        let transport = FakeTransport(["/http/sendmsg": [.body("ERR: 101, x")]])
        let client = Fixture.client(transport) { $0.maxRecipientsPerPOST = 2 }
        let numbers = ["447700900121", "447700900122", "447700900123", "447700900124", "447700900125"]
        let report = try await client.send("Hi", to: numbers, clientMessageID: "batch7")
        #expect(report.requestCount == 3)
        let bodies = transport.bodies("/http/sendmsg")
        #expect(bodies.count == 3)
        #expect(bodies[0].contains("to=447700900121,447700900122&") && bodies[0].hasSuffix("cliMsgId=batch7"))
        #expect(bodies[1].contains("to=447700900123,447700900124&") && bodies[1].hasSuffix("cliMsgId=batch71"))
        #expect(bodies[2].contains("to=447700900125&") && bodies[2].hasSuffix("cliMsgId=batch72"))
    }

    @Test func getChunksAtOneHundredByDefault() async throws {
        let transport = FakeTransport(["/http/sendmsg": [.body("ERR: 101, x")]])
        let client = Fixture.client(transport) { $0.method = .get }
        let numbers = (0..<150).map { "4477009\(String(10000 + $0))" }
        let report = try await client.send("Hi", to: numbers)
        #expect(report.requestCount == 2)
        #expect(transport.requests.allSatisfy { $0.method == .get && $0.body.isEmpty })
    }

    @Test func anAccountFailureStopsTheRemainingChunks() async throws {
        let transport = FakeTransport(["/http/sendmsg": [.body("ERR: 301, No credit left")]])
        let client = Fixture.client(transport) { $0.maxRecipientsPerPOST = 1 }
        let report = try await client.send("Hi", to: ["447700900123", "447700900124"])
        #expect(transport.paths.count == 1)
        #expect(report.results.allSatisfy { $0.error?.clickatellCode == .noCreditLeft })
        #expect(!report.everyRequestAnswered)
    }

    @Test func tooManyPartsIsThrownBeforeAnyRequest() async throws {
        let transport = FakeTransport([:])
        await #expect(throws: ClickatellError.tooManyParts(needed: 4, maxParts: 3)) {
            _ = try await Fixture.client(transport).send(String(repeating: "a", count: 460), to: ["447700900123"])
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func noValidRecipientMeansNoRequest() async throws {
        let transport = FakeTransport([:])
        let report = try await Fixture.client(transport).send("Hi", to: ["12", "abc"])
        #expect(transport.requests.isEmpty)
        #expect(report.requestCount == 0)
        #expect(!report.everyRequestAnswered)
        #expect(report.results.allSatisfy { $0.error?.code == .invalidRecipient })
    }

    @Test func htmlAndNewPlatformBodiesAreReportedPlainly() async throws {
        let html = FakeTransport(["/http/getbalance": [.body("<html><body>Bad gateway</body></html>")]])
        await #expect { _ = try await Fixture.client(html).balance() } throws: { ($0 as? ClickatellError)?.code == .unexpectedResponse }
        let json = FakeTransport(["/http/getbalance": [.body(#"{"messages":[],"errorCode":108,"error":"x"}"#)]])
        await #expect {
            _ = try await Fixture.client(json).balance()
        } throws: { error in
            guard let error = error as? ClickatellError else { return false }
            return error.code == .newPlatformAccount && error.clickatellCode?.rawValue == "108" && error.description.contains("2016")
        }
        let status = FakeTransport(["/http/getbalance": [.status(404, "Not Found")]])
        await #expect { _ = try await Fixture.client(status).balance() } throws: { ($0 as? ClickatellError)?.httpStatusCode == 404 }
    }

    @Test func anUnexpectedBodyIsQuotedUnlessItEchoesACredential() async throws {
        let junk = FakeTransport(["/http/getbalance": [.body("Invalid API token")]])
        await #expect { _ = try await Fixture.client(junk).balance() } throws: { "\($0)".contains("Invalid API token") }

        let echo = "Bad request: GET /http/getbalance?api_id=3456789&user=acme&password=pw-secret-42"
        for client in [Fixture.client(FakeTransport(["/http/getbalance": [.body(echo)]])),
                       Fixture.client(FakeTransport(["/http/getbalance": [.body("Credit: 1\n" + echo)]]))] {
            await #expect {
                _ = try await client.balance()
            } throws: { error in
                (error as? ClickatellError)?.code == .unexpectedResponse && !"\(error)".contains("pw-secret-42")
            }
        }
        let encoded = FakeTransport(["/http/getbalance": [.body("Bad request: password=s3cr%26t%20pw")]])
        let credentials = ClickatellCredentials(apiID: "1", user: "u", password: "s3cr&t pw")
        await #expect {
            _ = try await ClickatellClient(transport: encoded, credentials: credentials).balance()
        } throws: { error in
            (error as? ClickatellError)?.code == .unexpectedResponse && !"\(error)".contains("s3cr")
        }
        let session = FakeTransport(["/http/auth": [.body("OK: s3ss10n")], "/http/getbalance": [.body("echo session_id=s3ss10n")]])
        await #expect {
            _ = try await Fixture.client(session, session: true).balance()
        } throws: { error in
            (error as? ClickatellError)?.code == .unexpectedResponse && !"\(error)".contains("s3ss10n")
        }
    }

    @Test func newPlatformJSONIsRecognisedWhateverTheHTTPStatus() async throws {
        let body = #"{"messages":[],"errorCode":108,"error":"Invalid or missing API ID"}"#
        let json = FakeTransport(["/http/getbalance": [.status(401, body)], "/http/auth": [.status(401, body)]])
        await #expect { _ = try await Fixture.client(json).balance() } throws: { ($0 as? ClickatellError)?.code == .newPlatformAccount }
        await #expect {
            _ = try await Fixture.client(json, session: true).balance()
        } throws: { ($0 as? ClickatellError)?.code == .newPlatformAccount }
        let report = try await Fixture.client(FakeTransport(["/http/sendmsg": [.status(400, body)]])).send("Hi", to: ["447700900123"])
        #expect(report.results.first?.error?.code == .newPlatformAccount)
    }

    @Test func lookupsParseTheirAnswers() async throws {
        let transport = FakeTransport([
            "/http/querymsg": [.body("ID: 4889e40291643afeb5a7c4cce7811abb Status: 004")],
            "/http/getmsgcharge": [.body("apiMsgId: 18e8221e5aa50cfad72376e08f40388a charge: 0.33 status: 004")],
            "/http/delmsg": [.body("ID: 4889e40291643afeb5a7c4cce7811abb Status: 006")],
            "/http/token_pay": [.body("OK: 605")],
            "/utils/routeCoverage.php": [.body("OK: This prefix is currently supported. Messages sent to this prefix will be routed. Charge: 1")],
        ])
        let client = Fixture.client(transport)
        let status = try await client.status(of: .apiMessageID("4889e40291643afeb5a7c4cce7811abb"))
        #expect(status.status == .receivedByRecipient && status.charge == nil)
        let charge = try await client.charge(of: .apiMessageID("18e8221e5aa50cfad72376e08f40388a"))
        #expect(charge.charge == "0.33" && charge.status.isFinal)
        #expect(try await client.cancel(.apiMessageID("4889e40291643afeb5a7c4cce7811abb")).status == .userCancelled)
        #expect(try await client.redeem(voucher: "1234567890123456") == "605")
        let coverage = try await client.coverage(of: .init(validating: "27999123456"))
        #expect(coverage.isCovered && coverage.charge == "1")
        #expect(coverage.message == "This prefix is currently supported. Messages sent to this prefix will be routed.")
    }

    @Test func uncoveredPrefixIsAnAnswerNotAnError() async throws {
        let transport = FakeTransport(["/utils/routeCoverage.php": [.body("ERR: This prefix is not currently supported. Messages sent to this prefix will fail. Please contact support for assistance.")]])
        let coverage = try await Fixture.client(transport).coverage(of: .init(validating: "27999123456"))
        #expect(!coverage.isCovered && coverage.charge == nil)
    }

    @Test func batchCommandsRoundTrip() async throws {
        let transport = FakeTransport([
            "/http_batch/startbatch": [.body("ID: batch1")],
            "/http_batch/senditem": [.body("ID: item1")],
            "/http_batch/quicksend": [.body("ID: q1 To: 447700900123\nID: q2 To: 27999123456")],
            "/http_batch/endbatch": [.body("OK")],
        ])
        let client = Fixture.client(transport)
        let batch = try await client.startBatch(template: .init(encoding: "Hi #field1#"))
        #expect(batch.id == "batch1" && !batch.unicode)
        #expect(try await client.sendItem(of: batch, to: .init(validating: "447700900123"), fields: ["Zoé"]) == "item1")
        #expect(transport.bodies("/http_batch/senditem").first?.hasSuffix("field1=Zo%E9") == true)
        await #expect(throws: ClickatellError.invalidBatchField(2, offset: 4)) {
            _ = try await client.sendItem(of: batch, to: .init(validating: "447700900123"), fields: ["Jo", "Zoé Ω"])
        }
        let report = try await client.quickSend(batch, to: ["447700900123", "bad", "27999123456"])
        #expect(report.results.map(\.apiMessageID) == ["q1", nil, "q2"])
        try await client.endBatch(batch)
    }

    @Test func quicksendChunksItsListAndCarriesNoClientMessageID() async throws {
        let transport = FakeTransport([
            "/http_batch/quicksend": [
                .body("ID: q1 To: 447700900121\nID: q2 To: 447700900122"),
                .body("ERR: 105, Invalid Destination Address To: 447700900123"),
            ],
        ])
        let client = Fixture.client(transport) { $0.maxRecipientsPerPOST = 2 }
        let batch = ClickatellBatch(id: "b1", unicode: false)
        let report = try await client.quickSend(batch, to: ["447700900121", "bad", "447700900122", "447700900123"])
        #expect(transport.bodies("/http_batch/quicksend") == [
            "api_id=3456789&user=acme&password=pw-secret-42&batch_id=b1&to=447700900121,447700900122",
            "api_id=3456789&user=acme&password=pw-secret-42&batch_id=b1&to=447700900123",
        ])
        #expect(report.requestCount == 2 && report.everyRequestAnswered)
        #expect(report.results.map(\.to) == ["447700900121", "bad", "447700900122", "447700900123"])
        #expect(report.results.map(\.apiMessageID) == ["q1", nil, "q2", nil])
        #expect(report.results[1].error?.code == .invalidRecipient)
        #expect(report.results[3].error?.clickatellCode == .invalidDestinationAddress)
        #expect(report.results.allSatisfy { $0.clientMessageID == nil })
    }

    @Test func logsCarryNoSecretsAndNumbersAndTextOnlyAtDebug() async throws {
        let records = LogRecords()
        var logger = Logger(label: "test", factory: { _ in records.handler })
        logger.logLevel = .trace
        let transport = FakeTransport([
            "/http/auth": [.body("OK: sessionsecret77")],
            "/http/sendmsg": [.body("ERR: 003, Session ID expired"), .failure("the request timed out"), .body("ID: a")],
            "/http/querymsg": [.body("ERR: 104, Unknown client message ID")],
        ])
        var configuration = ClickatellClientConfiguration()
        configuration.usesSession = true
        configuration.sleep = { _ in }
        let client = ClickatellClient(transport: transport, credentials: Fixture.credentials, configuration: configuration, logger: logger)
        _ = try await client.send("top secret text", to: ["447700900123"])
        let all = records.lines
        #expect(!all.isEmpty)
        #expect(all.allSatisfy { !$0.text.contains("pw-secret-42") && !$0.text.contains("sessionsecret77") })
        #expect(all.filter { $0.level > .debug }.allSatisfy { !$0.text.contains("447700900123") && !$0.text.contains("top secret text") })
    }

    @Test func silentByDefault() {
        let client = ClickatellClient(transport: FakeTransport([:]), credentials: Fixture.credentials)
        #expect(client.configuration.usesSession == false)
    }
}

/// A log handler that keeps every line with its metadata.
final class LogRecords: Sendable {
    struct Line: Sendable {
        var level: Logger.Level
        var text: String
    }

    private let storage = Locked<[Line]>([])
    var lines: [Line] { storage.withLock { $0 } }

    var handler: Handler { Handler(records: self) }

    func append(_ line: Line) { storage.withLock { $0.append(line) } }

    struct Handler: LogHandler {
        let records: LogRecords
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let merged = metadata.merging(event.metadata ?? [:]) { $1 }
            records.append(Line(level: event.level, text: "\(event.message) \(merged)"))
        }
    }
}
#endif
