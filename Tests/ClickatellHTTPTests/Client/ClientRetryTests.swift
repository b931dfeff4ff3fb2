#if Clickatell
import ClickatellHTTP
import Testing

@Suite struct ClientRetryTests {
    @Test func internalErrorIsRetriedOnGetbalanceWithBackOff() async throws {
        let transport = FakeTransport(["/http/getbalance": [.body("ERR: 901, Internal error"), .body("Credit: 5.")]])
        let sleeper = SleepRecorder()
        #expect(try await Fixture.client(transport, sleeper: sleeper).balance() == "5.")
        #expect(transport.paths.count == 2)
        #expect(sleeper.recorded.count == 1)
        #expect(sleeper.recorded[0] <= .milliseconds(500) && sleeper.recorded[0] >= .milliseconds(250))
    }

    @Test func transportErrorsAndServerErrorsAreRetriedUpToTheLimitWithCappedDelays() async throws {
        let transport = FakeTransport(["/http/getbalance": [.failure("the request timed out"), .status(503, "busy"), .failure("x")]])
        let sleeper = SleepRecorder()
        let client = Fixture.client(transport, sleeper: sleeper) {
            $0.retry = .init(maxAttempts: 3, initialDelay: .seconds(1), maxDelay: .seconds(1), jitter: 0)
        }
        await #expect {
            _ = try await client.balance()
        } throws: { error in
            (error as? ClickatellError)?.code == .transportFailed
        }
        #expect(transport.paths.count == 3)
        #expect(sleeper.recorded == [.seconds(1), .seconds(1)])
    }

    @Test func sendmsgIsNeverRepeatedBlindlyQuerymsgFindsIt() async throws {
        let transport = FakeTransport([
            "/http/sendmsg": [.body("ERR: 901, Internal error")],
            "/http/querymsg": [.body("ID: 4889e40291643afeb5a7c4cce7811abb Status: 003")],
        ])
        let report = try await Fixture.client(transport).send("Hi", to: ["447700900123"])
        #expect(transport.paths == ["/http/sendmsg", "/http/querymsg"])
        #expect(transport.bodies("/http/querymsg") == ["api_id=3456789&user=acme&password=pw-secret-42&climsgid=generated01"])
        #expect(transport.bodies("/http/sendmsg")[0].hasSuffix("&cliMsgId=generated01"))
        #expect(report.results.map(\.apiMessageID) == ["4889e40291643afeb5a7c4cce7811abb"])
        #expect(report.everyRequestAnswered)
    }

    @Test func sendmsgIsSentAgainOnlyWhenQuerymsgSaysUnknownClientMessageID() async throws {
        let transport = FakeTransport([
            "/http/sendmsg": [.failure("the connection was lost"), .body("ID: def")],
            "/http/querymsg": [.body("ERR: 104, Unknown client message ID")],
        ])
        let report = try await Fixture.client(transport).send("Hi", to: ["447700900123"], clientMessageID: "order1234")
        #expect(transport.paths == ["/http/sendmsg", "/http/querymsg", "/http/sendmsg"])
        #expect(transport.bodies("/http/sendmsg").allSatisfy { $0.hasSuffix("&cliMsgId=order1234") })
        #expect(report.results.map(\.apiMessageID) == ["def"])
    }

    @Test func sendmsgWithAnUnknownOutcomeAndNoRetriesLeftIsReportedNotResent() async throws {
        let transport = FakeTransport(["/http/sendmsg": [.failure("the request timed out")]])
        let client = Fixture.client(transport) { $0.retry.maxAttempts = 1 }
        let report = try await client.send("Hi", to: ["447700900123"])
        #expect(transport.paths == ["/http/sendmsg"])
        #expect(report.results.first?.error?.code == .outcomeUnknown)
        #expect(!report.everyRequestAnswered)
    }

    @Test func whenQuerymsgCannotTellTheMessageIsNotResent() async throws {
        let transport = FakeTransport([
            "/http/sendmsg": [.body("ERR: 901, Internal error")],
            "/http/querymsg": [.failure("down")],
        ])
        let report = try await Fixture.client(transport).send("Hi", to: ["447700900123"])
        #expect(transport.paths.filter { $0 == "/http/sendmsg" }.count == 1)
        #expect(report.results.first?.error?.code == .outcomeUnknown)
    }

    @Test func tokenPayIsNotRetried() async throws {
        let transport = FakeTransport(["/http/token_pay": [.body("ERR: 901, Internal error"), .body("OK: 605")]])
        await #expect(throws: ClickatellError.self) { _ = try await Fixture.client(transport).redeem(voucher: "1234567890123456") }
        #expect(transport.paths.count == 1)
    }

    @Test func err130WaitsUntilTheTimeNamedWhenAllowed() async throws {
        let transport = FakeTransport([
            "/http/getbalance": [.body("ERR: 130, Maximum MT limit exceeded until 1388534400"), .body("Credit: 1")],
        ])
        let sleeper = SleepRecorder()
        let client = Fixture.client(transport, sleeper: sleeper) {
            $0.mtLimitPolicy = .wait(upTo: .seconds(60))
            $0.unixTime = { 1_388_534_390 }
        }
        #expect(try await client.balance() == "1")
        #expect(sleeper.recorded == [.seconds(11)])
    }

    @Test func err130FailsFastByDefaultOrWhenTheWaitIsTooLong() async throws {
        for policy in [ClickatellClientConfiguration.MTLimitPolicy.failFast, .wait(upTo: .seconds(5))] {
            let transport = FakeTransport(["/http/sendmsg": [.body("ERR: 130, Maximum MT limit exceeded until 1388534400")]])
            let sleeper = SleepRecorder()
            let client = Fixture.client(transport, sleeper: sleeper) {
                $0.mtLimitPolicy = policy
                $0.unixTime = { 1_388_534_390 }
            }
            let report = try await client.send("Hi", to: ["447700900123"])
            let error = try #require(report.results.first?.error)
            #expect(error.code == .mtLimitExceeded)
            #expect(error.blockedUntil == 1_388_534_400)
            #expect(sleeper.recorded.isEmpty)
            #expect(!report.everyRequestAnswered)
        }
    }

    @Test func rateLimitSpacesRequests() async throws {
        let transport = FakeTransport(["/http/sendmsg": [.body("ID: a")]])
        let sleeper = SleepRecorder()
        let client = Fixture.client(transport, sleeper: sleeper) {
            $0.messagesPerSecond = 1
            $0.maxRecipientsPerPOST = 1
        }
        _ = try await client.send("Hi", to: ["447700900123", "447700900124"])
        #expect(sleeper.recorded.count == 1)
        #expect(sleeper.recorded[0] > .milliseconds(900) && sleeper.recorded[0] <= .seconds(1))
    }
}
#endif
