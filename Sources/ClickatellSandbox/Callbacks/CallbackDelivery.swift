/// Sends callbacks, retrying a failed attempt on the documented schedule times a scale.
///
/// The transport and the sleep are injected, so the schedule can be checked without a network
/// or waiting: a test's transport fails and records, its sleep records the intervals.
///
/// ```swift
/// let delivery = CallbackDelivery(retryScale: 0.01, transport: URLSessionCallbackTransport.post)
/// await delivery.deliver(callback)   // retries after 1.2 s, 2.4 s, … until a 2xx answer
/// ```
public struct CallbackDelivery: Sendable {
    /// Sends one attempt; `true` when the application answered 2xx.
    public typealias Transport = @Sendable (SandboxCallback) async -> Bool
    /// Waits a number of seconds.
    public typealias Sleep = @Sendable (Double) async -> Void

    /// The factor on the documented intervals (0.01 turns 2 minutes into 1.2 s).
    public var retryScale: Double
    private let transport: Transport
    private let sleep: Sleep
    private let log: @Sendable (String) -> Void

    /// Creates a delivery.
    ///
    /// - Parameters:
    ///   - retryScale: The factor on the documented retry intervals.
    ///   - transport: Sends one attempt.
    ///   - sleep: Waits between attempts (`Task.sleep` by default).
    ///   - log: Receives one line per failed attempt and per abandoned callback.
    public init(
        retryScale: Double,
        transport: @escaping Transport,
        sleep: @escaping Sleep = { seconds in
            // Clamped, so an absurd scale cannot overflow the conversion: at most 30 days.
            let milliseconds = seconds.isFinite ? Int((min(max(seconds, 0), 2_592_000) * 1000).rounded()) : 0
            try? await Task.sleep(for: .milliseconds(milliseconds))
        },
        log: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.retryScale = retryScale
        self.transport = transport
        self.sleep = sleep
        self.log = log
    }

    /// Sends a callback until it is accepted or the schedule is exhausted.
    ///
    /// - Parameter callback: The callback.
    /// - Returns: The number of attempts made (1 when the first succeeded).
    @discardableResult
    public func deliver(_ callback: SandboxCallback) async -> Int {
        var attempts = 0
        for interval in [nil] + callback.retryIntervals.map(Optional.some) {
            if let interval {
                await sleep(interval * retryScale)
                if Task.isCancelled { return attempts }
            }
            attempts += 1
            if await transport(callback) { return attempts }
            log("callback \(callback.kind.rawValue) to \(callback.displayURL) failed (attempt \(attempts))")
        }
        log("callback \(callback.kind.rawValue) to \(callback.displayURL) abandoned after \(attempts) attempts")
        return attempts
    }
}
