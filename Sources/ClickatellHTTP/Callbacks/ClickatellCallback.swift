#if Clickatell
/// What Clickatell sent to a callback URL: a message status, an inbound (MO) message part, or
/// the probe Clickatell makes when the URL is set up (reference §8).
///
/// Fields come from the query, the form body or both merged; names are matched without
/// regard to case (`apiMsgId` and `apimsgid`). A request with `apiMsgId` or `status` is a
/// status callback, one with `moMsgId` or `text` an inbound message, and one with none of the
/// documented fields the configuration probe, to be answered 200.
///
/// ```swift
/// switch try ClickatellCallback(parsing: request) {
/// case .status(let update): print(update.apiMessageID, update.status)
/// case .inbound(let part): print(part.from, part.text)
/// case .probe: break
/// }
/// ```
///
/// For a server, ``ClickatellCallbackHandler`` does more: it checks credentials, reassembles
/// long inbound messages and applies status updates idempotently.
public enum ClickatellCallback: Hashable, Sendable {
    /// A message status callback (§8.1).
    case status(ClickatellStatusCallback)
    /// An inbound message, or one part of a long one (§8.2).
    case inbound(ClickatellInboundPart)
    /// A request with none of the documented fields: Clickatell's check that the URL answers.
    case probe

    /// The names that make a request a callback rather than a probe (lower case).
    static let documentedFields = [
        "apimsgid", "climsgid", "status", "charge", "momsgid", "text", "charset", "udh", "from", "to", "timestamp",
    ]

    /// Reads a request.
    ///
    /// - Parameter request: The query, content type and body as received.
    /// - Throws: ``ClickatellCallbackError`` when a status callback lacks `apiMsgId` or
    ///   `status`, when the request mixes a status and an inbound message, when it is XML,
    ///   SOAP or JSON, or when a field is longer than any real callback's (64 octets for ids,
    ///   numbers and statuses, 1024 for `text`, 280 hex digits for `udh`). Inbound text is
    ///   otherwise never a reason.
    /// - Complexity: O(*n*) in the query and body.
    public init(parsing request: ClickatellCallbackRequest) throws(ClickatellCallbackError) {
        let fields = CallbackFields(request)
        if let error = fields.overlongField() { throw error }
        if fields.octets("momsgid") != nil && fields.octets("apimsgid") != nil { throw .ambiguousCallback }
        if let status = try ClickatellStatusCallback(fields) {
            self = .status(status)
        } else if let part = ClickatellInboundPart(fields) {
            self = .inbound(part)
        } else if !fields.containsAny(of: Self.documentedFields) {
            if fields.octets("data") != nil { throw .unsupportedFormat("XML or SOAP in the data field") }
            if !request.bodyIsForm, !request.body.isEmpty {
                throw .unsupportedFormat("a \(request.contentType ?? "non-form") body")
            }
            self = .probe
        } else if fields.containsAny(of: ["charset", "udh"]) {
            throw .missingField("moMsgId", in: .inbound)
        } else {
            throw .missingField("apiMsgId", in: .status)
        }
    }
}
#endif
