/// What the emulator answers: an HTTP status, a content type and a body, and how long to wait
/// before sending it (the `slow` fault).
public struct SandboxResponse: Sendable, Equatable {
    /// The HTTP status: 200 for API answers, `ERR:` lines included.
    public var status: Int
    /// The `Content-Type` header.
    public var contentType: String
    /// The body.
    public var body: [UInt8]
    /// Milliseconds to wait before answering; 0 for none.
    public var delayMilliseconds: Int = 0

    /// Creates a response.
    ///
    /// - Parameters:
    ///   - status: The HTTP status.
    ///   - contentType: The content type.
    ///   - body: The body.
    public init(status: Int, contentType: String, body: [UInt8]) {
        self.status = status
        self.contentType = contentType
        self.body = body
    }

    /// The body as UTF-8 text.
    public var text: String { String(decoding: body, as: UTF8.self) }

    /// An API answer: lines joined by `\n`, HTTP 200, `text/html` as the real gateway sends.
    static func api(_ lines: [String]) -> SandboxResponse {
        SandboxResponse(status: 200, contentType: "text/html; charset=utf-8", body: Array(lines.joined(separator: "\n").utf8))
    }

    /// An API answer of one line.
    static func api(_ line: String) -> SandboxResponse { api([line]) }

    /// An `ERR:` answer.
    static func api(_ error: APIError) -> SandboxResponse { api(error.line()) }

    /// A JSON answer for the inspection endpoints.
    static func json(_ text: String, status: Int = 200) -> SandboxResponse {
        SandboxResponse(status: status, contentType: "application/json", body: Array(text.utf8))
    }

    /// A plain-text answer outside the API (404, 405, 403).
    static func plain(_ status: Int, _ text: String) -> SandboxResponse {
        SandboxResponse(status: status, contentType: "text/plain; charset=utf-8", body: Array((text + "\n").utf8))
    }
}
