#if Clickatell
import _SMSTestSupport
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 for transport tests: answers every request with one
/// fixed response (optionally with extra header lines, or late: before the head or between the
/// head and the body), keeps connections alive, records what it received. Test code only; it
/// serves a bounded number of connections and stops with the test.
final class LoopbackHTTPServer: Sendable {
    struct Received: Sendable {
        var requestLine: String
        var headers: [String: String]
        var body: [UInt8]
    }

    let port: UInt16
    private let listener: Int32
    private let state = Locked<(received: [Received], connections: Int)>(([], 0))
    private let status: Int
    private let responseBody: String
    private let extraHeaders: [String]
    private let headDelay: Double
    private let bodyDelay: Double

    init(status: Int = 200, headers: [String] = [], body: String, headDelay: Double = 0, bodyDelay: Double = 0) throws {
        self.status = status
        self.responseBody = body
        self.extraHeaders = headers
        self.headDelay = headDelay
        self.bodyDelay = bodyDelay
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 8) == 0 else {
            close(fd)
            throw POSIXError(.EADDRINUSE)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        listener = fd
        port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [self] in serve() }
        thread.start()
    }

    var received: [Received] { state.withLock { $0.received } }
    var connections: Int { state.withLock { $0.connections } }

    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private func serve() {
        for _ in 0..<16 {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return }
            state.withLock { $0.connections += 1 }
            #if canImport(Darwin)
            var one: Int32 = 1
            setsockopt(connection, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
            #endif
            Thread { [self] in handle(connection) }.start()
        }
    }

    private func handle(_ connection: Int32) {
        defer { close(connection) }
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        for _ in 0..<64 {
            // Read until the header ends, then the body by Content-Length.
            var headerEnd: Int?
            while headerEnd == nil {
                headerEnd = Self.find([13, 10, 13, 10], in: buffer)
                if headerEnd != nil { break }
                let count = read(connection, &chunk, chunk.count)
                guard count > 0 else { return }
                buffer += chunk[..<count]
            }
            guard let end = headerEnd else { return }
            let head = String(decoding: buffer[..<end], as: UTF8.self)
            var lines = head.components(separatedBy: "\r\n")
            let requestLine = lines.removeFirst()
            var headers: [String: String] = [:]
            for line in lines {
                guard let colon = line.firstIndex(of: ":") else { continue }
                headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            let length = Int(headers["content-length"] ?? "0") ?? 0
            while buffer.count < end + 4 + length {
                let count = read(connection, &chunk, chunk.count)
                guard count > 0 else { return }
                buffer += chunk[..<count]
            }
            let body = Array(buffer[(end + 4)..<(end + 4 + length)])
            buffer.removeFirst(end + 4 + length)
            state.withLock { $0.received.append(Received(requestLine: requestLine, headers: headers, body: body)) }
            let payload = Array(responseBody.utf8)
            let extra = extraHeaders.map { $0 + "\r\n" }.joined()
            let response = "HTTP/1.1 \(status) X\r\nContent-Type: text/html\r\n\(extra)Content-Length: \(payload.count)\r\nConnection: keep-alive\r\n\r\n"
            if headDelay > 0 { Thread.sleep(forTimeInterval: headDelay) }
            if bodyDelay > 0 {
                guard Self.writeAll(Array(response.utf8), to: connection) else { return }
                Thread.sleep(forTimeInterval: bodyDelay)
                guard Self.writeAll(payload, to: connection) else { return }
            } else {
                guard Self.writeAll(Array(response.utf8) + payload, to: connection) else { return }
            }
        }
    }

    /// Writes all of `bytes`; false when the client has gone (no SIGPIPE: a client that gave
    /// up early must not stop the test process).
    private static func writeAll(_ bytes: [UInt8], to connection: Int32) -> Bool {
        #if canImport(Darwin)
        let flags: Int32 = 0  // SO_NOSIGPIPE is set on the connection
        #else
        let flags = Int32(MSG_NOSIGNAL)
        #endif
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { send(connection, $0.baseAddress, $0.count, flags) }
            guard count > 0 else { return false }
            offset += count
        }
        return true
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for index in 0...(haystack.count - needle.count) where Array(haystack[index..<index + needle.count]) == needle {
            return index
        }
        return nil
    }
}
#endif
