#if Sandbox
import NIOCore
import NIOHTTP1

/// Turns HTTP/1.1 requests into ``SandboxRequest``s and the emulator's answers into responses.
///
/// One request at a time per connection (the pipeline's pipelining assistance holds the next
/// until this one is answered). The body is kept up to the limit and counted beyond it, so
/// memory per request is bounded; a request whose `Host` is not the sandbox's own address is
/// refused with 403 (no DNS rebinding). A connection idle between requests past the server's
/// idle timeout is closed, so idle keep-alive connections do not pile up.
final class SandboxHTTPHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let emulator: SandboxEmulator
    private let hostPolicy: HostPolicy
    private let maxBodyOctets: Int
    private var head: HTTPRequestHead?
    private var body: [UInt8] = []
    private var bodyTooLarge = false
    /// Whether a complete request is being answered (an idle timeout then does not close). A
    /// request still being read is not busy: a client that sends a head and then stalls its body
    /// is closed by the idle timeout like any idle connection (slowloris).
    private var busy = false

    init(emulator: SandboxEmulator, hostPolicy: HostPolicy, maxBodyOctets: Int) {
        self.emulator = emulator
        self.hostPolicy = hostPolicy
        self.maxBodyOctets = maxBodyOctets
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let requestHead):
            head = requestHead
            body.removeAll(keepingCapacity: false)
            bodyTooLarge = false
        case .body(var chunk):
            if bodyTooLarge || body.count + chunk.readableBytes > maxBodyOctets {
                bodyTooLarge = true
            } else if let bytes = chunk.readBytes(length: chunk.readableBytes) {
                body += bytes
            }
        case .end:
            guard let head else { return }
            self.head = nil
            busy = true
            answer(head, context: context)
        }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is IdleStateHandler.IdleStateEvent {
            if !busy { context.close(promise: nil) }
        } else {
            context.fireUserInboundEventTriggered(event)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }

    private func answer(_ head: HTTPRequestHead, context: ChannelHandlerContext) {
        let hosts = head.headers["host"]
        guard hosts.count == 1, hostPolicy.allows(hosts.first) else {
            write(.plain(403, "Forbidden: the Host header does not name this sandbox"), head: head, close: true, context: context)
            return
        }
        let uri = head.uri.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let contentType = head.headers["content-type"].first?.lowercased() ?? ""
        let request = SandboxRequest(
            method: head.method.rawValue,
            path: String(uri[0]),
            query: uri.count > 1 ? String(uri[1]) : "",
            body: body,
            isForm: contentType.hasPrefix("application/x-www-form-urlencoded"),
            bodyTooLarge: bodyTooLarge)
        let close = bodyTooLarge
        body = []
        let emulator = self.emulator
        let promise = context.eventLoop.makePromise(of: SandboxResponse.self)
        promise.completeWithTask {
            let response = await emulator.respond(to: request)
            if response.delayMilliseconds > 0 {
                try? await Task.sleep(for: .milliseconds(response.delayMilliseconds))
            }
            return response
        }
        promise.futureResult.assumeIsolated().whenSuccess { response in
            self.write(response, head: head, close: close, context: context)
        }
    }

    private func write(_ response: SandboxResponse, head: HTTPRequestHead, close: Bool, context: ChannelHandlerContext) {
        let keepAlive = head.isKeepAlive && !close
        var headers = HTTPHeaders()
        headers.add(name: "content-type", value: response.contentType)
        headers.add(name: "content-length", value: String(response.body.count))
        headers.add(name: "connection", value: keepAlive ? "keep-alive" : "close")
        let responseHead = HTTPResponseHead(
            version: head.version, status: HTTPResponseStatus(statusCode: response.status), headers: headers)
        context.write(wrapOutboundOut(.head(responseHead)), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: response.body)))), promise: nil)
        let done = context.writeAndFlush(wrapOutboundOut(.end(nil)))
        busy = false
        if !keepAlive {
            done.assumeIsolated().whenComplete { _ in context.close(promise: nil) }
        }
    }
}
#endif
