#if Clickatell
public import SMSCore

/// Why a request to the callback URL is not a callback the application can use.
///
/// The handler answers these with HTTP 400 (413 for ``Code-swift.struct/bodyTooLarge``), so a
/// misconfigured account shows up in Clickatell's callback log instead of vanishing. Inbound
/// text is never a reason: it is decoded leniently.
///
/// ```swift
/// do { _ = try ClickatellCallback(parsing: ClickatellCallbackRequest(query: "status=004")) }
/// catch {
///     error.code          // .missingField
///     error.description   // "the status callback has no apiMsgId"
/// }
/// ```
public struct ClickatellCallbackError: SMSError {
    /// The stable names of the kinds of ``ClickatellCallbackError``.
    public struct Code: SMSErrorCode {
        /// The name, such as `"missingField"`.
        public let rawValue: String
        /// The code with the given name.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// A field the kind of callback needs is absent or empty.
        public static let missingField = Code(rawValue: "missingField")
        /// The request holds the fields of both a status callback and an inbound message.
        public static let ambiguousCallback = Code(rawValue: "ambiguousCallback")
        /// The callback is in a format this version does not read (XML or SOAP in `data`, a
        /// JSON body): choose HTTP GET or POST in the account's callback settings.
        public static let unsupportedFormat = Code(rawValue: "unsupportedFormat")
        /// The body is longer than the handler accepts.
        public static let bodyTooLarge = Code(rawValue: "bodyTooLarge")
    }

    /// The kinds of callback, as errors name them.
    public enum Kind: String, Hashable, Sendable {
        /// A message status callback.
        case status = "status callback"
        /// An inbound (MO) message.
        case inbound = "inbound message"
    }

    private enum Detail: Hashable, Sendable {
        case field(String, Kind)
        case text(String)
        case limit(Int)
    }

    /// What went wrong.
    public let code: Code
    /// Always `nil`: fields come from a query and a body merged, with no one offset.
    public let offset: Int?
    private let detail: Detail

    private init(_ code: Code, _ detail: Detail) {
        self.code = code
        self.offset = nil
        self.detail = detail
    }

    /// A field the callback needs is absent or empty.
    ///
    /// - Parameters:
    ///   - name: The field's name as documented (`apiMsgId`).
    ///   - kind: The kind of callback the other fields make it.
    public static func missingField(_ name: String, in kind: Kind) -> Self { Self(.missingField, .field(name, kind)) }

    /// The request has both `apiMsgId` and `moMsgId`.
    public static var ambiguousCallback: Self {
        Self(.ambiguousCallback, .text("the request has the fields of both a status callback and an inbound message"))
    }

    /// The callback is in a format this version does not read.
    ///
    /// - Parameter format: What it is, such as `XML in the data field`.
    public static func unsupportedFormat(_ format: String) -> Self { Self(.unsupportedFormat, .text(format)) }

    /// The body is longer than `limit` octets.
    public static func bodyTooLarge(limit: Int) -> Self { Self(.bodyTooLarge, .limit(limit)) }

    /// For ``Code-swift.struct/missingField``: the field's documented name.
    public var fieldName: String? {
        if case .field(let name, _) = detail { return name }
        return nil
    }

    /// One sentence, without field values.
    public var description: String {
        switch detail {
        case .field(let name, let kind): "the \(kind.rawValue) has no \(name)"
        case .text(let text) where code == .unsupportedFormat:
            "the callback is \(text), which is not read; choose HTTP GET or POST in the account's callback settings"
        case .text(let text): text
        case .limit(let limit): "the body is longer than \(Int(limit).counting("bytes"))"
        }
    }
}
#endif
