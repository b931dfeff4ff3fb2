#if Clickatell && Sandbox
import _SMSTestSupport
import NIOCore
import NIOHTTP1
import NIOPosix

/// An application's status-callback endpoint on 127.0.0.1 (an ephemeral port): records every
/// request it gets and answers 200.
final class StatusCallbackListener: Sendable {
    struct Received: Sendable {
        let method: String
        let uri: String
        let contentType: String?
        let body: String
    }

    private let state = Locked<[Received]>([])
    private let channelBox = Locked<(any Channel)?>(nil)

    var received: [Received] { state.withLock { $0 } }

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

    /// Waits until `count` requests have arrived; `seconds` is only a hang guard.
    func waitFor(_ count: Int, seconds: Double = 60) async -> [Received] {
        let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
        while received.count < count && ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
        return received
    }

    private final class Handler: ChannelInboundHandler {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart
        let listener: StatusCallbackListener
        var head: HTTPRequestHead?
        var body = ByteBuffer()

        init(listener: StatusCallbackListener) { self.listener = listener }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head(let requestHead):
                head = requestHead
                body.clear()
            case .body(var chunk):
                body.writeBuffer(&chunk)
            case .end:
                let received = Received(
                    method: head?.method.rawValue ?? "", uri: head?.uri ?? "",
                    contentType: head?.headers.first(name: "content-type"), body: String(buffer: body))
                listener.state.withLock { $0.append(received) }
                var headers = HTTPHeaders()
                headers.add(name: "content-length", value: "0")
                headers.add(name: "connection", value: "close")
                context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .ok, headers: headers))), promise: nil)
                context.writeAndFlush(wrapOutboundOut(.end(nil))).assumeIsolated().whenComplete { _ in
                    context.close(promise: nil)
                }
            }
        }
    }
}
#endif
