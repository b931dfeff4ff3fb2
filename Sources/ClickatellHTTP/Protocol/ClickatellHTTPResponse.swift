#if Clickatell
/// What a transport received: the HTTP status, the content type and the body bytes.
///
/// Clickatell answers 200 for success and for `ERR:` alike; a non-2xx status is a transport
/// problem, never a Clickatell error code.
public struct ClickatellHTTPResponse: Hashable, Sendable {
    /// The HTTP status, such as 200.
    public let statusCode: Int
    /// The `Content-Type` field, when there was one.
    public let contentType: String?
    /// The body bytes as received.
    public let body: [UInt8]

    /// A response with the given status, content type and body.
    ///
    /// - Parameters:
    ///   - statusCode: The HTTP status.
    ///   - contentType: The `Content-Type` field, or `nil`.
    ///   - body: The body bytes.
    public init(statusCode: Int = 200, contentType: String? = nil, body: [UInt8]) {
        self.statusCode = statusCode
        self.contentType = contentType
        self.body = body
    }

    /// A 200 response whose body is the UTF-8 of a string (for fakes and tests).
    ///
    /// - Parameters:
    ///   - body: The body text.
    ///   - statusCode: The HTTP status; 200 by default.
    public init(_ body: String, statusCode: Int = 200) {
        self.init(statusCode: statusCode, contentType: "text/html", body: Array(body.utf8))
    }

    /// Whether the status is 2xx.
    public var isSuccess: Bool { (200..<300).contains(statusCode) }
}
#endif
