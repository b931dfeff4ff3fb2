#if Clickatell
/// What a callback request meant to the application, once ``ClickatellCallbackReceiver`` has
/// applied it.
public enum ClickatellCallbackEvent: Hashable, Sendable {
    /// A message's status changed: the first status heard for it, a final status, or a newer
    /// intermediate one. `previous` is the status it had, if any.
    case status(ClickatellStatusCallback, previous: ClickatellMessageStatus?)
    /// A status callback that changes nothing: the same status again (a retry), or an older or
    /// intermediate status after the message reached `current`, which is kept.
    case staleStatus(ClickatellStatusCallback, current: ClickatellMessageStatus)
    /// A whole inbound message: a short one, or the last missing part of a long one arrived.
    case inbound(ClickatellInboundMessage)
    /// A part of a long inbound message, held until the others arrive.
    case inboundPartHeld(ClickatellInboundPart, received: Int, total: Int)
    /// An inbound callback with a `moMsgId` already received (Clickatell retrying); ignored.
    case duplicateInboundPart(ClickatellInboundPart)
    /// A long inbound message given up: expired, evicted or conflicting. Its parts are here.
    case incompleteInbound(ClickatellIncompleteInboundMessage)
    /// Clickatell's probe of the callback URL.
    case probe

    /// The status update to write to the application's store: the update of ``status(_:previous:)``,
    /// and that of a ``staleStatus(_:current:)`` that repeats the status the receiver holds (a
    /// retry: writing it again is harmless, and it is what an application whose first write
    /// failed needs); `nil` for every other event.
    public var statusToStore: ClickatellStatusCallback? {
        switch self {
        case .status(let update, _): update
        case .staleStatus(let update, let current) where update.status == current: update
        default: nil
        }
    }
}

/// What to answer a callback request, and what it meant.
///
/// Answer ``statusCode`` with ``headerFields`` and ``body``: 200 for every callback, even a
/// duplicate or stale one (anything else makes Clickatell retry); 400 for a request that is
/// not a usable callback, 401 without the configured credentials, 413 for a body over the
/// limit.
public struct ClickatellCallbackOutcome: Hashable, Sendable {
    /// The HTTP status to answer.
    public let statusCode: Int
    /// Header fields to answer with (`WWW-Authenticate` with 401).
    public let headerFields: [ClickatellHTTPRequest.HeaderField]
    /// A short plain-text body: `OK`, or the error's sentence.
    public let body: String
    /// What happened, in order: this request's event (none when it was refused), preceded by
    /// inbound messages that expired since the last request.
    public let events: [ClickatellCallbackEvent]
    /// Why the request was refused with 400 or 413, or `nil`.
    public let error: ClickatellCallbackError?

    init(statusCode: Int, headerFields: [ClickatellHTTPRequest.HeaderField] = [], body: String,
         events: [ClickatellCallbackEvent], error: ClickatellCallbackError? = nil) {
        self.statusCode = statusCode
        self.headerFields = headerFields
        self.body = body
        self.events = events
        self.error = error
    }
}
#endif
