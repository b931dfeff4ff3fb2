#if Clickatell
/// How a ``ClickatellClient`` talks to Clickatell: method, session mode, chunking, retries,
/// the ERR 130 policy and an optional rate limit.
///
/// Every property has a documented default; the clock, the sleep and the id generator can be
/// replaced (tests make time instant).
///
/// ```swift
/// var configuration = ClickatellClientConfiguration()
/// configuration.usesSession = true
/// configuration.mtLimitPolicy = .wait(upTo: .seconds(3600))
/// configuration.messagesPerSecond = 20
/// ```
public struct ClickatellClientConfiguration: Sendable {
    /// What to do on ERR 130 (maximum MT limit exceeded until a time).
    public enum MTLimitPolicy: Hashable, Sendable {
        /// Throw ``ClickatellError/Code-swift.struct/mtLimitExceeded`` at once (the default).
        case failFast
        /// Wait until the time named (plus one second) and repeat the call, when that is at most
        /// this far away; fail fast otherwise.
        case wait(upTo: Duration)
    }

    /// Retries of idempotent commands on ERR 901, transport errors and HTTP 5xx, with capped,
    /// jittered exponential back-off.
    public struct RetryPolicy: Hashable, Sendable {
        /// The most attempts of one call, the first included; 3 by default. 1 turns retries off.
        public var maxAttempts: Int
        /// The delay before the first retry; 0.5 s by default. It doubles on each retry.
        public var initialDelay: Duration
        /// The longest delay; 8 s by default.
        public var maxDelay: Duration
        /// The fraction of each delay drawn at random and subtracted (0...1); 0.5 by default.
        public var jitter: Double

        /// A policy with the given values.
        public init(maxAttempts: Int = 3, initialDelay: Duration = .milliseconds(500), maxDelay: Duration = .seconds(8), jitter: Double = 0.5) {
            self.maxAttempts = maxAttempts
            self.initialDelay = initialDelay
            self.maxDelay = maxDelay
            self.jitter = jitter
        }

        /// The delay before retry number `retry` (1 for the first retry).
        func delay(beforeRetry retry: Int) -> Duration {
            let base = initialDelay.seconds * Double(1 << min(max(retry - 1, 0), 20))
            let capped = min(base, maxDelay.seconds)
            let fraction = min(max(jitter, 0), 1)
            let factor = fraction == 0 ? 1 : 1 - Double.random(in: 0...fraction)
            return .milliseconds(Int64((capped * factor * 1000).rounded()))
        }
    }

    /// The HTTP method: POST (form body, the default and Clickatell's recommendation) or GET.
    public var method: ClickatellHTTPRequest.Method = .post
    /// Whether to authenticate once with `auth` and send the session id (lazily, renewed once
    /// on 001/003/005) instead of the credentials on every call. Off by default.
    public var usesSession = false
    /// The most recipients in one GET request; 100 by default.
    public var maxRecipientsPerGET = ClickatellLimits.maxRecipientsPerGET
    /// The most recipients in one POST request; 300 by default.
    public var maxRecipientsPerPOST = ClickatellLimits.maxRecipientsPerPOST
    /// Retries of idempotent commands.
    public var retry = RetryPolicy()
    /// What to do on ERR 130; fail fast by default.
    public var mtLimitPolicy = MTLimitPolicy.failFast
    /// A client-side limit in messages (recipients) per second, or `nil` (the default) for none.
    public var messagesPerSecond: Double?
    /// Waits; `Task.sleep(for:)` by default.
    public var sleep: @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }
    /// The current Unix time in seconds, for ERR 130; the system clock by default.
    public var unixTime: @Sendable () -> Int64 = WallClock.unixTime
    /// Makes a `cliMsgId` when the caller gives none: 32 random hex digits by default.
    public var makeClientMessageID: @Sendable () -> String = ClientMessageID.random

    /// The default configuration.
    public init() {}

    /// The most recipients per request for the configured method.
    var recipientsPerRequest: Int {
        max(1, method == .get ? maxRecipientsPerGET : maxRecipientsPerPOST)
    }
}

extension Duration {
    /// The duration in seconds, as a `Double`.
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
#endif
