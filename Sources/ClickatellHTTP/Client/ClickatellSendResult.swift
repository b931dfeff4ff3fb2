#if Clickatell
public import SMSCore

/// The outcome of a send for one recipient, or for one line of the answer that matched no
/// recipient.
///
/// ```swift
/// for result in report.results {
///     if let id = result.apiMessageID { print(result.to ?? "?", "accepted as", id) }
///     else if let error = result.error { print(result.to ?? "?", error) }
/// }
/// ```
public struct ClickatellSendResult: Hashable, Sendable {
    /// What the result is about.
    public enum Kind: Hashable, Sendable {
        /// One recipient the caller gave, in the caller's order.
        case recipient
        /// A line of the answer whose `To:` matched no recipient (the server may have rewritten
        /// the number); ``ClickatellSendResult/to`` is `nil`.
        case unmatchedResponseLine
    }

    /// What the result is about.
    public let kind: Kind
    /// The recipient as the caller gave it; `nil` for an unmatched line.
    public let to: String?
    /// The validated recipient; `nil` when it was invalid or for an unmatched line.
    public let recipient: MSISDN?
    /// The `To:` of the answer's line, as received (`""` when empty); `nil` when the line had
    /// none or no line was about this recipient.
    public let serverTo: String?
    /// Clickatell's message id when the message was accepted.
    public let apiMessageID: String?
    /// The `cliMsgId` sent with the request; `nil` when no request was made.
    public let clientMessageID: String?
    /// Why it was not accepted: an invalid recipient (no request), Clickatell's `ERR:`, a
    /// recipient the answer did not mention, an unmatched line, or a request-level failure.
    public let error: ClickatellError?

    /// A result with the given values.
    public init(
        kind: Kind = .recipient,
        to: String?,
        recipient: MSISDN?,
        serverTo: String? = nil,
        apiMessageID: String? = nil,
        clientMessageID: String? = nil,
        error: ClickatellError? = nil
    ) {
        self.kind = kind
        self.to = to
        self.recipient = recipient
        self.serverTo = serverTo
        self.apiMessageID = apiMessageID
        self.clientMessageID = clientMessageID
        self.error = error
    }

    /// Whether Clickatell accepted the message for this recipient.
    public var isAccepted: Bool { apiMessageID != nil && error == nil }
}

/// Everything a send did: one result per recipient in the caller's order, then one per
/// unmatched answer line; and how many requests went out and how many failed as a whole.
public struct ClickatellSendReport: Hashable, Sendable {
    /// The results: every recipient in the caller's order, then unmatched lines.
    public let results: [ClickatellSendResult]
    /// The number of requests made (chunks sent).
    public let requestCount: Int
    /// The number of requests that got no usable answer (transport, HTTP status, an unexpected
    /// body, an unknown outcome) or failed for the whole account (authentication, credit), and
    /// of chunks not sent after such a failure.
    public let failedRequestCount: Int

    /// A report with the given values.
    public init(results: [ClickatellSendResult], requestCount: Int, failedRequestCount: Int) {
        self.results = results
        self.requestCount = requestCount
        self.failedRequestCount = failedRequestCount
    }

    /// Whether at least one request was made and every request was answered (whatever each
    /// recipient's result).
    public var everyRequestAnswered: Bool { requestCount > 0 && failedRequestCount == 0 }

    /// The results that are about recipients (not unmatched lines).
    public var recipientResults: [ClickatellSendResult] { results.filter { $0.kind == .recipient } }
}
#endif
