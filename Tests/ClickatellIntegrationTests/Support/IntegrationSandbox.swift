#if Clickatell && Sandbox
import _SMSTestSupport
import ClickatellHTTP
import ClickatellSandbox
import ClickatellURLSession
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if AsyncHTTPClient
import ClickatellAsyncHTTPClient
#endif

/// The real transports the integration tests run through: `URLSessionTransport` always,
/// `AsyncHTTPClientTransport` with the `AsyncHTTPClient` trait. A test takes
/// `TransportKind.allCases` as its arguments and runs once per transport.
enum TransportKind: CaseIterable, Sendable {
    case urlSession
    #if AsyncHTTPClient
    case asyncHTTPClient
    #endif

    /// Runs `body` with a transport of this kind pointed at `baseURL`, and disposes of it
    /// afterwards (AsyncHTTPClient's client is shut down whatever `body` does).
    func withTransport(baseURL: String, timeout: TimeInterval, _ body: (any ClickatellTransport) async throws -> Void) async throws {
        switch self {
        case .urlSession:
            try await body(URLSessionTransport(baseURL: baseURL, timeout: timeout))
        #if AsyncHTTPClient
        case .asyncHTTPClient:
            try await AsyncHTTPClientTransport.withTransport(baseURL: baseURL, timeout: timeout) { try await body($0) }
        #endif
        }
    }
}

/// A sandbox on 127.0.0.1 (an ephemeral port, a manual clock) and the real client on a real
/// transport pointed at it. ``run(over:_:_:)`` stops the server whatever the body does.
struct IntegrationSandbox {
    static let apiID = "3456789"
    static let user = "integration"
    /// A password the client must percent-encode (UTF-8 `ä`, `&`, `=`, `%`, `+`, a space).
    static let password = "pä ss&w=o%r+d"
    static let start: Double = 1_700_000_000
    /// The most a single request may take: a hang guard, not a speed check.
    static let timeout: TimeInterval = 60

    let clock: ManualSandboxClock
    let emulator: SandboxEmulator
    let server: SandboxServer
    let transport: RecordingTransport
    let client: ClickatellClient<RecordingTransport>

    var baseURL: String { "http://127.0.0.1:\(server.port)" }

    /// What a test may change: the sandbox's configuration and the client's.
    struct Setup {
        var sandbox: SandboxConfiguration
        var client: ClickatellClientConfiguration
    }

    /// Starts a sandbox (one account, credit 100, delivery delay 10 s on a manual clock,
    /// seed 1), runs `body` with a client on it over a transport of the given kind, and shuts
    /// the server down.
    static func run(
        over kind: TransportKind,
        _ configure: (inout Setup) -> Void = { _ in },
        _ body: (IntegrationSandbox) async throws -> Void
    ) async throws {
        var setup = Setup(
            sandbox: SandboxConfiguration(accounts: [SandboxAccount(apiID: apiID, user: user, password: password)]),
            client: ClickatellClientConfiguration())
        setup.sandbox.deliveryDelay = 10
        setup.sandbox.seed = 1
        // Retries wait for nothing: back-off timing is not what these tests check.
        setup.client.sleep = { _ in }
        configure(&setup)
        let configuration = setup.sandbox
        let clock = ManualSandboxClock(now: start)
        let emulator = SandboxEmulator(configuration: configuration, clock: clock)
        let delivery = CallbackDelivery(retryScale: 0.001, transport: URLSessionCallbackTransport.post)
        let server = try await SandboxServer.start(
            emulator: emulator, host: "127.0.0.1", port: 0, delivery: delivery, pollInterval: .milliseconds(10))
        do {
            try await kind.withTransport(baseURL: "http://127.0.0.1:\(server.port)", timeout: timeout) { base in
                let transport = RecordingTransport(base)
                let client = ClickatellClient(
                    transport: transport,
                    credentials: ClickatellCredentials(apiID: apiID, user: user, password: password),
                    configuration: setup.client)
                try await body(IntegrationSandbox(clock: clock, emulator: emulator, server: server, transport: transport, client: client))
            }
        } catch {
            await server.shutdown()
            throw error
        }
        await server.shutdown()
    }

    /// `GET /sandbox/messages`: every message the sandbox stored, in arrival order.
    func storedMessages() async throws -> [StoredMessage] {
        guard let url = URL(string: "\(baseURL)/sandbox/messages") else { throw URLError(.badURL) }
        let (data, response) = try await URLSession.shared.data(for: URLRequest(url: url, timeoutInterval: Self.timeout))
        guard (response as? HTTPURLResponse)?.statusCode == 200 else { throw URLError(.badServerResponse) }
        return try JSONDecoder().decode([StoredMessage].self, from: data)
    }
}

/// One entry of `/sandbox/messages` (docs/sandbox.md, "Inspection endpoints for tests").
struct StoredMessage: Decodable, Equatable {
    let apiMessageId: String
    let cliMessageId: String?
    let to: String
    let from: String
    let text: String
    let unicode: Bool
    let parts: Int
    let status: String
    let charge: Double
    let method: String
}

/// The real transport, recording each request's method, path and form (body or query) before
/// passing it on, so a test can tell which requests went over the wire.
struct RecordingTransport: ClickatellTransport {
    struct Sent: Sendable, Equatable {
        let method: String
        let path: String
        /// The form: the POST body, or the GET query.
        let form: String
    }

    /// The requests so far, shared by every copy of the transport.
    final class Log: Sendable {
        let requests = Locked<[Sent]>([])
    }

    let base: any ClickatellTransport
    private let log = Log()

    init(_ base: any ClickatellTransport) { self.base = base }

    func send(_ request: ClickatellHTTPRequest) async throws -> ClickatellHTTPResponse {
        let form = request.method == .post ? String(decoding: request.body, as: UTF8.self) : request.query
        log.requests.withLock { $0.append(Sent(method: request.method.rawValue, path: request.path, form: form)) }
        return try await base.send(request)
    }

    var sent: [Sent] { log.requests.withLock { $0 } }
    var paths: [String] { sent.map(\.path) }

    /// The decoded value of a form field of a request.
    static func field(_ name: String, of sent: Sent) -> String? {
        FormDecoding.fields(sent.form).last { $0.name == name }?.value
    }
}

/// `application/x-www-form-urlencoded` decoding (UTF-8; `+` is a space), for test checks.
enum FormDecoding {
    static func fields(_ form: String) -> [(name: String, value: String)] {
        form.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let halves = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) -> String {
                let spaced = text.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            return (decode(halves[0]), halves.count > 1 ? decode(halves[1]) : "")
        }
    }

    static func dictionary(_ form: String) -> [String: String] {
        Dictionary(fields(form).map { ($0.name, $0.value) }, uniquingKeysWith: { _, last in last })
    }
}
#endif
