#if Clickatell
import Logging

/// `sendmsg`: validation, chunking, the query-first re-send policy and result pairing.
extension ClickatellClient {
    /// Sends a text to recipients: the engine decides the wire text, `concat` is the parts the
    /// plan needs, and every recipient gets a result.
    ///
    /// ```swift
    /// let report = try await client.send("Grüße aus Köln", to: ["+44 7700 900123", "27999123456"])
    /// report.results.map(\.isAccepted)   // [true, true]
    /// ```
    ///
    /// - Parameters:
    ///   - text: The message.
    ///   - recipients: The recipients as typed; an invalid one gets a result without a request.
    ///   - from: The sender as typed, or `nil` for the account's default.
    ///   - maxParts: The most parts allowed (default 3).
    ///   - clientMessageID: The `cliMsgId`, or `nil` to have one generated per request.
    /// - Returns: One result per recipient in order, then one per unmatched answer line.
    /// - Throws: ``ClickatellError`` before any request: too many parts, an invalid sender or
    ///   client message id.
    public func send(
        _ text: String, to recipients: [String], from: String? = nil,
        maxParts: Int = ClickatellText.defaultMaxParts, clientMessageID: String? = nil
    ) async throws -> ClickatellSendReport {
        var message = try ClickatellMessage(text: text, from: from, maxParts: maxParts)
        message.options.clientMessageID = clientMessageID
        return try await send(message, to: recipients)
    }

    /// Sends a message to recipients, in chunks of at most 100 (GET) or 300 (POST).
    ///
    /// Each request carries a `cliMsgId`: the caller's (with the chunk number appended after
    /// the first chunk) or a generated one. When a request fails with an unknown outcome (a
    /// transport error, HTTP 5xx, ERR 901) the client asks `querymsg` with that id before
    /// anything else, and sends again only on ERR 104 (not accepted). After an account-level
    /// failure (authentication, credit, the newer platform) no further chunk is sent.
    ///
    /// - Parameters:
    ///   - message: The message and options.
    ///   - recipients: The recipients as typed.
    /// - Returns: The report.
    /// - Throws: ``ClickatellError`` before any request for an invalid client message id.
    public func send(_ message: ClickatellMessage, to recipients: [String]) async throws -> ClickatellSendReport {
        let callerID = message.options.clientMessageID
        if let callerID, !ClickatellSendOptions.isValidClientMessageID(callerID) {
            throw ClickatellError.invalidClientMessageID(callerID)
        }
        var plan = RecipientPlan(recipients, perRequest: configuration.recipientsPerRequest)
        let chunks = plan.chunks
        if let callerID, chunks.count > 1, !ClickatellSendOptions.isValidClientMessageID(callerID + String(chunks.count - 1)) {
            throw ClickatellError.invalidClientMessageID(callerID + String(chunks.count - 1))
        }
        logger.info("clickatell: sendmsg", metadata: [
            "recipients": "\(recipients.count)", "valid": "\(plan.validCount)", "requests": "\(chunks.count)",
            "unicode": "\(message.text?.unicode ?? false)", "concat": "\(message.text?.concat ?? 0)",
        ])
        logger.debug("clickatell: sendmsg content", metadata: [
            "to": "\(chunks.joined().map { Engine.digits(of: $0.recipient.number) }.joined(separator: ","))",
            "text": "\(message.text?.text ?? "<binary>")",
        ])

        var extra: [ClickatellSendResult] = []
        var requestCount = 0
        var failedCount = 0
        var stop: ClickatellError?
        for (chunkIndex, chunk) in chunks.enumerated() {
            let members = chunk.map(\.recipient)
            if let stop {
                failedCount += 1
                plan.fill(chunk, with: stop)
                continue
            }
            var chunkMessage = message
            let id = callerID.map { chunkIndex == 0 ? $0 : $0 + String(chunkIndex) } ?? configuration.makeClientMessageID()
            chunkMessage.options.clientMessageID = id
            requestCount += 1
            if let rateLimiter { try await rateLimiter.acquire(members.count) }
            switch await sendChunk(chunkMessage, to: members) {
            case .answered(let response):
                let paired = SendResultPairing.pair(members, lines: response.lines, clientMessageID: id)
                plan.fill(chunk, with: paired)
                extra += paired.dropFirst(chunk.count)
                if let error = Self.requestLevelError(in: response), error.code?.isAccountProblem == true {
                    failedCount += 1
                    stop = error.error
                }
            case .acceptedPerQuery(let apiMessageID):
                plan.fill(chunk) { recipient in
                    members.count == 1
                        ? ClickatellSendResult(to: recipient.input, recipient: recipient.number, apiMessageID: apiMessageID, clientMessageID: id)
                        : ClickatellSendResult(to: recipient.input, recipient: recipient.number, clientMessageID: id, error: .outcomeUnknown(
                            "querymsg found cliMsgId \(id) (\(apiMessageID)), so the request was accepted, but not which recipients it reached"))
                }
                if members.count > 1 { failedCount += 1 }
            case .failed(let error):
                failedCount += 1
                plan.fill(chunk, with: error, clientMessageID: id)
                if error.code == .newPlatformAccount || error.code == .mtLimitExceeded
                    || error.clickatellCode?.isAccountProblem == true || Task.isCancelled
                {
                    stop = error
                }
            }
        }
        return ClickatellSendReport(results: plan.results + extra, requestCount: requestCount, failedRequestCount: failedCount)
    }

    enum ChunkOutcome {
        case answered(ClickatellResponse)
        case acceptedPerQuery(String)
        case failed(ClickatellError)
    }

    /// One chunk, never repeated blindly.
    func sendChunk(_ message: ClickatellMessage, to recipients: [SendResultPairing.Recipient]) async -> ChunkOutcome {
        let request = ClickatellRequest.sendMessage(message, to: recipients.map(\.number))
        var attempt = 1
        while true {
            let failure: ClickatellError
            do {
                return .answered(try await exchange(request))
            } catch {
                switch error {
                case .final(let error): return .failed(Self.clickatellError(error))
                case .retryable(let error): failure = error
                }
            }
            guard let id = message.options.clientMessageID, attempt < configuration.retry.maxAttempts else {
                return .failed(.outcomeUnknown("\(failure.description), after \(attempt) attempt\(attempt == 1 ? "" : "s")"))
            }
            do {
                try await backOff(after: failure, command: request.command, attempt: &attempt)
            } catch {
                return .failed(.outcomeUnknown("\(failure.description); cancelled before querymsg"))
            }
            do {
                let status = try await self.status(of: .clientMessageID(id))
                logger.notice("clickatell: querymsg found the message; not sending again", metadata: ["status": "\(status.status)"])
                return .acceptedPerQuery(status.apiMessageID)
            } catch let error as ClickatellError where error.clickatellCode == .unknownClientMessageID {
                logger.notice("clickatell: querymsg says the message was not accepted; sending again", metadata: ["attempt": "\(attempt)"])
                continue
            } catch {
                return .failed(.outcomeUnknown("\(failure.description), and querymsg could not tell: \(Self.safeDescription(of: error))"))
            }
        }
    }

    static func clickatellError(_ error: any Error) -> ClickatellError {
        if let error = error as? ClickatellError { return error }
        if error is CancellationError { return .transportFailed("cancelled") }
        return .transportFailed(safeDescription(of: error))
    }
}
#endif
