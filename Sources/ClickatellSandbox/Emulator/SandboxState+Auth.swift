/// Credentials and sessions: `auth`, `ping`, and the check every other command makes.
extension SandboxState {
    /// The account a request acts for: its session's, or the one its `api_id`, `user` and
    /// `password` name.
    ///
    /// A session id answers 001 when unknown and 003 once expired (for good: a later use does
    /// not revive it); each use extends a live session.
    mutating func authenticate(_ parameters: FormParameters, now: Double) -> Result<Int, APIError> {
        if let sessionID = parameters.nonEmpty("session_id") {
            return useSession(sessionID, now: now)
        }
        return checkCredentials(parameters)
    }

    /// The account `api_id`, `user` and `password` name: 001 when nothing (or only part) is
    /// given or the password is wrong, 002 for an unknown user, 108 for a wrong `api_id`.
    func checkCredentials(_ parameters: FormParameters) -> Result<Int, APIError> {
        guard let user = parameters.octets("user"), !user.isEmpty,
              let password = parameters.octets("password"), !password.isEmpty
        else { return .failure(.authenticationFailed) }
        guard let index = accounts.firstIndex(where: { Array($0.settings.user.utf8) == user }) else {
            return .failure(.unknownUser)
        }
        guard Array(accounts[index].settings.password.utf8) == password else { return .failure(.authenticationFailed) }
        guard parameters["api_id"] == accounts[index].settings.apiID else { return .failure(.invalidAPIID) }
        return .success(index)
    }

    /// The account of a session id, extending the session.
    mutating func useSession(_ sessionID: String, now: Double) -> Result<Int, APIError> {
        guard var session = sessions[sessionID] else { return .failure(.authenticationFailed) }
        guard now - session.lastUsed <= configuration.sessionTTL else { return .failure(.sessionExpired) }
        session.lastUsed = now
        sessions[sessionID] = session
        return .success(session.account)
    }

    /// `auth`: `OK: <32-hex session id>`.
    mutating func authCommand(_ parameters: FormParameters, now: Double) -> SandboxResponse {
        switch checkCredentials(parameters) {
        case .failure(let error): return .api(error)
        case .success(let account):
            if sessions.count >= Self.maxSessions {
                // Forget sessions that expired more than a day ago; if none, the oldest ones.
                let cutoff = now - configuration.sessionTTL - 86_400
                sessions = sessions.filter { $0.value.lastUsed > cutoff }
                if sessions.count >= Self.maxSessions {
                    let oldest = sessions.sorted { $0.value.lastUsed < $1.value.lastUsed }.prefix(Self.maxSessions / 10)
                    for (id, _) in oldest { sessions[id] = nil }
                }
            }
            let sessionID = generator.nextHexID()
            sessions[sessionID] = Session(account: account, lastUsed: now)
            return .api("OK: \(sessionID)")
        }
    }

    /// `ping`: `OK:` for a live session, which it extends; 005 without `session_id`.
    mutating func pingCommand(_ parameters: FormParameters, now: Double) -> SandboxResponse {
        guard let sessionID = parameters.nonEmpty("session_id") else { return .api(.missingSession) }
        switch useSession(sessionID, now: now) {
        case .failure(let error): return .api(error)
        case .success: return .api("OK:")
        }
    }
}
