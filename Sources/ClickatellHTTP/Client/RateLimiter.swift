#if Clickatell
/// A client-side limit of messages per second: each request waits until its messages fit.
actor RateLimiter {
    private let interval: Double
    private let sleep: @Sendable (Duration) async throws -> Void
    private let clock = ContinuousClock()
    private var nextFree: ContinuousClock.Instant?

    /// A limiter for `messagesPerSecond` (> 0).
    init(messagesPerSecond: Double, sleep: @escaping @Sendable (Duration) async throws -> Void) {
        self.interval = 1 / messagesPerSecond
        self.sleep = sleep
    }

    /// Waits until `count` messages may go, and books them.
    func acquire(_ count: Int) async throws {
        let now = clock.now
        let start = max(now, nextFree ?? now)
        nextFree = start + .milliseconds(Int64((interval * Double(count) * 1000).rounded()))
        if start > now { try await sleep(start - now) }
    }
}
#endif
