#if Clickatell
import Logging

/// One call: authentication, the exchange, session renewal, ERR 130, and retries of
/// idempotent commands.
extension ClickatellClient {
    /// How one exchange failed.
    enum ExchangeFailure: Error {
        /// The outcome is unknown and a repeat may help: a transport error, HTTP 5xx, ERR 901.
        case retryable(ClickatellError)
        /// Final: Clickatell's answer, or a failure a repeat will not cure.
        case final(any Error)
    }

    /// Performs an request with the client's authentication, retrying idempotent commands.
    ///
    /// - Returns: The parsed answer, which may be one or more `ERR:` lines (other than those
    ///   the client handles itself: session errors, 901 on idempotent commands, 130).
    func perform(_ request: ClickatellRequest) async throws -> ClickatellResponse {
        var attempt = 1
        while true {
            do {
                return try await exchange(request)
            } catch {
                switch error {
                case .final(let error):
                    throw error
                case .retryable(let error):
                    guard request.command.isIdempotent, attempt < configuration.retry.maxAttempts else { throw error }
                    try await backOff(after: error, command: request.command, attempt: &attempt)
                }
            }
        }
    }

    /// The same with a fixed authentication (the ping after a one-off `auth`).
    func exchangeWithRetries(_ request: ClickatellRequest, authentication: ClickatellAuthentication) async throws -> ClickatellResponse {
        var attempt = 1
        while true {
            do {
                return try await exchangeOnce(request, authentication: authentication)
            } catch {
                switch error {
                case .final(let error):
                    throw error
                case .retryable(let error):
                    guard attempt < configuration.retry.maxAttempts else { throw error }
                    try await backOff(after: error, command: request.command, attempt: &attempt)
                }
            }
        }
    }

    func backOff(after error: ClickatellError, command: ClickatellCommand, attempt: inout Int) async throws {
        let delay = configuration.retry.delay(beforeRetry: attempt)
        attempt += 1
        logger.notice(
            "clickatell: retrying \(command.name) after a failure",
            metadata: ["attempt": "\(attempt)", "of": "\(configuration.retry.maxAttempts)", "error": "\(error.code)", "delay": "\(delay)"]
        )
        try await configuration.sleep(delay)
    }

    /// One exchange with the client's authentication: in session mode, renews the session once
    /// and repeats on ERR 001/003/005; waits and repeats on ERR 130 when the policy allows.
    func exchange(_ request: ClickatellRequest) async throws(ExchangeFailure) -> ClickatellResponse {
        var renewed = false
        var waits = 0
        var authentication: ClickatellAuthentication
        do {
            authentication = try await currentAuthentication()
        } catch {
            throw .final(error)
        }
        while true {
            let response = try await exchangeOnce(request, authentication: authentication)
            guard let error = Self.requestLevelError(in: response) else { return response }
            if let session, case .session(let id) = authentication, error.code?.isSessionProblem == true, !renewed {
                renewed = true
                logger.info("clickatell: session rejected; authenticating again", metadata: ["command": "\(request.command.name)", "code": "\(error.code?.rawValue ?? "")"])
                do {
                    authentication = .session(id: try await session.renew(replacing: id))
                } catch {
                    throw .final(error)
                }
                continue
            }
            if error.code == .maxMTLimitExceeded {
                let until = error.blockedUntil
                if case .wait(let longest) = configuration.mtLimitPolicy, let until, waits < 3 {
                    let seconds = max(0, until - configuration.unixTime()) + 1
                    if Duration.seconds(seconds) <= longest {
                        waits += 1
                        logger.notice("clickatell: MT limit exceeded; waiting", metadata: ["until": "\(until)", "seconds": "\(seconds)"])
                        do {
                            try await configuration.sleep(.seconds(seconds))
                        } catch {
                            throw .final(error)
                        }
                        continue
                    }
                }
                throw .final(ClickatellError.mtLimitExceeded(until: until))
            }
            if error.code == .internalError { throw .retryable(error.error) }
            return response
        }
    }

    /// One HTTP exchange and its classification.
    func exchangeOnce(_ request: ClickatellRequest, authentication: ClickatellAuthentication) async throws(ExchangeFailure) -> ClickatellResponse {
        let http = request.httpRequest(authentication: authentication, method: configuration.method)
        logger.debug("clickatell: request", metadata: ["request": "\(http)"])
        let answer: ClickatellHTTPResponse
        do {
            answer = try await transport.send(http)
        } catch is CancellationError {
            throw .final(CancellationError())
        } catch {
            let failure = ClickatellError.transportFailed(Self.safeDescription(of: error))
            logger.warning("clickatell: transport failed", metadata: ["command": "\(request.command.name)", "error": "\(failure.description)"])
            throw .retryable(failure)
        }
        let response = ClickatellResponse(parsing: answer.body)
        guard answer.isSuccess else {
            logger.warning("clickatell: HTTP status", metadata: ["command": "\(request.command.name)", "status": "\(answer.statusCode)"])
            if case .newPlatformJSON(let code) = response.form { throw .final(ClickatellError.newPlatformAccount(errorCode: code)) }
            let failure = ClickatellError.httpStatus(answer.statusCode)
            throw answer.statusCode >= 500 ? .retryable(failure) : .final(failure)
        }
        do {
            try Self.checkForm(response, command: request.command, secrets: authentication.secrets + [credentials.password])
        } catch {
            throw .final(error)
        }
        return response
    }

    /// A single `ERR:` line without `To:`: an answer about the whole request.
    static func requestLevelError(in response: ClickatellResponse) -> ClickatellErrorLine? {
        guard response.lines.count == 1, case .error(let error) = response.lines[0], error.to == nil else { return nil }
        return error
    }

    /// The authentication for the next call: the credentials, or the (lazily fetched) session.
    func currentAuthentication() async throws -> ClickatellAuthentication {
        guard let session else { return .credentials(credentials) }
        return .session(id: try await session.current())
    }

    /// `auth`: credentials for a session id, retried like every idempotent command on
    /// transport errors, HTTP 5xx and ERR 901.
    static func authenticate(
        transport: Transport, credentials: ClickatellCredentials,
        configuration: ClickatellClientConfiguration, logger: Logger
    ) async throws -> String {
        var attempt = 1
        while true {
            do {
                return try await authenticateOnce(transport: transport, credentials: credentials, method: configuration.method)
            } catch let error as ClickatellError where attempt < configuration.retry.maxAttempts && isRetryable(error) {
                let delay = configuration.retry.delay(beforeRetry: attempt)
                attempt += 1
                logger.notice(
                    "clickatell: retrying auth after a failure",
                    metadata: ["attempt": "\(attempt)", "of": "\(configuration.retry.maxAttempts)", "error": "\(error.code)", "delay": "\(delay)"]
                )
                try await configuration.sleep(delay)
            }
        }
    }

    /// Whether a failure leaves the outcome unknown, so an idempotent command may be repeated.
    static func isRetryable(_ error: ClickatellError) -> Bool {
        error.code == .transportFailed || (error.httpStatusCode ?? 0) >= 500 || error.clickatellCode == .internalError
    }

    /// One `auth` exchange.
    static func authenticateOnce(
        transport: Transport, credentials: ClickatellCredentials, method: ClickatellHTTPRequest.Method
    ) async throws -> String {
        let request = ClickatellRequest.auth.httpRequest(authentication: .credentials(credentials), method: method)
        let answer: ClickatellHTTPResponse
        do {
            answer = try await transport.send(request)
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            throw ClickatellError.transportFailed(safeDescription(of: error))
        }
        let response = ClickatellResponse(parsing: answer.body)
        guard answer.isSuccess else {
            if case .newPlatformJSON(let code) = response.form { throw ClickatellError.newPlatformAccount(errorCode: code) }
            throw ClickatellError.httpStatus(answer.statusCode)
        }
        try checkForm(response, command: .auth, secrets: [credentials.password])
        guard response.lines.count == 1 else { throw unexpected(response, command: .auth, secrets: []) }
        switch response.lines[0] {
        case .ok(let payload?) where !payload.isEmpty:
            return payload
        case .error(let error):
            throw error.error
        default:
            throw unexpected(response, command: .auth, secrets: [])
        }
    }
}
#endif
