#if Sandbox
import _SMSTestSupport
import NIOCore
import NIOHTTP1
import NIOPosix

/// A tiny HTTP listener on 127.0.0.1 that records the requests it gets (as an application's
/// callback endpoint would) and answers 500 to the first `failures` of them.
final class CallbackListener: Sendable {
    struct Received: Sendable {
        let method: String
        let uri: String
        let body: String
    }

    private let state: Locked<(received: [Received], remainingFailures: Int)>
    private let channelBox = Locked<(any Channel)?>(nil)

    init(failures: Int = 0) {
        state = Locked(([], failures))
    }

    var received: [Received] { state.withLock { $0.received } }

    /// Records a request; whether to answer 200.
    func record(_ request: Received) -> Bool {
        state.withLock {
            $0.received.append(request)
            if $0.remainingFailures > 0 {
                $0.remainingFailures -= 1
                return false
            }
            return true
        }
    }

    /// Starts listening; returns the port.
    func start() async throws -> Int {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { child in
                child.eventLoop.makeCompletedFuture {
                    try child.pipeline.syncOperations.configureHTTPServerPipeline()
                    try child.pipeline.syncOperations.addHandler(Handler(listener: self))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        channelBox.withLock { $0 = channel }
        return channel.localAddress?.port ?? 0
    }

    func stop() async {
        let channel = channelBox.withLock { $0 }
        try? await channel?.close()
    }

    /// Waits until `count` requests have arrived or `seconds` have passed.
    func waitFor(_ count: Int, seconds: Double = 10) async -> [Received] {
        let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
        while received.count < count && ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
        return received
    }

    private final class Handler: ChannelInboundHandler {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart
        let listener: CallbackListener
        var head: HTTPRequestHead?
        var body = ByteBuffer()

        init(listener: CallbackListener) { self.listener = listener }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head(let requestHead):
                head = requestHead
                body.clear()
            case .body(var chunk): body.writeBuffer(&chunk)
            case .end:
                let ok = listener.record(Received(
                    method: head?.method.rawValue ?? "", uri: head?.uri ?? "", body: String(buffer: body)))
                var headers = HTTPHeaders()
                headers.add(name: "content-length", value: "0")
                headers.add(name: "connection", value: "close")
                context.write(wrapOutboundOut(.head(HTTPResponseHead(
                    version: .http1_1, status: ok ? .ok : .internalServerError, headers: headers))), promise: nil)
                context.writeAndFlush(wrapOutboundOut(.end(nil))).assumeIsolated().whenComplete { _ in
                    context.close(promise: nil)
                }
            }
        }
    }
}
#endif
