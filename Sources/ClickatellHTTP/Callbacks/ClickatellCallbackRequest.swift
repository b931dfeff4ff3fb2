#if Clickatell
/// A request Clickatell made to an application's callback URL, as a web framework hands it
/// over: the query string, the form body and the two header fields that matter.
///
/// Clickatell sends status and inbound (MO) callbacks by GET (fields in the query) or POST
/// (fields in an `application/x-www-form-urlencoded` body), as the account is set up; both are
/// read and merged. The `Authorization` field is never shown: ``description``, `dump(_:)` and
/// debuggers see `<redacted>`.
///
/// ```swift
/// let request = ClickatellCallbackRequest(
///     query: "apiMsgId=996f364775e24b8432f45d77da8eca47&status=003&timestamp=1218007814")
/// ```
public struct ClickatellCallbackRequest: Hashable, Sendable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// The query string as received, percent-encoded, without the `?` (empty when none).
    public var query: String
    /// The `Content-Type` header field, or `nil`. The body is read as a form unless this names
    /// another type.
    public var contentType: String?
    /// The `Authorization` header field, or `nil`. Never shown.
    public var authorization: String?
    /// The body's octets (empty for GET).
    public var body: [UInt8]

    /// A request with the given parts.
    ///
    /// - Parameters:
    ///   - query: The query string, percent-encoded, without the `?`; `nil` or empty when none.
    ///   - contentType: The `Content-Type` header field.
    ///   - authorization: The `Authorization` header field.
    ///   - body: The body's octets.
    public init(query: String? = nil, contentType: String? = nil, authorization: String? = nil, body: [UInt8] = []) {
        self.query = query ?? ""
        self.contentType = contentType
        self.authorization = authorization
        self.body = body
    }

    /// For example `callback request (query 212 bytes, body 0 bytes, authorization <redacted>)`.
    public var description: String {
        let authorization = authorization == nil ? "none" : "<redacted>"
        return "callback request (query \(query.utf8.count) bytes, body \(body.count) bytes, authorization \(authorization))"
    }

    /// The same as ``description``.
    public var debugDescription: String { description }

    /// What `dump(_:)` and debuggers show: the `Authorization` field redacted.
    public var customMirror: Mirror {
        Mirror(self, children: [
            "query": query, "contentType": contentType as Any,
            "authorization": authorization == nil ? "nil" : "<redacted>", "body": body,
        ])
    }

    /// Whether the body is to be read as a form: no content type, or
    /// `application/x-www-form-urlencoded` (parameters and case aside).
    var bodyIsForm: Bool {
        guard let contentType else { return true }
        let type = contentType.split(separator: ";", maxSplits: 1).first ?? ""
        return type.trimmingASCIISpaces().lowercased() == "application/x-www-form-urlencoded"
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs.
    func trimmingASCIISpaces() -> Substring {
        var text = self
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }
}
#endif
