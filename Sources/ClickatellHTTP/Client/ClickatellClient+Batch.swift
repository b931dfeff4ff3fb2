#if Clickatell
public import SMSCore

/// The batch commands: `startbatch`, `senditem`, `quicksend`, `endbatch`.
extension ClickatellClient {
    /// Starts a batch (`startbatch`) with a template whose `#field1#`… are filled per item.
    ///
    /// - Parameters:
    ///   - template: The template text, encoded by the wire-text rule.
    ///   - options: Options for every item.
    /// - Returns: The batch.
    /// - Throws: ``ClickatellError``.
    public func startBatch(template: ClickatellText, options: ClickatellSendOptions = ClickatellSendOptions()) async throws -> ClickatellBatch {
        let response = try await perform(.startBatch(template: template, options: options))
        switch try onlyLine(of: response, command: .startBatch) {
        case .id(let id): return ClickatellBatch(id: id.id, unicode: template.unicode)
        case .error(let error): throw error.error
        default: throw unexpected(response, command: .startBatch)
        }
    }

    /// Sends one batch item (`senditem`). Not retried.
    ///
    /// - Parameters:
    ///   - batch: The batch.
    ///   - recipient: The recipient, validated.
    ///   - fields: The values of `field1`, `field2`, …, encoded as the template was.
    /// - Returns: Clickatell's message id.
    /// - Throws: ``ClickatellError``.
    public func sendItem(of batch: ClickatellBatch, to recipient: MSISDN, fields: [String]) async throws -> String {
        var encoded: [[UInt8]] = []
        for (index, field) in fields.enumerated() {
            if batch.unicode {
                encoded.append(Array(Engine.ucs2Hex(of: field).utf8))
            } else {
                let latin = ClickatellText.windows1252Bytes(of: field)
                if let offset = latin.failedAt { throw ClickatellError.invalidBatchField(index + 1, offset: offset) }
                encoded.append(latin.bytes)
            }
        }
        let response = try await perform(.sendBatchItem(batchID: batch.id, to: recipient, fields: encoded))
        switch try onlyLine(of: response, command: .sendBatchItem) {
        case .id(let id): return id.id
        case .error(let error): throw error.error
        default: throw unexpected(response, command: .sendBatchItem)
        }
    }

    /// Sends the batch template to a list (`quicksend`), in chunks of at most 100 (GET) or 300
    /// (POST) recipients, paired per recipient like a send.
    ///
    /// `quicksend` is not repeated: a chunk whose outcome is unknown (a transport error, HTTP
    /// 5xx, ERR 901) gives its recipients that error, and no further chunk is sent after it or
    /// after an account-level failure; those recipients get the same error.
    ///
    /// - Parameters:
    ///   - batch: The batch.
    ///   - recipients: The recipients as typed; an invalid one gets a result without a request.
    /// - Returns: One result per recipient in order, then one per unmatched answer line.
    /// - Throws: `CancellationError` when cancelled while the rate limit holds a chunk back.
    public func quickSend(_ batch: ClickatellBatch, to recipients: [String]) async throws -> ClickatellSendReport {
        var plan = RecipientPlan(recipients, perRequest: configuration.recipientsPerRequest)
        var extra: [ClickatellSendResult] = []
        var requestCount = 0
        var failedCount = 0
        var stop: ClickatellError?
        for chunk in plan.chunks {
            if let stop {
                failedCount += 1
                plan.fill(chunk, with: stop)
                continue
            }
            let members = chunk.map(\.recipient)
            requestCount += 1
            if let rateLimiter { try await rateLimiter.acquire(members.count) }
            let response: ClickatellResponse
            do {
                response = try await perform(.quickSend(batchID: batch.id, to: members.map(\.number)))
            } catch {
                let failure = Self.clickatellError(error)
                failedCount += 1
                plan.fill(chunk, with: failure)
                stop = failure
                continue
            }
            let paired = SendResultPairing.pair(members, lines: response.lines, clientMessageID: nil)
            plan.fill(chunk, with: paired)
            extra += paired.dropFirst(chunk.count)
            if let error = Self.requestLevelError(in: response), error.code?.isAccountProblem == true {
                failedCount += 1
                stop = error.error
            }
        }
        return ClickatellSendReport(results: plan.results + extra, requestCount: requestCount, failedRequestCount: failedCount)
    }

    /// Ends a batch (`endbatch`).
    ///
    /// - Parameter batch: The batch.
    /// - Throws: ``ClickatellError``.
    public func endBatch(_ batch: ClickatellBatch) async throws {
        let response = try await perform(.endBatch(batchID: batch.id))
        switch try onlyLine(of: response, command: .endBatch) {
        case .ok: return
        case .error(let error): throw error.error
        default: throw unexpected(response, command: .endBatch)
        }
    }
}
#endif
