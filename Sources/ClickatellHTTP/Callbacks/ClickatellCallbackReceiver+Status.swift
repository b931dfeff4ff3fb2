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

    /// Whether an update replaces the status a message has: a final status never, the same
    /// status never; a final status always; an intermediate one when it comes later in a
    /// message's life (001 unknown, then 002 / 011 queued, then 003 / 008 at the gateway, then
    /// any other), or, at the same stage, when its timestamp is strictly newer.
    static func replaces(_ update: ClickatellStatusCallback, _ current: TrackedStatus) -> Bool {
        if current.status.isFinal || update.status == current.status { return false }
        if update.status.isFinal { return true }
        let (new, old) = (stage(of: update.status), stage(of: current.status))
        if new != old { return new > old }
        guard let newTime = update.timestamp, let oldTime = current.timestamp else { return false }
        return newTime > oldTime
    }

    /// How far in its life a message with a non-final status is (reference §6).
    private static func stage(of status: ClickatellMessageStatus) -> Int {
        switch status {
        case .messageUnknown: 0
        case .messageQueued, .queuedForLaterDelivery: 1
        case .deliveredToGateway, .receivedByGateway: 2
        default: 3
        }
    }
}
#endif
