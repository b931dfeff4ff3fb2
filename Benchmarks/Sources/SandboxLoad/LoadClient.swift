import ClickatellHTTP
import ClickatellSandbox
import ClickatellURLSession
import Foundation

/// Hands out ticket numbers, 0, 1, 2…, until the call cap or the deadline is reached.
final class Tickets: @unchecked Sendable {
    // Every access to `issued` holds `lock`.
    private let lock = NSLock()
    private var issued = 0
    private let cap: Int
    private let deadline: ContinuousClock.Instant

    init(cap: Int, deadline: ContinuousClock.Instant) {
        self.cap = cap
        self.deadline = deadline
    }

    /// The next ticket, or `nil` once the cap or the deadline is reached.
    func next() -> Int? {
        lock.withLock {
            guard issued < cap, ContinuousClock.now < deadline else { return nil }
            defer { issued += 1 }
            return issued
        }
    }
}

/// The real `URLSessionTransport`, counting the HTTP requests it carries (`auth` included).
struct CountingTransport: ClickatellTransport {
    /// The count, shared by the copies the client keeps.
    final class Counter: @unchecked Sendable {
        // Every access to `value` holds `lock`.
        private let lock = NSLock()
        private var value = 0
        func increment() { lock.withLock { value += 1 } }
        var count: Int { lock.withLock { value } }
    }

    let base: URLSessionTransport
    let counter = Counter()

    func send(_ request: ClickatellHTTPRequest) async throws -> ClickatellHTTPResponse {
        counter.increment()
        return try await base.send(request)
    }
}

/// A send the sandbox accepted, as much of it as the check afterwards needs.
struct AcceptedSend: Sendable {
    let ticket: Int
    let apiMessageID: String
    let method: String
}

/// What one client did.
struct ClientResult: Sendable {
    /// API calls made (`auth` not counted).
    var calls = 0
    /// HTTP requests made, `auth` included.
    var httpRequests = 0
    /// The time of each call, in nanoseconds.
    var latencies: [Int64] = []
    var accepted: [AcceptedSend] = []
    /// Failed calls by description; at most ``maxErrorKinds`` kinds, the rest as "other".
    var errors: [String: Int] = [:]

    static let maxErrorKinds = 16

    mutating func fail(_ kind: String) {
        let key = errors[kind] != nil || errors.count < Self.maxErrorKinds ? kind : "other errors"
        errors[key, default: 0] += 1
    }
}

/// One client of the run: the real `ClickatellClient` on its own `URLSessionTransport` (one
/// keep-alive connection), taking tickets until there are none.
///
/// Clients differ by their index: odd ones use session mode (one `auth`, then `session_id`),
/// even ones send the credentials every time; indexes 2 and 3 modulo 4 send by GET, the others
/// by POST. Retries are off, so every failure shows.
struct LoadClient {
    let index: Int
    let baseURL: String
    let credentials: ClickatellCredentials
    let timeout: Double
    let workload: Workload

    var method: ClickatellHTTPRequest.Method { index % 4 >= 2 ? .get : .post }
    var usesSession: Bool { index % 2 == 1 }

    func run(tickets: Tickets) async -> ClientResult {
        var result = ClientResult()
        var configuration = ClickatellClientConfiguration()
        configuration.retry.maxAttempts = 1
        configuration.usesSession = usesSession
        configuration.method = method
        let transport: CountingTransport
        do {
            transport = CountingTransport(base: try URLSessionTransport(baseURL: baseURL, timeout: timeout, maxConnectionsPerHost: 1))
        } catch {
            result.fail("\(error)")
            return result
        }
        let client = ClickatellClient(transport: transport, credentials: credentials, configuration: configuration)
        let clock = ContinuousClock()
        var lastAccepted: String?
        while let ticket = tickets.next() {
            let start = clock.now
            do {
                switch (Workload.operation(ticket: ticket), lastAccepted) {
                case (.send(let kind), _):
                    let report = try await client.send(
                        Workload.text(kind, ticket: ticket), to: [Workload.recipient(ticket: ticket)],
                        clientMessageID: workload.clientMessageID(ticket: ticket))
                    if report.results.count == 1, report.results[0].isAccepted, let id = report.results[0].apiMessageID {
                        result.accepted.append(AcceptedSend(ticket: ticket, apiMessageID: id, method: method.rawValue))
                        lastAccepted = id
                    } else {
                        result.fail("send: " + (report.results.first?.error.map(Self.describe) ?? "\(report.results.count) results"))
                    }
                case (.status, let id?):
                    let report = try await client.status(of: .apiMessageID(id))
                    if report.apiMessageID != id { result.fail("querymsg answered about another message") }
                case (.balance, _), (.status, nil):
                    if Credits(parsing: try await client.balance()) == nil { result.fail("getbalance answered no decimal") }
                }
            } catch {
                result.fail(Self.describe(error))
            }
            let (seconds, attoseconds) = (clock.now - start).components
            result.latencies.append(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
            result.calls += 1
        }
        result.httpRequests = transport.counter.count
        return result
    }

    /// A description without ids: the client's sentence (never a secret), or the error's type.
    static func describe(_ error: any Error) -> String {
        switch error {
        case let error as ClickatellError: error.description
        default: "\(type(of: error))"
        }
    }
}
