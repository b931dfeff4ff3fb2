/// One message as the sandbox keeps it: one recipient of one send.
struct MessageRecord: Sendable {
    /// The 32-hex `apiMsgId` answered in `ID:`.
    let apiMessageID: String
    /// The `cliMsgId` the client gave, if any.
    let clientMessageID: String?
    /// The index of the account that sent it.
    let account: Int
    /// The recipient's digits.
    let to: String
    /// The `from` value, empty when none was given.
    let from: String
    /// The text as decoded (Windows-1252 or UCS-2 hex), or the `data` hex of an 8-bit message.
    let text: String
    /// Whether the request said `unicode=1`.
    let unicode: Bool
    /// The parts the message takes.
    let parts: Int
    /// What it cost; 0 once cancelled.
    var charge: Credits
    /// `GET` or `POST`.
    let method: String
    /// When it was accepted.
    let submittedAt: Double
    /// When it leaves the queue: the submission, or the scheduled or deferred time.
    let releaseAt: Double
    /// Whether it was scheduled (`scheduled_time` or `deliv_time` in the future).
    let scheduled: Bool
    /// The `callback` value, 0–7.
    let callback: Int
    /// When `delmsg` stopped it.
    var cancelledAt: Double?
    /// How many of the statuses 003 and 004 have been through the callback check.
    var statusesNotified = 0

    /// The status at a time: 011 before a scheduled release, 001 for the first half of the
    /// delivery delay, 003 for the second, 004 after; 006 once cancelled.
    func status(at now: Double, deliveryDelay: Double) -> String {
        if cancelledAt != nil { return MessageStatus.cancelled }
        if now < releaseAt { return scheduled ? MessageStatus.queuedForLater : MessageStatus.unknown }
        if now < releaseAt + deliveryDelay / 2 { return MessageStatus.unknown }
        if now < releaseAt + deliveryDelay { return MessageStatus.deliveredToGateway }
        return MessageStatus.received
    }

    /// The statuses every message passes through after release, and when.
    func timeline(deliveryDelay: Double) -> [(status: String, time: Double)] {
        [(MessageStatus.deliveredToGateway, releaseAt + deliveryDelay / 2), (MessageStatus.received, releaseAt + deliveryDelay)]
    }
}
