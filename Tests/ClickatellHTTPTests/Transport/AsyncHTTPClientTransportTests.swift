#if AsyncHTTPClient && Clickatell
import AsyncHTTPClient
import ClickatellAsyncHTTPClient
import ClickatellHTTP
import NIOHTTP1
import Testing

@Suite struct AsyncHTTPClientTransportTests {
    private let credentials = ClickatellCredentials(apiID: "1", user: "u", password: "pw-secret")

    @Test func postGoesToBaseURLPlusPathWithAFormBody() throws {
        let transport = try AsyncHTTPClientTransport(httpClient: .shared)
        let request = ClickatellRequest.balance.httpRequest(authentication: .credentials(credentials))
        let httpRequest = transport.httpClientRequest(for: request)
        #expect(httpRequest.url == "https://api.clickatell.com/http/getbalance")
        #expect(httpRequest.method == .POST)
        #expect(httpRequest.headers["Content-Type"] == ["application/x-www-form-urlencoded"])
        #expect(httpRequest.body != nil)
        #expect(transport.timeout == 30)
    }

    @Test func getPutsTheFormInTheQueryAndKeepsThePathPrefix() throws {
        let transport = try AsyncHTTPClientTransport(baseURL: "http://127.0.0.1:8080/prefix/", timeout: 5, httpClient: .shared)
        let request = ClickatellRequest.balance.httpRequest(authentication: .session(id: "s1"), method: .get)
        let httpRequest = transport.httpClientRequest(for: request)
        #expect(httpRequest.url == "http://127.0.0.1:8080/prefix/http/getbalance?session_id=s1")
        #expect(httpRequest.method == .GET)
        #expect(httpRequest.body == nil)
    }

    @Test(arguments: ["", "api.clickatell.com", "ftp://api.clickatell.com", "https://"])
    func baseURLMustBeAbsoluteHTTP(base: String) async {
        #expect(throws: ClickatellTransportError.self) { _ = try AsyncHTTPClientTransport(baseURL: base, httpClient: .shared) }
        await #expect(throws: ClickatellTransportError.self) {
            try await AsyncHTTPClientTransport.withTransport(baseURL: base) { _ in Issue.record("the body ran") }
        }
    }

    @Test(arguments: [0, -1, .nan, .infinity, 86_401] as [Double])
    func timeoutMustBePositiveAndAtMostADay(timeout: Double) {
        #expect(throws: ClickatellTransportError.self) { _ = try AsyncHTTPClientTransport(timeout: timeout, httpClient: .shared) }
    }

    @Test func theClientConfigurationFollowsNoRedirectsAndBoundsThePool() throws {
        let configuration = try AsyncHTTPClientTransport.clientConfiguration(maxConnectionsPerHost: 2)
        #expect(configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit == 2)
        #expect(throws: ClickatellTransportError.self) { _ = try AsyncHTTPClientTransport.clientConfiguration(maxConnectionsPerHost: 0) }
    }

    @Test func exchangesWithALoopbackServerAndReusesTheConnection() async throws {
        let server = try LoopbackHTTPServer(body: "Credit: 12.5")
        defer { server.stop() }
        try await AsyncHTTPClientTransport.withTransport(baseURL: "http://127.0.0.1:\(server.port)", timeout: 10) { transport in
            let client = ClickatellClient(transport: transport, credentials: credentials)
            let balances = [try await client.balance(), try await client.balance()]
            #expect(balances == ["12.5", "12.5"])
        }
        let received = server.received
        #expect(received.count == 2)
        #expect(received.first?.requestLine == "POST /http/getbalance HTTP/1.1")
        #expect(received.first?.headers["content-type"] == "application/x-www-form-urlencoded")
        #expect(received.first?.headers["content-length"] == "34")
        #expect(received.first.map { String(decoding: $0.body, as: UTF8.self) } == "api_id=1&user=u&password=pw-secret")
        #expect(server.connections == 1)
    }

    @Test func nonSuccessStatusesAreReturnedNotThrown() async throws {
        let server = try LoopbackHTTPServer(status: 502, body: "<html>Bad gateway</html>")
        defer { server.stop() }
        let response = try await AsyncHTTPClientTransport.withTransport(baseURL: "http://127.0.0.1:\(server.port)") { transport in
            try await transport.send(ClickatellRequest.balance.httpRequest(authentication: .session(id: "s")))
        }
        #expect(response.statusCode == 502)
        #expect(response.contentType == "text/html")
        #expect(ClickatellResponse(parsing: response.body).form == .html)
    }

    @Test func aRedirectIsReturnedNotFollowed() async throws {
        let server = try LoopbackHTTPServer(status: 302, headers: ["Location: /elsewhere"], body: "moved")
        defer { server.stop() }
        let response = try await AsyncHTTPClientTransport.withTransport(baseURL: "http://127.0.0.1:\(server.port)") { transport in
            try await transport.send(ClickatellRequest.balance.httpRequest(authentication: .session(id: "s")))
        }
        #expect(response.statusCode == 302)
        #expect(server.received.map(\.requestLine) == ["POST /http/getbalance HTTP/1.1"])
    }

    @Test func aClientThatFollowsRedirectsHasItsAnswerRefused() async throws {
        let server = try LoopbackHTTPServer(status: 302, headers: ["Location: /elsewhere"], body: "moved")
        defer { server.stop() }
        var following = HTTPClient.Configuration()
        following.redirectConfiguration = .follow(max: 5, allowCycles: false)
        try await HTTPClient.withHTTPClient(configuration: following) { httpClient in
            let transport = try AsyncHTTPClientTransport(baseURL: "http://127.0.0.1:\(server.port)", timeout: 10, httpClient: httpClient)
            await #expect {
                _ = try await transport.send(ClickatellRequest.balance.httpRequest(authentication: .session(id: "s")))
            } throws: { error in
                (error as? ClickatellTransportError)?.message == "the request was redirected, which Clickatell's API never does"
            }
        }
    }

    @Test func aBodyOverTheLimitIsRefused() async throws {
        let server = try LoopbackHTTPServer(body: String(repeating: "x", count: AsyncHTTPClientTransport.maxResponseBodyOctets + 1))
        defer { server.stop() }
        try await AsyncHTTPClientTransport.withTransport(baseURL: "http://127.0.0.1:\(server.port)", timeout: 10) { transport in
            let request = ClickatellRequest.balance.httpRequest(authentication: .session(id: "s"))
            await #expect {
                _ = try await transport.send(request)
            } throws: { error in
                (error as? ClickatellTransportError)?.message == "the response body exceeded 1048576 octets"
            }
        }
    }

    /// The deadline holds before the response head (AsyncHTTPClient's) and while the body is
    /// read (the transport's own). The server is 60 times later than the timeout: both timers
    /// run on the cooperative thread pool, which a busy parallel test run can hold for seconds.
    @Test(arguments: [(head: 30.0, body: 0.0), (head: 0.0, body: 30.0)])
    func aLateAnswerTimesOut(delay: (head: Double, body: Double)) async throws {
        let server = try LoopbackHTTPServer(body: "Credit: 1", headDelay: delay.head, bodyDelay: delay.body)
        defer { server.stop() }
        try await AsyncHTTPClientTransport.withTransport(baseURL: "http://127.0.0.1:\(server.port)", timeout: 0.5) { transport in
            let request = ClickatellRequest.balance.httpRequest(authentication: .session(id: "s"))
            await #expect {
                _ = try await transport.send(request)
            } throws: { error in
                (error as? ClickatellTransportError)?.message == "the request timed out"
            }
        }
    }

    @Test func cancellingTheTaskThrowsCancellationError() async throws {
        let server = try LoopbackHTTPServer(body: "Credit: 1", headDelay: 30)
        defer { server.stop() }
        try await AsyncHTTPClientTransport.withTransport(baseURL: "http://127.0.0.1:\(server.port)", timeout: 10) { transport in
            let task = Task {
                try await transport.send(ClickatellRequest.balance.httpRequest(authentication: .session(id: "s")))
            }
            // Cancelled once the request is on the wire (or before: either way it must not answer).
            while server.received.isEmpty { try await Task.sleep(nanoseconds: 10_000_000) }
            task.cancel()
            await #expect(throws: CancellationError.self) { _ = try await task.value }
        }
    }

    @Test func connectionFailuresNameNoURLOrSecret() async throws {
        let server = try LoopbackHTTPServer(body: "")
        let port = server.port
        server.stop()
        try await AsyncHTTPClientTransport.withTransport(baseURL: "http://127.0.0.1:\(port)", timeout: 2) { transport in
            let request = ClickatellRequest.balance.httpRequest(authentication: .credentials(credentials), method: .get)
            await #expect {
                _ = try await transport.send(request)
            } throws: { error in
                (error as? ClickatellTransportError)?.message == "could not connect to the host"
            }
        }
    }

    @Test func aTransportUsedAfterItsScopeSaysTheClientIsShutDown() async throws {
        let transport = try await AsyncHTTPClientTransport.withTransport { $0 }
        await #expect {
            _ = try await transport.send(ClickatellRequest.balance.httpRequest(authentication: .session(id: "s")))
        } throws: { error in
            (error as? ClickatellTransportError)?.message == "the HTTP client has been shut down"
        }
    }
}
#endif
