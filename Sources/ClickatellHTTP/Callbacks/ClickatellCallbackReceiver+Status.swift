#if Clickatell
/// The status last applied to a message.
struct TrackedStatus: Sendable {
    var status: ClickatellMessageStatus
    var timestamp: Int64?
}

extension ClickatellCallbackReceiver {
    /// Applies a status update unless it is stale.
    mutating func apply(_ update: ClickatellStatusCallback) -> ClickatellCallbackEvent {
        guard let current = statuses[update.apiMessageID] else {
            statuses[update.apiMessageID] = TrackedStatus(status: update.status, timestamp: update.timestamp)
            statusOrder.append(update.apiMessageID)
            while statuses.count > configuration.maxTrackedMessages, let oldest = statusOrder.popFirst() {
                statuses[oldest] = nil
            }
            return .status(update, previous: nil)
        }
        guard Self.replaces(update, current) else { return .staleStatus(update, current: current.status) }
        statuses[update.apiMessageID] = TrackedStatus(status: update.status, timestamp: update.timestamp)
        return .status(update, previous: current.status)
    }

    /// Whether an update replaces the status a message has: never a final status nor the same
    /// status; always by a final one; an intermediate one unless it is older.
    static func replaces(_ update: ClickatellStatusCallback, _ current: TrackedStatus) -> Bool {
        if current.status.isFinal || update.status == current.status { return false }
        if update.status.isFinal { return true }
        guard let new = update.timestamp, let old = current.timestamp else { return true }
        return new >= old
    }
}
#endif
