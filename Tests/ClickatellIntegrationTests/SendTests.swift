#if Clickatell && Sandbox
import ClickatellHTTP
import ClickatellSandbox
import Testing

@Suite("The client against the sandbox: sending")
struct SendTests {
    @Test(arguments: TransportKind.allCases)
    func threeRecipientsWithOneInvalidNumberGiveThreeResultsInOrder(over transport: TransportKind) async throws {
        try await IntegrationSandbox.run(over: transport) { sandbox in
            let report = try await sandbox.client.send("Hi", to: ["447700900123", "12", "447700900124"])
            #expect(report.results.map(\.to) == ["447700900123", "12", "447700900124"])
            #expect(report.results.map(\.kind) == [.recipient, .recipient, .recipient])
            #expect(report.results.map(\.isAccepted) == [true, false, true])
            // The invalid number is decided by the client: no request carries it.
            #expect(report.results[1].error?.code == .invalidRecipient)
            #expect(report.results[1].clientMessageID == nil)
            #expect(report.requestCount == 1)
            #expect(report.everyRequestAnswered)
            let sends = sandbox.transport.sent.filter { $0.path == "/http/sendmsg" }
            #expect(sends.count == 1)
            #expect(sends.first.flatMap { RecordingTransport.field("to", of: $0) } == "447700900123,447700900124")

            let stored = try await sandbox.storedMessages()
            #expect(stored.map(\.to) == ["447700900123", "447700900124"])
            #expect(stored.map(\.apiMessageId) == [report.results[0].apiMessageID, report.results[2].apiMessageID])
            #expect(Set(stored.map(\.apiMessageId)).count == 2)
        }
    }

    @Test(arguments: TransportKind.allCases)
    func aNumberTheGatewayRejectsGetsERR105InItsPlace(over transport: TransportKind) async throws {
        try await IntegrationSandbox.run(over: transport, { $0.sandbox.rejectPrefixes = ["447700900999"] }) { sandbox in
            let report = try await sandbox.client.send("Hi", to: ["447700900123", "447700900999", "447700900124"])
            #expect(report.results.map(\.to) == ["447700900123", "447700900999", "447700900124"])
            #expect(report.results.map(\.isAccepted) == [true, false, true])
            #expect(report.results[1].error?.clickatellCode == .invalidDestinationAddress)
            #expect(report.results[1].serverTo == "447700900999")
            #expect(report.results[0].serverTo == "447700900123")
            #expect(report.everyRequestAnswered)
            let stored = try await sandbox.storedMessages()
            #expect(stored.map(\.to) == ["447700900123", "447700900124"])
            #expect(try await sandbox.client.balance() == "98")
        }
    }

    @Test(arguments: TransportKind.allCases)
    func aThreePartMessageGoesWithConcat3AndIsChargedThreeParts(over transport: TransportKind) async throws {
        // 307 GSM-7 characters: 153 + 153 + 1 (TS 23.040 concatenation: 153 septets per part).
        let text = String(repeating: "a", count: 307)
        // The sandbox's default concat is 1 here, so only an explicit concat=3 can be accepted.
        try await IntegrationSandbox.run(over: transport, { $0.sandbox.defaultConcat = 1 }) { sandbox in
            let report = try await sandbox.client.send(text, to: ["447700900123"])
            let id = try #require(report.results.first?.apiMessageID)
            let send = try #require(sandbox.transport.sent.first { $0.path == "/http/sendmsg" })
            #expect(RecordingTransport.field("concat", of: send) == "3")
            #expect(RecordingTransport.field("unicode", of: send) == "0")
            let stored = try await sandbox.storedMessages()
            #expect(stored.map(\.parts) == [3])
            #expect(stored.map(\.charge) == [3])
            #expect(stored.map(\.text) == [text])
            let charge = try await sandbox.client.charge(of: .apiMessageID(id))
            #expect(charge.charge.flatMap(Double.init) == 3)
            #expect(try await sandbox.client.balance() == "97")
        }
    }

    @Test(arguments: TransportKind.allCases)
    func aTextNeedingMorePartsThanAllowedIsRefusedBeforeAnyRequest(over transport: TransportKind) async throws {
        // 460 GSM-7 characters need 4 parts of 153; the default maximum is 3.
        let text = String(repeating: "a", count: 460)
        try await IntegrationSandbox.run(over: transport) { sandbox in
            await #expect {
                _ = try await sandbox.client.send(text, to: ["447700900123"])
            } throws: { error in
                guard let error = error as? ClickatellError else { return false }
                return error.code == .tooManyParts && error.partsNeeded == 4 && error.maxParts == 3
            }
            #expect(sandbox.transport.sent.isEmpty)
            let stored = try await sandbox.storedMessages()
            #expect(stored.isEmpty)
            #expect(await sandbox.emulator.credit(ofUser: IntegrationSandbox.user) == Credits(100))
        }
    }
    /// GET (query) and POST (form body) alike: texts with characters a URL or form must
    /// escape arrive exactly, and 250 recipients go in chunks of 100 (GET) or 300 (POST) with
    /// one result each, in order (reference §3: 100 per GET, 300 per POST).
    @Test(arguments: TransportKind.allCases, [ClickatellHTTPRequest.Method.get, .post])
    func escapedTextsAndChunkedRecipientsArriveByEitherMethod(over transport: TransportKind, _ method: ClickatellHTTPRequest.Method) async throws {
        try await IntegrationSandbox.run(over: transport, {
            $0.client.method = method
            $0.sandbox.accounts[0].credit = Credits(1000)
        }) { sandbox in
            let texts = ["€5 £4 {x} ~ | ^ \\ [ ] äöü ÄÖÜ ß é ñ ¿¡ §", "ΩΨΘ 😀 漢字", "a+b=c&d%e #f ?g /h"]
            for text in texts {
                let report = try await sandbox.client.send(text, to: ["447700900123"])
                #expect(report.results.first?.isAccepted == true)
            }
            let many = (0..<250).map { "4477009" + String(String(100_000 + $0).dropFirst()) }
            let report = try await sandbox.client.send("bulk", to: many)
            #expect(report.results.map(\.to) == many)
            #expect(report.results.allSatisfy { $0.isAccepted })
            #expect(report.requestCount == (method == .get ? 3 : 1))

            let stored = try await sandbox.storedMessages()
            #expect(stored.prefix(3).map(\.text) == texts)
            #expect(stored.dropFirst(3).map(\.to) == many)
            #expect(stored.dropFirst(3).map(\.apiMessageId) == report.results.compactMap(\.apiMessageID))
            #expect(stored.allSatisfy { $0.method == method.rawValue })
        }
    }
}
#endif
