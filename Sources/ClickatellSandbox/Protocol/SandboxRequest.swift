/// One HTTP request as the emulator sees it: method, path, merged parameters and, for the
/// inspection endpoints, the raw body.
///
/// The server builds it from the wire; tests build it directly.
///
/// ```swift
/// let request = SandboxRequest(method: "GET", path: "/http/getbalance",
///                              query: "api_id=1&user=u&password=p")
/// ```
public struct SandboxRequest: Sendable {
    /// `GET` or `POST` (anything else is answered as the API would answer a bad request).
    public var method: String
    /// The path without the query, such as `/http/sendmsg.php`.
    public var path: String
    /// The query and the form body, merged (see ``FormParameters``).
    public var parameters: FormParameters
    /// The body, kept for `POST /sandbox/inbound` (JSON); empty otherwise.
    public var body: [UInt8]
    /// Whether the body went over the size limit; the API answers `ERR: 101`.
    public var bodyTooLarge: Bool

    /// Creates a request from its parts.
    ///
    /// - Parameters:
    ///   - method: `GET` or `POST`.
    ///   - path: The path, without the query.
    ///   - query: The query string, percent-encoded, without `?`.
    ///   - body: The body.
    ///   - isForm: Whether the body is `application/x-www-form-urlencoded` and so merged into
    ///     the parameters; the API ignores any other body (and then usually answers `ERR: 001`).
    ///   - bodyTooLarge: Whether the body was cut at the size limit.
    public init(
        method: String, path: String, query: String = "", body: [UInt8] = [], isForm: Bool = false,
        bodyTooLarge: Bool = false
    ) {
        self.method = method
        self.path = path
        self.body = body
        self.bodyTooLarge = bodyTooLarge
        var parameters = FormParameters(parsing: Array(query.utf8))
        if isForm && method == "POST" { parameters.merge(parsing: body) }
        self.parameters = parameters
    }
}
