import Foundation

/// The sandbox's notion of now, in seconds since 1970 (Unix time), so tests can move time.
///
/// Sessions expire, messages move from 001 to 003 to 004, scheduled messages are released and
/// `ERR: 130` ends, all by this clock.
public protocol SandboxClock: Sendable {
    /// The current time in seconds since 1970-01-01T00:00:00Z.
    var now: Double { get }
}

/// The system's wall clock.
public struct SystemSandboxClock: SandboxClock {
    /// Creates the clock.
    public init() {}

    /// `Date().timeIntervalSince1970`.
    public var now: Double { Date().timeIntervalSince1970 }
}

/// A clock that moves only when told to: for tests.
///
/// ```swift
/// let clock = ManualSandboxClock(now: 1_700_000_000)
/// clock.advance(by: 901)   // a session used at the start has now expired
/// ```
public final class ManualSandboxClock: SandboxClock, @unchecked Sendable {
    // Every access to `time` holds `lock`.
    private let lock = NSLock()
    private var time: Double

    /// Creates a clock standing at a time.
    ///
    /// - Parameter now: Seconds since 1970.
    public init(now: Double) {
        time = now
    }

    /// The time the clock stands at.
    public var now: Double { lock.withLock { time } }

    /// Moves the clock forward (or back, with a negative amount).
    ///
    /// - Parameter seconds: The amount to move.
    public func advance(by seconds: Double) {
        lock.withLock { time += seconds }
    }
}
