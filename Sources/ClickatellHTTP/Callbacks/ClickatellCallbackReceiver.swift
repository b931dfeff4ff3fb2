#if Clickatell
import SMSCore

/// Turns callback requests into what they mean for the application: checks credentials,
/// applies status updates idempotently and puts long inbound messages back together
/// (reference §8; TS 23.040 9.2.3.24.1).
///
/// A value with no clock, thread or I/O of its own: each ``receive(_:now:)`` gives the time.
/// Servers usually hold one in a ``ClickatellCallbackHandler``, which adds the clock and
/// serialises access.
///
/// - Status updates: the first status heard for a message is applied; after that a final
///   status (``ClickatellMessageStatus/isFinal``) is never replaced, the same status again is
///   stale (a retry), and an intermediate status replaces another unless its timestamp is
///   older. Up to ``Configuration-swift.struct/maxTrackedMessages`` messages are remembered,
///   the oldest forgotten first.
/// - Inbound messages: parts are grouped by (`from`, `to`, reference, total) and joined by
///   `Reassembly` once every sequence number has arrived. A group whose first part is older
///   than ``Configuration-swift.struct/inboundPartLifetime``, or the oldest group when more than
///   ``Configuration-swift.struct/maxHeldInboundParts`` parts are held, is given up and handed to
///   the application as ``ClickatellCallbackEvent/incompleteInbound(_:)`` with its parts: no
///   text is dropped silently. A `moMsgId` already seen (among the last
///   ``Configuration-swift.struct/maxRememberedInboundIDs``) is a retry and is ignored.
///
/// Memory is bounded by the configuration whatever the requests claim.
///
/// ```swift
/// var receiver = ClickatellCallbackReceiver()
/// let outcome = receiver.receive(ClickatellCallbackRequest(query: query), now: 1_700_000_000)
/// outcome.statusCode   // 200
/// outcome.events       // [.status(…, previous: nil)]
/// ```
public struct ClickatellCallbackReceiver: Sendable {
    /// The limits and the optional credentials.
    public struct Configuration: Hashable, Sendable {
        /// HTTP basic-authentication credentials every request must carry, or `nil` for none.
        public var credentials: ClickatellCallbackCredentials?
        /// Seconds a long inbound message's parts are held waiting for the rest; 3600 by
        /// default (Clickatell retries an inbound callback for up to 55 minutes).
        public var inboundPartLifetime: Double = 3600
        /// The most inbound parts held at once; 10 000 by default.
        public var maxHeldInboundParts: Int = 10_000
        /// The most messages whose status is remembered; 100 000 by default.
        public var maxTrackedMessages: Int = 100_000
        /// The most `moMsgId`s remembered to ignore retries; 10 000 by default.
        public var maxRememberedInboundIDs: Int = 10_000
        /// The longest query and body, together, in octets; 65 536 by default.
        public var maxRequestBytes: Int = 65_536

        /// The default limits, with the given credentials.
        ///
        /// - Parameter credentials: Basic-authentication credentials to require, or `nil`.
        public init(credentials: ClickatellCallbackCredentials? = nil) {
            self.credentials = credentials
        }
    }

    /// The configuration.
    public let configuration: Configuration

    var statuses: [String: TrackedStatus] = [:]
    var statusOrder = FIFOQueue<String>()
    var heldGroups: [InboundKey: HeldGroup] = [:]
    var heldOrder = FIFOQueue<(key: InboundKey, serial: Int)>()
    var nextSerial = 0
    /// The number of inbound parts held.
    public internal(set) var heldInboundPartCount = 0
    var rememberedIDs: Set<String> = []
    var rememberedOrder = FIFOQueue<String>()

    /// A receiver with the given configuration.
    ///
    /// - Parameter configuration: Limits and credentials; the defaults when omitted.
    public init(configuration: Configuration = Configuration()) {
        var configuration = configuration
        configuration.maxHeldInboundParts = max(1, configuration.maxHeldInboundParts)
        configuration.maxTrackedMessages = max(1, configuration.maxTrackedMessages)
        configuration.maxRememberedInboundIDs = max(1, configuration.maxRememberedInboundIDs)
        configuration.maxRequestBytes = max(0, configuration.maxRequestBytes)
        self.configuration = configuration
    }

    /// Applies one request.
    ///
    /// - Parameters:
    ///   - request: The request as received.
    ///   - now: The time, in seconds (any epoch, used only to expire held inbound parts).
    /// - Returns: What to answer, and the events: inbound messages that expired first, then
    ///   this request's event.
    /// - Complexity: O(*n*) in the request, amortised, plus O(*p*) in the parts of a long
    ///   message when its last part arrives.
    public mutating func receive(_ request: ClickatellCallbackRequest, now: Double) -> ClickatellCallbackOutcome {
        var events = expire(now: now)
        if let credentials = configuration.credentials, !credentials.accept(authorization: request.authorization) {
            return ClickatellCallbackOutcome(
                statusCode: 401,
                headerFields: [.init(name: "WWW-Authenticate", value: #"Basic realm="Clickatell callbacks""#)],
                body: "unauthorized", events: events)
        }
        guard request.query.utf8.count + request.body.count <= configuration.maxRequestBytes else {
            let error = ClickatellCallbackError.bodyTooLarge(limit: configuration.maxRequestBytes)
            return ClickatellCallbackOutcome(statusCode: 413, body: error.description, events: events, error: error)
        }
        let callback: ClickatellCallback
        do {
            callback = try ClickatellCallback(parsing: request)
        } catch {
            return ClickatellCallbackOutcome(statusCode: 400, body: error.description, events: events, error: error)
        }
        switch callback {
        case .probe: events.append(.probe)
        case .status(let update): events.append(apply(update))
        case .inbound(let part): events += receive(part, now: now)
        }
        return ClickatellCallbackOutcome(statusCode: 200, body: "OK", events: events)
    }

    /// Gives up the long inbound messages whose first part is older than the lifetime.
    ///
    /// ``receive(_:now:)`` does this first each time; call it from a timer to hear of expired
    /// messages when no callbacks arrive.
    ///
    /// - Parameter now: The time, in seconds, on the clock given to ``receive(_:now:)``.
    /// - Returns: One ``ClickatellCallbackEvent/incompleteInbound(_:)`` per message given up.
    public mutating func expire(now: Double) -> [ClickatellCallbackEvent] {
        var events: [ClickatellCallbackEvent] = []
        while let entry = heldOrder.first {
            guard let group = heldGroups[entry.key], group.serial == entry.serial else {
                _ = heldOrder.popFirst()   // already completed or given up
                continue
            }
            guard now - group.firstArrival > configuration.inboundPartLifetime else { break }
            events.append(giveUp(entry.key, reason: .expired))
        }
        return events
    }
}
#endif
