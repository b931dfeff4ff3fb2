#if Clickatell
/// The callback endpoint of a server application: a ``ClickatellCallbackReceiver`` behind an
/// actor, on the system clock, for a route of any web framework to call.
///
/// The route hands over the query, `Content-Type`, `Authorization` and body, answers with the
/// outcome's status, header fields and body, and acts on its events. Answer quickly: Clickatell
/// waits for the answer and retries on failure.
///
/// With Hummingbird 2 (`import NIOCore` for `ByteBuffer`):
///
/// ```swift
/// let callbacks = ClickatellCallbackHandler(
///     configuration: .init(credentials: .init(user: "clickatell", password: callbackPassword)))
///
/// router.post("/clickatell/callback") { request, context -> Response in
///     var request = request
///     let body = try await request.collectBody(upTo: 8192)
///     let outcome = await callbacks.handle(ClickatellCallbackRequest(
///         query: request.uri.query,
///         contentType: request.headers[.contentType],
///         authorization: request.headers[.authorization],
///         body: Array(buffer: body)))
///     for event in outcome.events {
///         if let update = event.statusToStore { try await store.save(update) }
///         if case .inbound(let message) = event { try await inbox.save(message) }
///         if case .incompleteInbound(let message) = event { try await inbox.saveIncomplete(message) }
///     }
///     var headers = HTTPFields()
///     for field in outcome.headerFields {
///         if let name = HTTPField.Name(field.name) { headers[name] = field.value }
///     }
///     return Response(status: .init(code: outcome.statusCode), headers: headers,
///                     body: .init(byteBuffer: ByteBuffer(string: outcome.body)))
/// }
/// ```
///
/// Save before answering: when a save throws, the framework answers 500, Clickatell retries,
/// and the receiver gives the message (``ClickatellInboundMessage/isRedelivery``) or the status
/// (``ClickatellCallbackEvent/statusToStore``) back.
///
/// docs/callbacks.md has the same for Vapor and for GET callbacks.
public actor ClickatellCallbackHandler {
    private var receiver: ClickatellCallbackReceiver
    private let now: @Sendable () -> Double

    /// A handler with the given limits and credentials.
    ///
    /// - Parameters:
    ///   - configuration: Limits and the optional basic-authentication credentials.
    ///   - now: The clock, in seconds, for expiring held inbound parts; `nil` (the default)
    ///     for the system's wall clock.
    public init(
        configuration: ClickatellCallbackReceiver.Configuration = .init(),
        now: (@Sendable () -> Double)? = nil
    ) {
        receiver = ClickatellCallbackReceiver(configuration: configuration)
        self.now = now ?? { Double(WallClock.unixTime()) }
    }

    /// Applies one request; see ``ClickatellCallbackReceiver/receive(_:now:)``.
    ///
    /// - Parameter request: The request as received.
    /// - Returns: What to answer, and what it meant.
    public func handle(_ request: ClickatellCallbackRequest) -> ClickatellCallbackOutcome {
        receiver.receive(request, now: now())
    }

    /// Gives up expired inbound messages; see ``ClickatellCallbackReceiver/expire(now:)``.
    ///
    /// - Returns: One ``ClickatellCallbackEvent/incompleteInbound(_:)`` per message given up.
    public func expire() -> [ClickatellCallbackEvent] {
        receiver.expire(now: now())
    }

    /// The number of inbound parts held, waiting for the rest of their message.
    public var heldInboundPartCount: Int { receiver.heldInboundPartCount }
}
#endif
