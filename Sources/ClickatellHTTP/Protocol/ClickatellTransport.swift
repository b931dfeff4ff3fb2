#if Clickatell
/// Carries a ``ClickatellHTTPRequest`` to Clickatell and brings back the response.
///
/// The protocol module does no networking; a transport does. `ClickatellURLSession` provides
/// one on `URLSession`; tests use an in-process fake. A transport should throw only for
/// failures to exchange the request (connection, timeout, TLS), and return every HTTP answer,
/// whatever its status. Errors it throws should not hold the request's URL or body (a GET
/// query holds the password): the client reports only the error's type otherwise.
///
/// ```swift
/// struct FakeTransport: ClickatellTransport {
///     func send(_ request: ClickatellHTTPRequest) async throws -> ClickatellHTTPResponse {
///         ClickatellHTTPResponse("ID: 996f364775e24b8432f45d77da8eca47")
///     }
/// }
/// ```
public protocol ClickatellTransport: Sendable {
    /// Sends one request and returns the response.
    ///
    /// - Parameter request: The request; the transport adds its base URL.
    /// - Returns: The response, whatever its HTTP status.
    /// - Throws: When no response could be had.
    func send(_ request: ClickatellHTTPRequest) async throws -> ClickatellHTTPResponse
}

/// An error a transport throws with a message that is safe to show: no URL, no secret.
public struct ClickatellTransportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A sentence such as `the request timed out`.
    public let message: String

    /// An error with the given message.
    ///
    /// - Parameter message: A sentence without URLs or secrets.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}
#endif
