#if Clickatell
public import SMSCore

/// An inbound (MO) message as the handset sent it: one callback's text, or the parts of a long
/// message put back together (TS 23.040 9.2.3.24.1, 9.2.3.24.8; reference §8.2).
///
/// ```swift
/// case .inbound(let message):
///     print(message.from, message.text)     // the whole text, however many parts
///     message.parts.count                   // 2 for a two-part message
/// ```
public struct ClickatellInboundMessage: Hashable, Sendable {
    /// The handset's number.
    public let from: String
    /// The account's number the handset sent to.
    public let to: String
    /// The text, every part joined in sequence order.
    public let text: String
    /// The callbacks it came in, in sequence order (one for a short message); a part that
    /// came twice under different `moMsgId`s with the same text is here twice, and in
    /// ``issues``.
    public let parts: [ClickatellInboundPart]
    /// What reassembly noticed that did not stop it (a part's payload arriving twice under
    /// different `moMsgId`s, a character split across parts); empty normally.
    public let issues: [ReassemblyIssue]
    /// Whether this is a message delivered before, given again because Clickatell retried one
    /// of its callbacks (the application did not answer 2xx the first time). Store messages
    /// idempotently, by their parts' `moMsgId`s.
    public let isRedelivery: Bool

    /// The earliest `timestamp` of its parts, in Unix seconds, or `nil` when none could be read.
    public var timestamp: Int64? { parts.compactMap(\.timestamp).min() }

    init(
        from: String, to: String, text: String, parts: [ClickatellInboundPart], issues: [ReassemblyIssue],
        isRedelivery: Bool = false
    ) {
        self.from = from
        self.to = to
        self.text = text
        self.parts = parts
        self.issues = issues
        self.isRedelivery = isRedelivery
    }

    /// The same message, marked as delivered again.
    func redelivered() -> Self {
        Self(from: from, to: to, text: text, parts: parts, issues: issues, isRedelivery: true)
    }
}

/// The parts of a long inbound message that could not be put together: some never arrived
/// before the expiry or the bound on held parts, or two different parts claimed the same place.
///
/// Nothing is dropped silently: the application gets every part it was sent, and decides.
public struct ClickatellIncompleteInboundMessage: Hashable, Sendable {
    /// Why the message was given up.
    public enum Reason: String, Hashable, Sendable {
        /// Its first part arrived longer ago than the receiver's `inboundPartLifetime`.
        case expired
        /// The receiver held as many parts as `maxHeldInboundParts` allows, and this message
        /// was the oldest.
        case evicted
        /// Two different parts came with the same sequence number.
        case conflictingParts
    }

    /// The handset's number.
    public let from: String
    /// The account's number.
    public let to: String
    /// The concatenation reference the parts share.
    public let reference: UInt16
    /// Whether the reference came in an 8-bit or a 16-bit element.
    public let referenceSize: Concatenation.ReferenceSize
    /// The number of parts the message announced.
    public let total: Int
    /// The parts that arrived, in arrival order.
    public let parts: [ClickatellInboundPart]
    /// The sequence numbers that never arrived, as ascending runs (`[2...3]`), in the shape of
    /// `SMSCore`'s `ReassembledMessage.missingSequences`.
    public let missingSequences: [ClosedRange<Int>]
    /// Why it was given up.
    public let reason: Reason
}
#endif
