/// The three-digit message statuses the sandbox reports (the reference's §6), and which of
/// them a `callback` value selects (§8.1, the later version: 0–7).
enum MessageStatus {
    /// 001: message unknown, or reporting delayed; a message before it reaches the gateway.
    static let unknown = "001"
    /// 003: delivered to gateway.
    static let deliveredToGateway = "003"
    /// 004: received by recipient.
    static let received = "004"
    /// 006: user cancelled message delivery (`delmsg`).
    static let cancelled = "006"
    /// 011: queued for later delivery (`scheduled_time`, `deliv_time`).
    static let queuedForLater = "011"

    /// Whether a `callback` value (0–7) asks for a status: 1 intermediate (003), 2 final (004,
    /// 005, 007, 009, 010, 012), 4 errors (005, 007, 009, 010, 012), and their sums.
    static func callbackSelects(_ callback: Int, status: String) -> Bool {
        switch status {
        case "003": callback & 1 != 0
        case "004": callback & 2 != 0
        case "005", "007", "009", "010", "012": callback & 6 != 0
        default: false
        }
    }
}
