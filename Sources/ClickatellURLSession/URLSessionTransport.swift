#if Clickatell
public import ClickatellHTTP
public import Foundation

#if canImport(FoundationNetworking)
public import FoundationNetworking
#endif

/// A ``ClickatellTransport`` on `URLSession` (FoundationNetworking on Linux): the transport that
/// works out of the box.
///
/// One `URLSession` is kept per transport, so connections are reused (HTTP keep-alive) across
/// calls. The base URL defaults to `https://api.clickatell.com`; keep it configurable, since
/// accounts and test servers differ.
///
/// ```swift
/// let transport = URLSessionTransport()   // https://api.clickatell.com, 30 s timeout
/// let client = ClickatellClient(transport: transport, credentials: credentials)
/// ```
///
/// Errors it throws are ``ClickatellTransportError`` values whose message names what failed
/// (timeout, cannot connect) and never the URL: a GET query holds the password.
public struct URLSessionTransport: ClickatellTransport {
    /// The default base URL, `https://api.clickatell.com`.
    public static let defaultBaseURL = "https://api.clickatell.com"

    /// The scheme, host and optional port (and path prefix) requests go to.
    public let baseURL: URL
    /// How long a request may take, in seconds.
    public let timeout: TimeInterval
    private let session: URLSession

    /// A transport for a base URL.
    ///
    /// - Parameters:
    ///   - baseURL: Scheme and host, such as `https://api.clickatell.com` (no trailing path is
    ///     needed; one is kept as a prefix).
    ///   - timeout: Seconds a request may take; 30 by default.
    ///   - maxConnectionsPerHost: Concurrent connections kept to the host; 4 by default.
    /// - Throws: ``ClickatellTransportError`` when the base URL is not an absolute http(s) URL.
    public init(baseURL: String = URLSessionTransport.defaultBaseURL, timeout: TimeInterval = 30, maxConnectionsPerHost: Int = 4) throws {
        guard let url = URL(string: baseURL), let scheme = url.scheme?.lowercased(), scheme == "https" || scheme == "http",
            url.host != nil
        else {
            throw ClickatellTransportError("the base URL must be an absolute http or https URL, such as https://api.clickatell.com")
        }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        configuration.httpMaximumConnectionsPerHost = maxConnectionsPerHost
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        self.init(baseURL: url, timeout: timeout, session: URLSession(configuration: configuration))
    }

    /// A transport over a session of the caller's.
    ///
    /// - Parameters:
    ///   - baseURL: Scheme and host.
    ///   - timeout: Seconds a request may take.
    ///   - session: The session to use.
    public init(baseURL: URL, timeout: TimeInterval = 30, session: URLSession) {
        self.baseURL = baseURL
        self.timeout = timeout
        self.session = session
    }

    /// The `URLRequest` for a Clickatell request: base URL + path (+ `?query` for GET), the
    /// method, header fields, body and timeout.
    ///
    /// - Parameter request: The request.
    /// - Returns: The URL request.
    public func urlRequest(for request: ClickatellHTTPRequest) -> URLRequest {
        var base = baseURL.absoluteString
        while base.hasSuffix("/") { base.removeLast() }
        let query = request.query.isEmpty ? "" : "?" + request.query
        // The path and query are already percent-encoded ASCII; the base was a valid URL.
        let url = URL(string: base + request.path + query) ?? baseURL
        var urlRequest = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        urlRequest.httpMethod = request.method.rawValue
        for field in request.headerFields {
            urlRequest.setValue(field.value, forHTTPHeaderField: field.name)
        }
        if request.method == .post {
            urlRequest.httpBody = Data(request.body)
        }
        return urlRequest
    }

    /// Sends the request with the session.
    ///
    /// - Parameter request: The request.
    /// - Returns: The status, content type and body, whatever the status.
    /// - Throws: ``ClickatellTransportError`` naming the failure without the URL.
    public func send(_ request: ClickatellHTTPRequest) async throws -> ClickatellHTTPResponse {
        let data: Data
        let response: URLResponse
        do {
            (data, response) = try await session.data(for: urlRequest(for: request))
        } catch let error as URLError {
            throw ClickatellTransportError(Self.message(for: error))
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            throw ClickatellTransportError("the request failed (\(type(of: error)))")
        }
        guard let http = response as? HTTPURLResponse else {
            throw ClickatellTransportError("the response was not an HTTP response")
        }
        return ClickatellHTTPResponse(
            statusCode: http.statusCode,
            contentType: http.value(forHTTPHeaderField: "Content-Type"),
            body: [UInt8](data)
        )
    }

    /// A sentence for a URL error that leaves out the URL.
    static func message(for error: URLError) -> String {
        switch error.code {
        case .timedOut: "the request timed out"
        case .cannotFindHost, .dnsLookupFailed: "the host name could not be resolved"
        case .cannotConnectToHost: "could not connect to the host"
        case .networkConnectionLost: "the connection was lost"
        case .notConnectedToInternet: "no network connection"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
            .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot:
            "the TLS connection could not be established"
        case .cancelled: "the request was cancelled"
        default: "the request failed (URL error \(error.code.rawValue))"
        }
    }
}
#endif
