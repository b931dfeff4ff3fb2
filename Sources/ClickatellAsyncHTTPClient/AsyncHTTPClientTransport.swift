#if AsyncHTTPClient && Clickatell
public import AsyncHTTPClient
public import ClickatellHTTP
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A ``ClickatellTransport`` on AsyncHTTPClient (SwiftNIO): the transport for server
/// applications, which share one `HTTPClient` across their outgoing calls.
///
/// The transport never owns a client it is given: its lifecycle stays the caller's. Two ways
/// to get one:
///
/// - ``init(baseURL:timeout:httpClient:)`` over an `HTTPClient` the application already has
///   (created at start-up and shut down at exit, or `HTTPClient.shared`, which is never shut
///   down). Build that client with ``clientConfiguration(maxConnectionsPerHost:)`` so that it
///   follows no redirects.
/// - ``withTransport(baseURL:timeout:maxConnectionsPerHost:isolation:_:)`` for a scope
///   (a command, a job, a test): it creates a client, runs the body, and shuts the client down
///   when the body returns or throws.
///
/// No initialiser creates a client for the transport to own: such a client must be shut down
/// before it is released (AsyncHTTPClient traps in debug builds otherwise, and leaks in release
/// builds), which a value type cannot promise.
///
/// ```swift
/// // A server: one client for the whole process, shut down by the application.
/// let httpClient = HTTPClient(configuration: try AsyncHTTPClientTransport.clientConfiguration())
/// let transport = try AsyncHTTPClientTransport(httpClient: httpClient)
/// let client = ClickatellClient(transport: transport, credentials: credentials)
/// // … serve …
/// try await httpClient.shutdown()
///
/// // A scope: the client is shut down when the closure ends.
/// let balance = try await AsyncHTTPClientTransport.withTransport { transport in
///     try await ClickatellClient(transport: transport, credentials: credentials).balance()
/// }
/// ```
///
/// Like `URLSessionTransport`, it returns every HTTP answer whatever its status, bounds each
/// request by ``timeout`` (connection, request and the whole response body), and throws
/// ``ClickatellTransportError`` values whose message names what failed (timeout, cannot
/// connect, connection lost, TLS) and never the URL: a GET query holds the password. A task
/// cancelled while waiting gets `CancellationError`. The body is read up to
/// ``maxResponseBodyOctets``; Clickatell's longest answers (300 recipients) are under 20 KB.
public struct AsyncHTTPClientTransport: ClickatellTransport {
    /// The default base URL, `https://api.clickatell.com`.
    public static let defaultBaseURL = "https://api.clickatell.com"

    /// The most response body octets read: 1 MiB (1,048,576). A longer body throws
    /// ``ClickatellTransportError`` (`the response body exceeded 1048576 octets`).
    public static let maxResponseBodyOctets = 1 << 20

    /// The scheme, host and optional port (and path prefix) requests go to, without a trailing
    /// slash, such as `https://api.clickatell.com`.
    public let baseURL: String
    /// How long a request may take, in seconds: connecting, sending and reading the whole
    /// response.
    public let timeout: Double
    /// The client requests go through; the caller's (or ``withTransport(baseURL:timeout:maxConnectionsPerHost:isolation:_:)``'s)
    /// to shut down, never this transport's.
    public let httpClient: HTTPClient

    private let timeAmount: TimeAmount

    /// A transport over an `HTTPClient` of the caller's.
    ///
    /// The caller keeps the client's lifecycle: shut it down (`try await httpClient.shutdown()`)
    /// after the last request, unless it is `HTTPClient.shared`. The client's configuration
    /// applies: build it with ``clientConfiguration(maxConnectionsPerHost:)`` for no redirects
    /// and a bounded pool. An answer reached by following a redirect (as `HTTPClient.shared`
    /// does) is refused with a ``ClickatellTransportError``, since Clickatell's API never
    /// redirects.
    ///
    /// ```swift
    /// let transport = try AsyncHTTPClientTransport(baseURL: "https://api.clickatell.com", timeout: 30, httpClient: .shared)
    /// ```
    ///
    /// - Parameters:
    ///   - baseURL: Scheme and host, such as `https://api.clickatell.com` (no trailing path is
    ///     needed; one is kept as a prefix).
    ///   - timeout: Seconds a request may take, more than 0 and at most 86,400 (a day); 30 by
    ///     default.
    ///   - httpClient: The client to send with.
    /// - Throws: ``ClickatellTransportError`` when the base URL is not an absolute http(s) URL or
    ///   the timeout is not a positive number of seconds.
    public init(baseURL: String = AsyncHTTPClientTransport.defaultBaseURL, timeout: Double = 30, httpClient: HTTPClient) throws {
        self.baseURL = try Self.validatedBaseURL(baseURL)
        self.timeAmount = try Self.validatedTimeout(timeout)
        self.timeout = timeout
        self.httpClient = httpClient
    }

    /// Runs `body` with a transport over a client of its own, and shuts that client down when
    /// `body` returns or throws.
    ///
    /// The client uses ``clientConfiguration(maxConnectionsPerHost:)`` and SwiftNIO's shared
    /// event loop group (`HTTPClient.defaultEventLoopGroup`, which lives as long as the
    /// process): nothing is left running after the call. Connections are reused within the
    /// scope. Do not let the transport escape `body`: after it, every request fails with
    /// `the HTTP client has been shut down`.
    ///
    /// ```swift
    /// let report = try await AsyncHTTPClientTransport.withTransport(timeout: 10) { transport in
    ///     let client = ClickatellClient(transport: transport, credentials: credentials)
    ///     return try await client.send("Your code is 123456", to: ["447700900123"])
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - baseURL: Scheme and host, such as `https://api.clickatell.com`.
    ///   - timeout: Seconds a request may take, more than 0 and at most 86,400 (a day); 30 by
    ///     default.
    ///   - maxConnectionsPerHost: Concurrent HTTP/1.1 connections kept to the host, at least 1;
    ///     4 by default.
    ///   - isolation: The actor `body` runs on; the caller's by default.
    ///   - body: The work to do with the transport.
    /// - Returns: What `body` returns.
    /// - Throws: ``ClickatellTransportError`` for an invalid argument (before any client is
    ///   created); what `body` throws; an error from shutting the client down.
    public static func withTransport<Return>(
        baseURL: String = AsyncHTTPClientTransport.defaultBaseURL,
        timeout: Double = 30,
        maxConnectionsPerHost: Int = 4,
        isolation: isolated (any Actor)? = #isolation,
        _ body: (AsyncHTTPClientTransport) async throws -> Return
    ) async throws -> Return {
        let configuration = try clientConfiguration(maxConnectionsPerHost: maxConnectionsPerHost)
        let baseURL = try validatedBaseURL(baseURL)
        _ = try validatedTimeout(timeout)
        return try await HTTPClient.withHTTPClient(configuration: configuration, isolation: isolation) { httpClient in
            try await body(AsyncHTTPClientTransport(baseURL: baseURL, timeout: timeout, httpClient: httpClient))
        }
    }

    /// The `HTTPClient` configuration this transport expects: no redirects (Clickatell's API
    /// never redirects), at most `maxConnectionsPerHost` concurrent HTTP/1.1 connections per
    /// host (a soft limit: requests wait for a free one), no response decompression, and
    /// AsyncHTTPClient's defaults otherwise (certificate verification, 10 s to connect, idle
    /// connections closed after 60 s).
    ///
    /// ```swift
    /// let httpClient = HTTPClient(configuration: try AsyncHTTPClientTransport.clientConfiguration(maxConnectionsPerHost: 8))
    /// ```
    ///
    /// - Parameter maxConnectionsPerHost: Concurrent connections kept to the host, at least 1;
    ///   4 by default.
    /// - Returns: The configuration.
    /// - Throws: ``ClickatellTransportError`` when `maxConnectionsPerHost` is less than 1.
    public static func clientConfiguration(maxConnectionsPerHost: Int = 4) throws -> HTTPClient.Configuration {
        guard maxConnectionsPerHost >= 1 else {
            throw ClickatellTransportError("maxConnectionsPerHost must be at least 1")
        }
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        configuration.decompression = .disabled
        configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = maxConnectionsPerHost
        return configuration
    }

    /// The `HTTPClientRequest` for a Clickatell request: base URL + path (+ `?query` for GET),
    /// the method, header fields and, for POST, the body.
    ///
    /// ```swift
    /// let request = ClickatellRequest.balance.httpRequest(authentication: .session(id: "s1"), method: .get)
    /// transport.httpClientRequest(for: request).url   // "https://api.clickatell.com/http/getbalance?session_id=s1"
    /// ```
    ///
    /// - Parameter request: The request.
    /// - Returns: The AsyncHTTPClient request.
    public func httpClientRequest(for request: ClickatellHTTPRequest) -> HTTPClientRequest {
        let query = request.query.isEmpty ? "" : "?" + request.query
        // The path and query are already percent-encoded ASCII; the base was a valid URL.
        var httpRequest = HTTPClientRequest(url: baseURL + request.path + query)
        switch request.method {
        case .get: httpRequest.method = .GET
        case .post: httpRequest.method = .POST
        }
        for field in request.headerFields {
            httpRequest.headers.add(name: field.name, value: field.value)
        }
        if request.method == .post {
            httpRequest.body = .bytes(request.body)
        }
        return httpRequest
    }

    /// Sends the request with the client and reads the whole response body.
    ///
    /// - Parameter request: The request.
    /// - Returns: The status, content type and body, whatever the status (a 3xx too: it is not
    ///   followed when the client is configured as ``clientConfiguration(maxConnectionsPerHost:)``
    ///   makes it).
    /// - Throws: ``ClickatellTransportError`` naming the failure without the URL (timeout,
    ///   cannot connect, connection lost, TLS, a body over ``maxResponseBodyOctets``, a
    ///   followed redirect); `CancellationError` when the task is cancelled.
    public func send(_ request: ClickatellHTTPRequest) async throws -> ClickatellHTTPResponse {
        let deadline = NIODeadline.now() + timeAmount
        do {
            let response = try await httpClient.execute(httpClientRequest(for: request), deadline: deadline)
            guard response.history.count <= 1 else {
                throw ClickatellTransportError("the request was redirected, which Clickatell's API never does")
            }
            var body = try await Self.collect(response.body, before: deadline)
            return ClickatellHTTPResponse(
                statusCode: Int(response.status.code),
                contentType: response.headers.first(name: "Content-Type"),
                body: body.readBytes(length: body.readableBytes) ?? []
            )
        } catch let error as ClickatellTransportError {
            throw error
        } catch is CancellationError {
            throw CancellationError()
        } catch let error as HTTPClientError where error == .cancelled && Task.isCancelled {
            throw CancellationError()
        } catch {
            throw ClickatellTransportError(Self.message(for: error))
        }
    }

    /// The body, up to ``maxResponseBodyOctets``, read before `deadline`. AsyncHTTPClient's
    /// deadline covers the request up to the response head; this covers the rest.
    private static func collect(_ body: HTTPClientResponse.Body, before deadline: NIODeadline) async throws -> ByteBuffer {
        try await withThrowingTaskGroup(of: ByteBuffer.self) { group in
            group.addTask { try await body.collect(upTo: maxResponseBodyOctets) }
            group.addTask {
                let remaining = (deadline - .now()).nanoseconds
                try await Task.sleep(nanoseconds: UInt64(max(remaining, 0)))
                throw HTTPClientError.deadlineExceeded
            }
            // The first to finish wins: the body, or the deadline's error (cancelling the read).
            defer { group.cancelAll() }
            guard let buffer = try await group.next() else { throw HTTPClientError.deadlineExceeded }
            return buffer
        }
    }

    /// A sentence for an AsyncHTTPClient, SwiftNIO or TLS error that leaves out the URL, the
    /// host and the error's own description (which may hold them).
    static func message(for error: any Error) -> String {
        switch error {
        case let error as HTTPClientError: message(for: error)
        case is NIOTooManyBytesError: "the response body exceeded \(maxResponseBodyOctets) octets"
        case let error as NIOConnectionError:
            if error.connectionErrors.isEmpty && (error.dnsAError != nil || error.dnsAAAAError != nil) {
                "the host name could not be resolved"
            } else {
                "could not connect to the host"
            }
        case let error as IOError: message(forErrno: error.errnoCode)
        case let error as ChannelError: message(for: error)
        case is NIOSSLError, is BoringSSLError, is NIOSSLExtraError: "the TLS connection could not be established"
        default: tlsMessage(for: error) ?? "the request failed (\(type(of: error)))"
        }
    }

    private static func message(for error: HTTPClientError) -> String {
        switch error {
        case .deadlineExceeded, .readTimeout, .writeTimeout, .getConnectionFromPoolTimeout: "the request timed out"
        case .connectTimeout: "could not connect to the host (timed out)"
        case .tlsHandshakeTimeout: "the TLS connection could not be established (timed out)"
        case .remoteConnectionClosed: "the connection was closed before the response was complete"
        case .cancelled: "the request was cancelled"
        case .alreadyShutdown: "the HTTP client has been shut down"
        case .redirectLimitReached, .redirectCycleDetected: "the request was redirected, which Clickatell's API never does"
        case .invalidProxyResponse, .proxyAuthenticationRequired, .httpProxyHandshakeTimeout, .socksHandshakeTimeout:
            "the proxy did not connect the request"
        // A bounded text without the error's values (AsyncHTTPClient's metric label).
        default: "the request failed (\(error.shortDescription))"
        }
    }

    private static func message(for error: ChannelError) -> String {
        switch error {
        case .connectTimeout: "could not connect to the host (timed out)"
        case .eof, .ioOnClosedChannel, .alreadyClosed, .outputClosed, .inputClosed: "the connection was lost"
        default: "the request failed (channel error)"
        }
    }

    private static func message(forErrno code: Int32) -> String {
        switch code {
        case ECONNREFUSED: "could not connect to the host"
        case ECONNRESET, EPIPE, ECONNABORTED: "the connection was lost"
        case ETIMEDOUT: "the request timed out"
        case ENETUNREACH, EHOSTUNREACH, ENETDOWN: "no network route to the host"
        default: "the request failed (system error \(code))"
        }
    }

    /// Network.framework's TLS errors (Apple platforms, where AsyncHTTPClient uses it).
    private static func tlsMessage(for error: any Error) -> String? {
        #if canImport(Network)
        if error is HTTPClient.NWTLSError { return "the TLS connection could not be established" }
        #endif
        return nil
    }

    private static func validatedBaseURL(_ baseURL: String) throws -> String {
        guard let url = URL(string: baseURL), let scheme = url.scheme?.lowercased(), scheme == "https" || scheme == "http",
            let host = url.host, !host.isEmpty
        else {
            throw ClickatellTransportError("the base URL must be an absolute http or https URL, such as https://api.clickatell.com")
        }
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        return base
    }

    private static func validatedTimeout(_ timeout: Double) throws -> TimeAmount {
        // Up to a day: a guard against NaN, infinity and overflow, not a policy.
        guard timeout > 0, timeout <= 86_400 else {
            throw ClickatellTransportError("the timeout must be more than 0 and at most 86400 seconds")
        }
        return .nanoseconds(Int64(timeout * 1_000_000_000))
    }
}
#endif
