#if Clickatell
/// A message status callback: Clickatell telling the application what became of a message it
/// sent (reference §8.1), for the statuses the message's `callback` value selected.
///
/// ```swift
/// // api_id=12345&apiMsgId=996f364775e24b8432f45d77da8eca47&cliMsgId=abc123
/// //   &timestamp=1218007814&to=279995631564&from=27833001171&status=003&charge=0.300000
/// update.apiMessageID     // "996f364775e24b8432f45d77da8eca47"
/// update.status           // 003 (Message received by gateway)
/// update.status.isFinal   // false
/// update.charge           // "0.300000", exactly as received
/// ```
public struct ClickatellStatusCallback: Hashable, Sendable {
    /// `apiMsgId`: Clickatell's id of the message (any non-empty token is kept).
    public let apiMessageID: String
    /// `cliMsgId`: the client's id given at `sendmsg`, or `nil` when absent or empty.
    public let clientMessageID: String?
    /// `api_id`, or `nil` when absent.
    public let apiID: String?
    /// `to`: the recipient (empty when absent).
    public let to: String
    /// `from`: the sender (empty when absent).
    public let from: String
    /// `timestamp`: Unix seconds, or `nil` when absent or not a whole number.
    public let timestamp: Int64?
    /// `status`: the message's status.
    public let status: ClickatellMessageStatus
    /// `charge`, exactly as received (`"0.300000"`), or `nil` when absent.
    public let charge: String?

    /// Reads a status callback's fields; `nil` when `apiMsgId` and `status` are both absent.
    ///
    /// - Throws: ``ClickatellCallbackError`` when one of the two is present and the other is
    ///   missing or empty.
    init?(_ fields: CallbackFields) throws(ClickatellCallbackError) {
        let apiMessageID = fields.text("apimsgid")
        let status = fields.text("status")
        guard apiMessageID != nil || status != nil else { return nil }
        guard let apiMessageID, !apiMessageID.isEmpty else { throw .missingField("apiMsgId", in: .status) }
        guard let status = status?.trimmingASCIISpaces(), !status.isEmpty else {
            throw .missingField("status", in: .status)
        }
        self.apiMessageID = apiMessageID
        self.status = ClickatellMessageStatus(rawValue: status)
        clientMessageID = fields.nonEmptyText("climsgid")
        apiID = fields.nonEmptyText("api_id")
        to = fields.text("to") ?? ""
        from = fields.text("from") ?? ""
        timestamp = fields.text("timestamp").flatMap { Int64($0.trimmingASCIISpaces()) }
        charge = fields.text("charge")
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs.
    func trimmingASCIISpaces() -> String {
        String(self[...].trimmingASCIISpaces())
    }
}
#endif
