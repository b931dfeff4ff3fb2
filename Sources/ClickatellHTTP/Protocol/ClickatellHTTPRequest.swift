#if Clickatell
/// An HTTP request for Clickatell, ready for a transport: method, path, query, header fields and
/// body bytes. The transport adds the scheme and host (its base URL).
///
/// POST (the default) sends the form as an `application/x-www-form-urlencoded` body; GET sends
/// it as the query. ``description`` names the method, path and parameter names only, so it is
/// safe to log: no credential, session id, number or text.
///
/// ```swift
/// let request = ClickatellRequest.balance.httpRequest(authentication: .credentials(credentials))
/// request.method        // .post
/// request.path          // "/http/getbalance"
/// String(decoding: request.body, as: UTF8.self)   // "api_id=…&user=…&password=…"
/// print(request)        // POST /http/getbalance (api_id, user, password)
/// ```
public struct ClickatellHTTPRequest: Hashable, Sendable, CustomStringConvertible {
    /// The HTTP methods the API accepts.
    public enum Method: String, Hashable, Sendable, CustomStringConvertible {
        /// Parameters in the query.
        case get = "GET"
        /// Parameters in a form body (recommended).
        case post = "POST"

        /// `GET` or `POST`.
        public var description: String { rawValue }
    }

    /// One header field.
    public struct HeaderField: Hashable, Sendable {
        /// The field name, such as `Content-Type`.
        public let name: String
        /// The field value.
        public let value: String

        /// A field with the given name and value.
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The method.
    public let method: Method
    /// The path from the base URL on, such as `/http/sendmsg`.
    public let path: String
    /// The percent-encoded query for GET (without `?`); empty for POST.
    public let query: String
    /// The header fields: `Content-Type: application/x-www-form-urlencoded` for POST.
    public let headerFields: [HeaderField]
    /// The body bytes: the form for POST, empty for GET.
    public let body: [UInt8]
    /// The names of the parameters sent, in order (for descriptions and logs).
    public let parameterNames: [String]
    /// Whether repeating the request cannot do harm twice (everything but `sendmsg`,
    /// `startbatch`, `senditem`, `quicksend` and `token_pay`).
    public let isIdempotent: Bool

    /// A request built from a form.
    ///
    /// - Parameters:
    ///   - method: GET or POST.
    ///   - path: The path, such as `/http/sendmsg`.
    ///   - parameters: The fields, authentication included, in wire order.
    ///   - isIdempotent: Whether the request may be repeated safely.
    public init(method: Method, path: String, parameters: [ClickatellParameter], isIdempotent: Bool) {
        self.method = method
        self.path = path
        self.parameterNames = parameters.map(\.name)
        self.isIdempotent = isIdempotent
        let form = FormEncoding.encodedBytes(parameters)
        switch method {
        case .get:
            query = String(decoding: form, as: UTF8.self)
            body = []
            headerFields = []
        case .post:
            query = ""
            body = form
            headerFields = [HeaderField(name: "Content-Type", value: "application/x-www-form-urlencoded")]
        }
    }

    /// `POST /http/sendmsg (api_id, user, password, to, text, unicode, concat)`: never values.
    public var description: String {
        "\(method) \(path) (\(parameterNames.joined(separator: ", ")))"
    }
}
#endif
