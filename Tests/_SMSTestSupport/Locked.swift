import Foundation

/// A value behind a lock, for test doubles shared across tasks.
///
/// The tests' stand-in for `Synchronization.Mutex`, which needs macOS 15 / iOS 18 while the
/// package supports macOS 13.3 / iOS 16.4: with this, the test targets build wherever the
/// package does.
public final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    /// A lock around `value`.
    public init(_ value: Value) {
        self.value = value
    }

    /// Runs `body` with the value, holding the lock.
    public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
