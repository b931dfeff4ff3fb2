/// The emulator's whole state and its request handling, as a plain value: no sockets, no clock
/// of its own (every call is given `now`), so it can be driven directly.
struct SandboxState {
    /// An account and what happened to it.
    struct Account {
        var settings: SandboxAccount
        var credit: Credits
        var lastTransaction = 604
    }

    /// A session from `auth`.
    struct Session {
        let account: Int
        var lastUsed: Double
    }

    /// A batch from `startbatch`.
    struct Batch {
        let account: Int
        let parameters: FormParameters
        let template: [UInt8]
        let createdAt: Double
    }

    let configuration: SandboxConfiguration
    var accounts: [Account]
    var sessions: [String: Session] = [:]
    var messages: [String: MessageRecord] = [:]
    /// Message ids in arrival order; `messageOrderStart` skips the forgotten ones.
    var messageOrder: [String] = []
    var messageOrderStart = 0
    var clientMessageIDs: [String: String] = [:]
    /// Ids of messages whose status callbacks are not all sent yet, in arrival order.
    var pendingCallbacks: [String] = []
    var batches: [String: Batch] = [:]
    /// Callbacks ready to send (inbound messages).
    var outbox: [SandboxCallback] = []
    var generator: SeededGenerator
    let log: @Sendable (String) -> Void

    static let maxSessions = 100_000
    static let maxBatches = 10_000
    static let batchLifetime: Double = 86_400

    init(configuration: SandboxConfiguration, log: @escaping @Sendable (String) -> Void) {
        self.configuration = configuration
        self.accounts = configuration.accounts.map { Account(settings: $0, credit: $0.credit) }
        var seed = configuration.seed ?? 0
        if configuration.seed == nil {
            var system = SystemRandomNumberGenerator()
            seed = system.next()
        }
        self.generator = SeededGenerator(seed: seed)
        self.log = log
    }

    /// Answers one request.
    mutating func handle(_ request: SandboxRequest, now: Double) -> SandboxResponse {
        var response = route(request, now: now)
        for case .slow(let milliseconds) in configuration.faults {
            response.delayMilliseconds += milliseconds
        }
        if response.delayMilliseconds > 0 {
            log("fault slow: \(request.path) answered after \(response.delayMilliseconds) ms")
        }
        return response
    }

    private mutating func route(_ request: SandboxRequest, now: Double) -> SandboxResponse {
        let components = request.path.split(separator: "/", omittingEmptySubsequences: true)
        guard components.count == 2 else { return .plain(404, "Not Found") }
        if components[0] == "sandbox" { return inspect(request, endpoint: String(components[1]), now: now) }
        var command = Substring(components[1])
        if command.hasSuffix(".php") { command = command.dropLast(4) }
        let known: Set<String> = switch components[0] {
        case "http": ["auth", "ping", "sendmsg", "querymsg", "delmsg", "getbalance", "getmsgcharge", "token_pay"]
        case "http_batch": ["startbatch", "senditem", "quicksend", "endbatch"]
        case "utils": ["routeCoverage"]
        default: []
        }
        guard known.contains(String(command)) else { return .plain(404, "Not Found") }
        guard request.method == "GET" || request.method == "POST" else { return .plain(405, "Method Not Allowed") }
        if let fault = injectedFault(path: request.path) { return fault }
        if request.bodyTooLarge { return .api(.invalidParameters) }
        let parameters = request.parameters
        switch command {
        case "auth": return authCommand(parameters, now: now)
        case "ping": return pingCommand(parameters, now: now)
        default: break
        }
        let account: Int
        switch authenticate(parameters, now: now) {
        case .success(let index): account = index
        case .failure(let error): return .api(error)
        }
        switch command {
        case "sendmsg": return .api(send(parameters, account: account, method: request.method, now: now))
        case "querymsg": return .api(queryCommand(parameters, account: account, now: now))
        case "getmsgcharge": return .api(chargeCommand(parameters, account: account, now: now))
        case "delmsg": return .api(deleteCommand(parameters, account: account, now: now))
        case "getbalance": return .api("Credit: \(accounts[account].credit)")
        case "token_pay": return .api(tokenPayCommand(parameters, account: account))
        case "routeCoverage": return .api(coverageCommand(parameters))
        case "startbatch": return .api(startBatch(parameters, account: account, now: now))
        case "senditem": return .api(sendItem(parameters, account: account, method: request.method, now: now))
        case "quicksend": return .api(quickSend(parameters, account: account, method: request.method, now: now))
        case "endbatch": return .api(endBatch(parameters, account: account, now: now))
        default: return .plain(404, "Not Found")
        }
    }

    /// Draws the rate faults in their configured order; the first that fires answers.
    private mutating func injectedFault(path: String) -> SandboxResponse? {
        for fault in configuration.faults {
            switch fault {
            case .internalError(let rate) where generator.nextUnit() < rate:
                log("fault 901: \(path) answered ERR: 901")
                return .api(.internalError)
            case .html(let rate) where generator.nextUnit() < rate:
                log("fault html: \(path) answered an HTML error page")
                return SandboxResponse(
                    status: 502, contentType: "text/html",
                    body: Array("<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>\n".utf8))
            case .empty(let rate) where generator.nextUnit() < rate:
                log("fault empty: \(path) answered an empty body")
                return SandboxResponse(status: 200, contentType: "text/html", body: [])
            default: continue
            }
        }
        return nil
    }

    /// The time until which sends answer `ERR: 130`, if that fault is on.
    var mtLimitUntil: Int? {
        var until: Int?
        for case .mtLimit(let time) in configuration.faults {
            until = max(until ?? time, time)
        }
        return until
    }
}
