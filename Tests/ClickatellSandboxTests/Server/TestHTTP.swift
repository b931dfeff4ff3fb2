#if Sandbox
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif

/// HTTP from the tests' side: URLSession for ordinary requests, and a raw socket (on its own
/// thread, so the cooperative pool stays free for the server) for requests URLSession will not
/// make, such as a foreign `Host` header or malformed HTTP.
enum TestHTTP {
    /// GETs a URL; returns the status and body.
    static func get(_ url: String) async throws -> (status: Int, body: String) {
        let (data, response) = try await URLSession.shared.data(from: try makeURL(url))
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// POSTs a body; returns the status and body.
    static func post(_ url: String, body: String, contentType: String = "application/x-www-form-urlencoded") async throws -> (status: Int, body: String) {
        var request = URLRequest(url: try makeURL(url))
        request.httpMethod = "POST"
        request.setValue(contentType, forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(body.utf8)
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    private static func makeURL(_ text: String) throws -> URL {
        guard let url = URL(string: text) else { throw URLError(.badURL) }
        return url
    }

    /// Writes raw bytes on one connection and reads until `responses` responses have arrived
    /// (by `Content-Length`) or the connection closes; returns everything read.
    static func raw(port: Int, _ request: [UInt8], responses: Int = 1) async -> String {
        await withCheckedContinuation { continuation in
            Thread {
                continuation.resume(returning: rawBlocking(port: port, request, responses: responses))
            }.start()
        }
    }

    private static func rawBlocking(port: Int, _ request: [UInt8], responses: Int) -> String {
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketFD >= 0 else { return "" }
        defer { close(socketFD) }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(socketFD, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return "" }
        var sent = 0
        while sent < request.count {
            let written = request[sent...].withUnsafeBytes { send(socketFD, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if written <= 0 { break }
            sent += written
        }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while completeResponses(in: received) < responses {
            let count = recv(socketFD, &buffer, buffer.count, 0)
            if count <= 0 { break }
            received += buffer[0..<count]
        }
        return String(decoding: received, as: UTF8.self)
    }

    /// The number of complete responses (head and `Content-Length` body) in the bytes.
    static func completeResponses(in bytes: [UInt8]) -> Int {
        var count = 0
        var rest = bytes[...]
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        while let end = rest.firstRange(of: separator) {
            let head = String(decoding: rest[rest.startIndex..<end.lowerBound], as: UTF8.self).lowercased()
            let length = head.split(separator: "\r\n").first { $0.hasPrefix("content-length:") }
                .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
            guard rest.distance(from: end.upperBound, to: rest.endIndex) >= length else { break }
            rest = rest[rest.index(end.upperBound, offsetBy: length)...]
            count += 1
        }
        return count
    }
}
#endif
