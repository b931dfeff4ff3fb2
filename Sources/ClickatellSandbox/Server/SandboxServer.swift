#if Sandbox
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix

/// The sandbox on HTTP: a SwiftNIO HTTP/1.1 server in front of a ``SandboxEmulator``, and the
/// loop that sends its callbacks.
///
/// ```swift
/// let server = try await SandboxServer.start(emulator: emulator, port: 0)
/// print("listening on http://127.0.0.1:\(server.port)")
/// // …
/// await server.shutdown()
/// ```
///
/// Keep-alive, pipelining and many concurrent connections are served on NIO's shared event
/// loops (a connection idle for `idleTimeout` between requests is closed); every request is
/// answered (malformed HTTP with 400 by NIO, anything else by the emulator). A request whose
/// `Host` does not name the address the server listens on is refused with 403 (no DNS
/// rebinding): for a loopback address `127.0.0.1`, `localhost` and `[::1]` with the port, for a
/// wildcard address any IP literal with the port.
public final class SandboxServer: Sendable {
    /// The address the server listens on.
    public let host: String
    /// The port the server listens on (the one chosen when 0 was asked for).
    public let port: Int
    private let channel: any Channel
    private let pump: Task<Void, Never>
    private let connections: Connections

    private init(host: String, port: Int, channel: any Channel, pump: Task<Void, Never>, connections: Connections) {
        self.host = host
        self.port = port
        self.channel = channel
        self.pump = pump
        self.connections = connections
    }

    /// The open connections, so that shutdown closes them too (closing the listening socket
    /// alone left keep-alive connections served by a stopped server).
    final class Connections: Sendable {
        // NIO's lock rather than Synchronization's Mutex, which needs macOS 15 (the package's
        // floor is 13.3).
        private let open = NIOLockedValueBox<(closed: Bool, channels: [ObjectIdentifier: any Channel])>((false, [:]))

        /// Adds a connection, or closes it when the server has already stopped.
        func add(_ child: any Channel) {
            let accepted = open.withLockedValue { state in
                if state.closed { return false }
                state.channels[ObjectIdentifier(child)] = child
                return true
            }
            guard accepted else {
                child.close(promise: nil)
                return
            }
            child.closeFuture.whenComplete { [self] _ in
                _ = open.withLockedValue { $0.channels.removeValue(forKey: ObjectIdentifier(child)) }
            }
        }

        /// Closes every connection, and any that arrives later.
        func closeAll() {
            let channels = open.withLockedValue { state in
                state.closed = true
                return Array(state.channels.values)
            }
            for child in channels { child.close(promise: nil) }
        }
    }

    /// Starts listening and sending callbacks.
    ///
    /// - Parameters:
    ///   - emulator: The emulator that answers.
    ///   - host: The address to listen on; 127.0.0.1 by default. The caller decides whether a
    ///     non-loopback address is allowed (`sms sandbox` needs `--host` for it).
    ///   - port: The port; 0 picks a free one.
    ///   - delivery: Sends the callbacks (`nil` drops them).
    ///   - pollInterval: How often due callbacks are collected.
    ///   - idleTimeout: How long a connection may wait between requests before it is closed.
    /// - Returns: The running server.
    /// - Throws: The socket error when the address cannot be bound.
    public static func start(
        emulator: SandboxEmulator,
        host: String = "127.0.0.1",
        port: Int = 0,
        delivery: CallbackDelivery? = nil,
        pollInterval: Duration = .milliseconds(50),
        idleTimeout: Duration = .seconds(120)
    ) async throws -> SandboxServer {
        let (seconds, attoseconds) = idleTimeout.components
        let idleNanoseconds = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        let readTimeout = TimeAmount.nanoseconds(
            idleNanoseconds.overflow || seconds < 0 ? .max : idleNanoseconds.partialValue + attoseconds / 1_000_000_000)
        let maxBodyOctets = emulator.configuration.maxBodyOctets
        let connections = Connections()
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(ChannelOptions.backlog, value: 256)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { child in
                child.eventLoop.makeCompletedFuture {
                    connections.add(child)
                    let policy = HostPolicy(host: host, port: child.localAddress?.port ?? 0)
                    try child.pipeline.syncOperations.addHandler(IdleStateHandler(readTimeout: readTimeout))
                    try child.pipeline.syncOperations.configureHTTPServerPipeline()
                    try child.pipeline.syncOperations.addHandler(
                        SandboxHTTPHandler(emulator: emulator, hostPolicy: policy, maxBodyOctets: maxBodyOctets))
                }
            }
            .bind(host: host, port: port).get()
        let pump = Task {
            // Discarding: a plain task group keeps every finished child until it is awaited,
            // which this loop never does, so a long run's memory grew with every callback sent.
            // Apple's releases before macOS 14 / iOS 17 lack the discarding group and keep
            // that growth (Linux always has it).
            if #available(macOS 14, iOS 17, tvOS 17, watchOS 10, *) {
                await withDiscardingTaskGroup { group in
                    await pumpCallbacks(emulator: emulator, pollInterval: pollInterval) { batch in
                        group.addTask { await deliverInOrder(batch, through: delivery) }
                    }
                    group.cancelAll()
                }
            } else {
                await withTaskGroup(of: Void.self) { group in
                    await pumpCallbacks(emulator: emulator, pollInterval: pollInterval) { batch in
                        group.addTask { await deliverInOrder(batch, through: delivery) }
                    }
                    group.cancelAll()
                }
            }
        }
        return SandboxServer(host: host, port: channel.localAddress?.port ?? port, channel: channel, pump: pump, connections: connections)
    }

    /// Stops listening, closes the open connections and stops sending callbacks (retries still
    /// waiting are abandoned).
    public func shutdown() async {
        pump.cancel()
        try? await channel.close()
        connections.closeAll()
    }
}

/// Until cancelled: hands each batch of due callbacks to `start`, then waits `pollInterval`. A
/// message's callbacks due at one look form one batch, in status order (003 before 004), sent
/// one after the other; different messages' batches go concurrently.
private func pumpCallbacks(
    emulator: SandboxEmulator, pollInterval: Duration, start: ([SandboxCallback]) -> Void
) async {
    while !Task.isCancelled {
        for batch in SandboxCallback.deliveryBatches(await emulator.dueCallbacks()) { start(batch) }
        try? await Task.sleep(for: pollInterval)
    }
}

/// Sends one batch of callbacks in order, or nothing when no callback URL is configured.
private func deliverInOrder(_ batch: [SandboxCallback], through delivery: CallbackDelivery?) async {
    guard let delivery else { return }
    for callback in batch where !Task.isCancelled { await delivery.deliver(callback) }
}

#else
/// The sandbox's HTTP server needs the `Sandbox` package trait (SwiftNIO).
@available(*, unavailable, message: "SandboxServer needs swift-sms's Sandbox trait (SwiftNIO)")
public enum SandboxServer {}

#endif
