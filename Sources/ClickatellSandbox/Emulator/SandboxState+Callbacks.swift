/// Status callbacks: which statuses a message has reached since the last look, and which of
/// them its `callback` value asks for.
extension SandboxState {
    /// The status callbacks due at `now`, and the inbound callbacks waiting, in order.
    ///
    /// Every message passes through 003 before 004, even when both are reached between two
    /// looks, so callback values 1, 3, 5 and 7 always see 003. A cancelled message sends nothing
    /// more (006 is in no callback set).
    mutating func dueCallbacks(now: Double) -> [SandboxCallback] {
        var due = outbox
        outbox.removeAll()
        guard let url = configuration.callbackURL, !pendingCallbacks.isEmpty else { return due }
        var stillPending: [String] = []
        for id in pendingCallbacks {
            guard var record = messages[id], record.cancelledAt == nil else { continue }
            let timeline = record.timeline(deliveryDelay: configuration.deliveryDelay)
            while record.statusesNotified < timeline.count, timeline[record.statusesNotified].time <= now {
                let (status, time) = timeline[record.statusesNotified]
                if MessageStatus.callbackSelects(record.callback, status: status) {
                    due.append(statusCallback(record, status: status, time: time, url: url))
                }
                record.statusesNotified += 1
            }
            messages[id] = record
            if record.statusesNotified < timeline.count { stillPending.append(id) }
        }
        pendingCallbacks = stillPending
        return due
    }

    /// The documented fields: `api_id`, `apiMsgId`, `cliMsgId`, `to`, `from`, `timestamp`,
    /// `status`, `charge`.
    func statusCallback(_ record: MessageRecord, status: String, time: Double, url: String) -> SandboxCallback {
        SandboxCallback(kind: .status, url: url, fields: [
            .init("api_id", accounts[record.account].settings.apiID),
            .init("apiMsgId", record.apiMessageID),
            .init("cliMsgId", record.clientMessageID ?? ""),
            .init("to", record.to),
            .init("from", record.from),
            .init("timestamp", String(Int(exactly: time.rounded(.down)) ?? 0)),
            .init("status", status),
            .init("charge", record.charge.callbackText),
        ])
    }
}
