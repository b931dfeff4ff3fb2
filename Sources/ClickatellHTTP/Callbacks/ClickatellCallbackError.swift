#if Clickatell
public import SMSCore

/// Why a request to the callback URL is not a callback the application can use.
///
/// The handler answers these with HTTP 400 (413 for ``Code-swift.struct/requestTooLarge``), so
/// a misconfigured account shows up in Clickatell's callback log instead of vanishing (Clickatell
/// retries such a callback: that is the point, as the request is not one the application can
/// use). Inbound text is never a reason: it is decoded leniently.
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
        /// The query and body together are longer than the receiver accepts.
        public static let requestTooLarge = Code(rawValue: "requestTooLarge")
        /// A field is longer than any real callback's.
        public static let fieldTooLong = Code(rawValue: "fieldTooLong")
    }

    /// The kinds of callback, as errors name them.
    public enum Kind: String, Hashable, Sendable, CustomStringConvertible {
        /// A message status callback.
        case status
        /// An inbound (MO) message.
        case inbound

        /// `status callback` or `inbound message`.
        public var description: String { self == .status ? "status callback" : "inbound message" }
    }

    private enum Detail: Hashable, Sendable {
        case field(String, Kind)
        case text(String)
        case limit(Int)
        case long(String, Int)
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

    /// The query and body together are longer than `maxOctets`.
    public static func requestTooLarge(maxOctets: Int) -> Self { Self(.requestTooLarge, .limit(maxOctets)) }

    /// A field is longer than `maxOctets` (after percent-decoding).
    ///
    /// - Parameters:
    ///   - name: The field's name, in lower case.
    ///   - maxOctets: The most it may have.
    public static func fieldTooLong(_ name: String, maxOctets: Int) -> Self { Self(.fieldTooLong, .long(name, maxOctets)) }

    /// For ``Code-swift.struct/missingField`` and ``Code-swift.struct/fieldTooLong``: the
    /// field's name.
    public var fieldName: String? {
        switch detail {
        case .field(let name, _), .long(let name, _): return name
        default: return nil
        }
    }

    /// One sentence, without field values.
    public var description: String {
        switch detail {
        case .field(let name, let kind): "the \(kind) has no \(name)"
        case .text(let text) where code == .unsupportedFormat:
            "the callback is \(text), which is not read; choose HTTP GET or POST in the account's callback settings"
        case .text(let text): text
        case .limit(let limit): "the query and body are longer than \(Int(limit).counting("octets"))"
        case .long(let name, let limit): "the field \(name) is longer than \(Int(limit).counting("octets"))"
        }
    }
}
#endif
