#if Clickatell
/// The session of session mode: one session id, fetched lazily with `auth`, shared by every
/// call of a client and renewed when Clickatell says it expired.
///
/// Sessions live 15 minutes after the last call that used them; ``ClickatellClient/keepAlive(every:)``
/// pings to keep one alive. Concurrent callers share one `auth` call. The session id is a
/// secret: it is never described or logged.
actor ClickatellSession {
    private let authenticate: @Sendable () async throws -> String
    private var sessionID: String?
    private var pending: Task<String, any Error>?

    /// A session that authenticates with the given call.
    init(authenticate: @escaping @Sendable () async throws -> String) {
        self.authenticate = authenticate
    }

    /// The current session id, authenticating first when there is none.
    func current() async throws -> String {
        if let sessionID { return sessionID }
        return try await start()
    }

    /// A new session id, unless another caller already replaced `failed`.
    ///
    /// - Parameter failed: The id the server rejected.
    func renew(replacing failed: String) async throws -> String {
        if let sessionID, sessionID != failed { return sessionID }
        sessionID = nil
        return try await start()
    }

    /// Forgets the session id.
    func invalidate() {
        sessionID = nil
    }

    private func start() async throws -> String {
        if let pending { return try await pending.value }
        let task = Task { try await authenticate() }
        pending = task
        defer { pending = nil }
        let id = try await task.value
        sessionID = id
        return id
    }
}
#endif
