#if Clickatell
public import Logging
public import SMSCore

/// A client of the Clickatell HTTP API over any ``ClickatellTransport``.
///
/// ```swift
/// let client = ClickatellClient(transport: try URLSessionTransport(), credentials: credentials)
/// let report = try await client.send("Your code is 1234", to: ["+44 7700 900123", "27999123456"])
/// for result in report.results { print(result.to ?? "?", result.apiMessageID ?? result.error!.description) }
/// ```
///
/// - **Stateless** by default: the credentials go with every call. With
///   ``ClickatellClientConfiguration/usesSession`` the client authenticates lazily with `auth`,
///   sends the session id instead, and on ERR 001, 003 or 005 re-authenticates once and repeats
///   the call; ``keepAlive(every:)`` pings to keep the session.
/// - **Retries** idempotent commands (lookups, balance, ping) on ERR 901, transport errors and
///   HTTP 5xx with capped, jittered back-off. A `sendmsg` is **never repeated blindly**: every
///   request carries a `cliMsgId` (generated when the caller gives none), and after a failure
///   whose outcome is unknown the client asks `querymsg` with it first, re-sending only on
///   ERR 104 (unknown client message id).
/// - On **ERR 130** it waits until the time named, or fails fast (the default).
/// - **Chunks** recipient lists: 100 per GET, 300 per POST (configurable).
/// - Logs through swift-log, silent by default. Credentials and session ids never appear in a
///   log line, description or error; numbers and text only at debug level.
public struct ClickatellClient<Transport: ClickatellTransport>: Sendable {
    /// The transport requests go through.
    public let transport: Transport
    /// The configuration.
    public let configuration: ClickatellClientConfiguration
    let credentials: ClickatellCredentials
    let session: ClickatellSession?
    let rateLimiter: RateLimiter?
    let logger: Logger

    /// A client.
    ///
    /// - Parameters:
    ///   - transport: The transport, such as `URLSessionTransport()`.
    ///   - credentials: The account's `api_id`, `user` and `password`.
    ///   - configuration: Method, session mode, chunking, retries, ERR 130 policy, rate limit.
    ///   - logger: Where to log; `nil` (the default) logs nothing.
    public init(
        transport: Transport,
        credentials: ClickatellCredentials,
        configuration: ClickatellClientConfiguration = ClickatellClientConfiguration(),
        logger: Logger? = nil
    ) {
        self.transport = transport
        self.credentials = credentials
        self.configuration = configuration
        self.logger = logger ?? Logger(label: "swift-sms.clickatell", factory: { _ in SwiftLogNoOpLogHandler() })
        self.rateLimiter = configuration.messagesPerSecond.flatMap { rate in
            rate > 0 ? RateLimiter(messagesPerSecond: rate, sleep: configuration.sleep) : nil
        }
        if configuration.usesSession {
            let logger = self.logger
            self.session = ClickatellSession { [transport, credentials, configuration] in
                try await Self.authenticate(transport: transport, credentials: credentials, configuration: configuration, logger: logger)
            }
        } else {
            self.session = nil
        }
    }

    // MARK: Lookups and account

    /// The status of a message (`querymsg`).
    ///
    /// - Parameter reference: Clickatell's id or the caller's `cliMsgId`.
    /// - Returns: The message id and status.
    /// - Throws: ``ClickatellError`` (ERR 103/104 as ``ClickatellError/Code-swift.struct/clickatellError``).
    public func status(of reference: ClickatellMessageReference) async throws -> ClickatellStatusReport {
        try statusReport(from: try await perform(.queryMessage(reference)), command: .queryMessage)
    }

    /// The charge and status of a message (`getmsgcharge`; messages less than 15 days old).
    ///
    /// - Parameter reference: Clickatell's id or the caller's `cliMsgId`.
    /// - Returns: The id, status and charge (as received).
    /// - Throws: ``ClickatellError``.
    public func charge(of reference: ClickatellMessageReference) async throws -> ClickatellStatusReport {
        let response = try await perform(.messageCharge(reference))
        let line = try onlyLine(of: response, command: .messageCharge)
        switch line {
        case .charge(let charge):
            return ClickatellStatusReport(apiMessageID: charge.apiMessageID, status: charge.status, charge: charge.charge)
        case .error(let error):
            throw error.error
        default:
            throw unexpected(response, command: .messageCharge)
        }
    }

    /// Stops a message that has not left Clickatell (`delmsg`); status 006 when stopped.
    ///
    /// - Parameter reference: Clickatell's id or the caller's `cliMsgId`.
    /// - Returns: The id and status.
    /// - Throws: ``ClickatellError``.
    public func cancel(_ reference: ClickatellMessageReference) async throws -> ClickatellStatusReport {
        try statusReport(from: try await perform(.deleteMessage(reference)), command: .deleteMessage)
    }

    /// The account's credit (`getbalance`), exactly as received (`"12.5"`, `"5."`, `"-3"`).
    ///
    /// - Returns: The decimal string.
    /// - Throws: ``ClickatellError``.
    public func balance() async throws -> String {
        let response = try await perform(.balance)
        switch try onlyLine(of: response, command: .balance) {
        case .credit(let credit): return credit
        case .error(let error): throw error.error
        default: throw unexpected(response, command: .balance)
        }
    }

    /// Redeems a voucher (`token_pay`). Not retried: a voucher is spent once.
    ///
    /// - Parameter token: The voucher (16 digits).
    /// - Returns: Clickatell's `OK:` payload (opaque, such as `"605"`).
    /// - Throws: ``ClickatellError``.
    public func redeem(voucher token: String) async throws -> String {
        let response = try await perform(.redeemVoucher(token))
        switch try onlyLine(of: response, command: .redeemVoucher) {
        case .ok(let payload): return payload ?? ""
        case .error(let error): throw error.error
        default: throw unexpected(response, command: .redeemVoucher)
        }
    }

    /// Pings: extends the session by 15 minutes. In stateless mode it authenticates first (so a
    /// ping checks the credentials).
    ///
    /// - Throws: ``ClickatellError``.
    public func ping() async throws {
        let request = ClickatellRequest.ping
        let response: ClickatellResponse
        if session != nil {
            response = try await perform(request)
        } else {
            let id = try await Self.authenticate(transport: transport, credentials: credentials, configuration: configuration, logger: logger)
            response = try await exchangeWithRetries(request, authentication: .session(id: id))
        }
        switch try onlyLine(of: response, command: .ping) {
        case .ok: return
        case .error(let error): throw error.error
        default: throw unexpected(response, command: .ping)
        }
    }

    /// Pings every `interval` until the task is cancelled, keeping a session alive (sessions
    /// expire 15 minutes after the last call). Failed pings are logged, not thrown.
    ///
    /// ```swift
    /// let keepAlive = Task { await client.keepAlive(every: .seconds(600)) }
    /// // …
    /// keepAlive.cancel()
    /// ```
    ///
    /// - Parameter interval: The time between pings; less than 15 minutes.
    public func keepAlive(every interval: Duration = .seconds(600)) async {
        while !Task.isCancelled {
            do {
                try await configuration.sleep(interval)
            } catch {
                return
            }
            do {
                try await ping()
            } catch {
                logger.warning("clickatell: keep-alive ping failed", metadata: ["error": "\(Self.safeDescription(of: error))"])
            }
        }
    }

    /// The coverage query for a number: whether messages to its prefix will be routed.
    ///
    /// - Parameter number: The number (its digits are sent).
    /// - Returns: Covered (with the charge) or not (Clickatell's code-less `ERR:` sentence).
    /// - Throws: ``ClickatellError`` for a coded `ERR:` and other failures.
    public func coverage(of number: MSISDN) async throws -> ClickatellCoverage {
        let response = try await perform(.coverage(number))
        switch try onlyLine(of: response, command: .coverage) {
        case .ok(let payload?):
            return Self.coverage(fromPayload: payload)
        case .error(let error) where error.code == nil:
            return ClickatellCoverage(isCovered: false, message: error.message, charge: nil)
        case .error(let error):
            throw error.error
        default:
            throw unexpected(response, command: .coverage)
        }
    }

    /// Reads `<sentence> Charge: <decimal>`.
    static func coverage(fromPayload payload: String) -> ClickatellCoverage {
        let text = Substring(payload)
        if let range = LineParser.lastRange(of: "charge:", in: text) {
            let charge = String(LineParser.trim(text[range.upperBound...]))
            if LineParser.isDecimal(charge) {
                return ClickatellCoverage(isCovered: true, message: String(LineParser.trim(text[..<range.lowerBound])), charge: charge)
            }
        }
        return ClickatellCoverage(isCovered: true, message: payload, charge: nil)
    }

    // MARK: Helpers

    func statusReport(from response: ClickatellResponse, command: ClickatellCommand) throws -> ClickatellStatusReport {
        switch try onlyLine(of: response, command: command) {
        case .id(let id):
            guard let status = id.status else { throw unexpected(response, command: command) }
            return ClickatellStatusReport(apiMessageID: id.id, status: status)
        case .charge(let charge):
            return ClickatellStatusReport(apiMessageID: charge.apiMessageID, status: charge.status, charge: charge.charge)
        case .error(let error):
            throw error.error
        default:
            throw unexpected(response, command: command)
        }
    }

    /// The one line of a single-line answer, or an error naming what came instead.
    func onlyLine(of response: ClickatellResponse, command: ClickatellCommand) throws(ClickatellError) -> ClickatellResponseLine {
        try Self.checkForm(response, command: command, secrets: [credentials.password])
        guard response.lines.count == 1 else { throw unexpected(response, command: command) }
        return response.lines[0]
    }

    func unexpected(_ response: ClickatellResponse, command: ClickatellCommand) -> ClickatellError {
        Self.unexpected(response, command: command, secrets: [credentials.password])
    }

    /// An unexpected answer, quoting an excerpt of the body unless it may hold a secret: the
    /// answers to `auth` and `ping` (a session id), or a body that echoes one of `secrets` (a
    /// proxy's page repeating a GET query with the password), as is or percent-encoded.
    static func unexpected(_ response: ClickatellResponse, command: ClickatellCommand, secrets: [String]) -> ClickatellError {
        let echoes = secrets.contains { secret in
            var encoded: [UInt8] = []
            FormEncoding.appendPercentEncoded(secret.utf8, to: &encoded)
            return !secret.isEmpty && (response.text.contains(secret) || response.text.contains(String(decoding: encoded, as: UTF8.self)))
        }
        if command == .auth || command == .ping || echoes {
            return .unexpectedResponse("\(command.name) answered in an unexpected form (body withheld)")
        }
        return .unexpectedResponse("\(command.name) answered \"\(response.excerpt)\"")
    }

    /// Throws for bodies that are not protocol lines.
    ///
    /// - Parameter secrets: Values an excerpt of the body must not repeat.
    static func checkForm(_ response: ClickatellResponse, command: ClickatellCommand, secrets: [String]) throws(ClickatellError) {
        switch response.form {
        case .lines:
            return
        case .newPlatformJSON(let code):
            throw .newPlatformAccount(errorCode: code)
        case .empty:
            throw .unexpectedResponse("\(command.name) answered with an empty body")
        case .html:
            throw .unexpectedResponse("\(command.name) answered with an HTML page (a proxy or a wrong host?)")
        case .unrecognized:
            throw unexpected(response, command: command, secrets: secrets)
        }
    }

    /// A description of an error that cannot leak a URL or secret.
    static func safeDescription(of error: any Error) -> String {
        switch error {
        case let error as ClickatellError: error.description
        case let error as ClickatellTransportError: error.message
        default: "\(type(of: error))"
        }
    }
}
#endif
