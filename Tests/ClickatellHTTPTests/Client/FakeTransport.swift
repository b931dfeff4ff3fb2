#if Clickatell
import _SMSTestSupport
import ClickatellHTTP

/// An in-process Clickatell: answers each request from a script kept per path, and records
/// every request. No network.
final class FakeTransport: ClickatellTransport {
    enum Reply: Sendable {
        case body(String)
        case status(Int, String)
        case failure(String)
    }

    struct State {
        var script: [String: [Reply]]
        var requests: [ClickatellHTTPRequest] = []
    }

    let state: Locked<State>

    /// A transport that answers `path` with its replies in turn (the last one repeats).
    init(_ script: [String: [Reply]]) {
        state = Locked(State(script: script))
    }

    func send(_ request: ClickatellHTTPRequest) async throws -> ClickatellHTTPResponse {
        let reply = state.withLock { state -> Reply? in
            state.requests.append(request)
            guard var replies = state.script[request.path], let first = replies.first else { return nil }
            if replies.count > 1 { replies.removeFirst() }
            state.script[request.path] = replies
            return first
        }
        switch reply {
        case .body(let body)?: return ClickatellHTTPResponse(body)
        case .status(let code, let body)?: return ClickatellHTTPResponse(body, statusCode: code)
        case .failure(let message)?: throw ClickatellTransportError(message)
        case nil: return ClickatellHTTPResponse("<html>404 no script for \(request.path)</html>", statusCode: 404)
        }
    }

    var requests: [ClickatellHTTPRequest] { state.withLock { $0.requests } }

    /// The paths requested, in order.
    var paths: [String] { requests.map(\.path) }

    /// The bodies of the requests to `path`, as text.
    func bodies(_ path: String) -> [String] {
        requests.filter { $0.path == path }.map { String(decoding: $0.body, as: UTF8.self) }
    }
}

/// Records the delays the client asks for, and never waits.
final class SleepRecorder: Sendable {
    private let delays = Locked<[Duration]>([])
    var recorded: [Duration] { delays.withLock { $0 } }
    var sleep: @Sendable (Duration) async throws -> Void {
        { [self] duration in delays.withLock { $0.append(duration) } }
    }
}

enum Fixture {
    static let credentials = ClickatellCredentials(apiID: "3456789", user: "acme", password: "pw-secret-42")

    static func client(
        _ transport: FakeTransport, session: Bool = false, sleeper: SleepRecorder = SleepRecorder(),
        configure: (inout ClickatellClientConfiguration) -> Void = { _ in }
    ) -> ClickatellClient<FakeTransport> {
        var configuration = ClickatellClientConfiguration()
        configuration.usesSession = session
        configuration.sleep = sleeper.sleep
        configuration.makeClientMessageID = { "generated01" }
        configure(&configuration)
        return ClickatellClient(transport: transport, credentials: credentials, configuration: configuration)
    }
}
#endif
