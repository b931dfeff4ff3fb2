#if Clickatell
import ClickatellHTTP
import Testing

@Suite struct ClientSessionTests {
    @Test func sessionModeAuthenticatesLazilyAndRenewsOnceWhenTheSessionExpired() async throws {
        let transport = FakeTransport([
            "/http/auth": [.body("OK: s1"), .body("OK: s2")],
            "/http/getbalance": [.body("ERR: 003, Session ID expired"), .body("Credit: 12.5")],
        ])
        let client = Fixture.client(transport, session: true)
        #expect(transport.requests.isEmpty)  // lazy
        #expect(try await client.balance() == "12.5")
        #expect(transport.paths == ["/http/auth", "/http/getbalance", "/http/auth", "/http/getbalance"])
        #expect(transport.bodies("/http/auth") == Array(repeating: "api_id=3456789&user=acme&password=pw-secret-42", count: 2))
        #expect(transport.bodies("/http/getbalance") == ["session_id=s1", "session_id=s2"])
    }

    @Test(arguments: ["ERR: 001, Authentication failed", "ERR: 005, Missing session ID"])
    func otherSessionErrorsAlsoRenew(error: String) async throws {
        let transport = FakeTransport([
            "/http/auth": [.body("OK: s1"), .body("OK: s2")],
            "/http/getbalance": [.body(error), .body("Credit: 1")],
        ])
        #expect(try await Fixture.client(transport, session: true).balance() == "1")
    }

    @Test func theSessionIsReusedAcrossCalls() async throws {
        let transport = FakeTransport(["/http/auth": [.body("OK: s1")], "/http/getbalance": [.body("Credit: 1")]])
        let client = Fixture.client(transport, session: true)
        _ = try await client.balance()
        _ = try await client.balance()
        #expect(transport.paths == ["/http/auth", "/http/getbalance", "/http/getbalance"])
    }

    @Test func renewalHappensOnlyOnce() async throws {
        let transport = FakeTransport([
            "/http/auth": [.body("OK: s1"), .body("OK: s2")],
            "/http/getbalance": [.body("ERR: 003, Session ID expired")],
        ])
        await #expect {
            _ = try await Fixture.client(transport, session: true).balance()
        } throws: { error in
            (error as? ClickatellError)?.clickatellCode == .sessionIDExpired
        }
        #expect(transport.paths.filter { $0 == "/http/auth" }.count == 2)
    }

    @Test func statelessModeSendsCredentialsAndTreats001AsFinal() async throws {
        let transport = FakeTransport(["/http/getbalance": [.body("ERR: 001, Authentication failed")]])
        await #expect {
            _ = try await Fixture.client(transport).balance()
        } throws: { error in
            guard let error = error as? ClickatellError else { return false }
            return error.clickatellCode == .authenticationFailed && !error.description.contains("pw-secret-42")
        }
        #expect(transport.paths == ["/http/getbalance"])
    }

    @Test func failedAuthenticationIsReportedWithoutTheSecret() async throws {
        let transport = FakeTransport(["/http/auth": [.body("ERR: 002, Unknown username or password")]])
        await #expect {
            _ = try await Fixture.client(transport, session: true).balance()
        } throws: { error in
            (error as? ClickatellError)?.clickatellCode == .unknownUsernameOrPassword
        }
    }

    @Test func authIsRetriedLikeEveryIdempotentCommandOnTransportErrorsAnd901() async throws {
        let transport = FakeTransport([
            "/http/auth": [.failure("the request timed out"), .body("ERR: 901, Internal error"), .body("OK: s1")],
            "/http/getbalance": [.body("Credit: 1")],
        ])
        let sleeper = SleepRecorder()
        #expect(try await Fixture.client(transport, session: true, sleeper: sleeper).balance() == "1")
        #expect(transport.paths == ["/http/auth", "/http/auth", "/http/auth", "/http/getbalance"])
        #expect(sleeper.recorded.count == 2)
    }

    @Test func authRetriesStopAtTheLimitAndNeverRepeatAnAnswer() async throws {
        let transport = FakeTransport(["/http/auth": [.failure("the request timed out")]])
        await #expect {
            _ = try await Fixture.client(transport, session: true).balance()
        } throws: { error in
            (error as? ClickatellError)?.code == .transportFailed
        }
        #expect(transport.paths == Array(repeating: "/http/auth", count: 3))

        let refused = FakeTransport(["/http/auth": [.body("ERR: 002, Unknown username or password")]])
        await #expect(throws: ClickatellError.self) { _ = try await Fixture.client(refused, session: true).balance() }
        #expect(refused.paths == ["/http/auth"])
    }

    @Test func pingUsesTheSessionID() async throws {
        let transport = FakeTransport(["/http/auth": [.body("OK: s1")], "/http/ping": [.body("OK:")]])
        try await Fixture.client(transport, session: true).ping()
        #expect(transport.bodies("/http/ping") == ["session_id=s1"])
    }

    @Test func pingInStatelessModeAuthenticatesFirst() async throws {
        let transport = FakeTransport(["/http/auth": [.body("OK: s9")], "/http/ping": [.body("OK: s9")]])
        try await Fixture.client(transport).ping()
        #expect(transport.paths == ["/http/auth", "/http/ping"])
    }

    @Test func keepAlivePingsUntilCancelled() async throws {
        let transport = FakeTransport(["/http/auth": [.body("OK: s1")], "/http/ping": [.body("OK:")]])
        var configuration = ClickatellClientConfiguration()
        configuration.usesSession = true
        configuration.sleep = { _ in await Task.yield() }
        let client = ClickatellClient(transport: transport, credentials: Fixture.credentials, configuration: configuration)
        let task = Task { await client.keepAlive(every: .seconds(600)) }
        while transport.paths.filter({ $0 == "/http/ping" }).count < 2 { await Task.yield() }
        task.cancel()
        await task.value
        #expect(transport.paths.first == "/http/auth")
    }
}
#endif
