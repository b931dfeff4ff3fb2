/// The Clickatell HTTP API emulator: accounts, sessions, messages, charging, callbacks and
/// faults, answering requests without any sockets.
///
/// ```swift
/// let clock = ManualSandboxClock(now: 1_700_000_000)
/// let emulator = SandboxEmulator(configuration: configuration, clock: clock)
/// let answer = await emulator.respond(to: SandboxRequest(method: "GET", path: "/http/sendmsg",
///                                                        query: "api_id=1&user=u&password=p&to=447700900123&text=Hi"))
/// answer.text   // "ID: 3f0c…"
/// clock.advance(by: 2)
/// await emulator.dueCallbacks()   // the status callbacks the message's `callback` asked for
/// ```
///
/// ``SandboxServer`` puts it on HTTP; tests can drive it directly.
public actor SandboxEmulator {
    private var state: SandboxState
    private let clock: any SandboxClock

    /// Creates an emulator.
    ///
    /// - Parameters:
    ///   - configuration: Accounts, timings, faults and callback URLs.
    ///   - clock: The time sessions, statuses and faults follow (the system clock by default).
    ///   - log: Receives one line per injected fault and per notable event; never a password.
    public init(
        configuration: SandboxConfiguration,
        clock: any SandboxClock = SystemSandboxClock(),
        log: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.configuration = configuration
        self.state = SandboxState(configuration: configuration, log: log)
        self.clock = clock
    }

    /// The configuration the emulator runs with.
    public nonisolated let configuration: SandboxConfiguration

    /// Answers one request as the HTTP API would.
    ///
    /// - Parameter request: The request.
    /// - Returns: The answer; never throws, whatever the request.
    public func respond(to request: SandboxRequest) -> SandboxResponse {
        state.handle(request, now: clock.now)
    }

    /// The callbacks due now: status callbacks for the statuses messages reached (as their
    /// `callback` value selects) and inbound messages injected since the last call. Each is
    /// returned once.
    public func dueCallbacks() -> [SandboxCallback] {
        state.dueCallbacks(now: clock.now)
    }

    /// The account's credit, for tests.
    ///
    /// - Parameter user: The account's `user`.
    /// - Returns: The credit, or `nil` for an unknown user.
    public func credit(ofUser user: String) -> Credits? {
        state.accounts.first { $0.settings.user == user }?.credit
    }
}
