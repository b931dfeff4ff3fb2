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
                switch ClickatellText.latin1Bytes(of: field) {
                case .success(let bytes): encoded.append(bytes)
                case .failure(let error): throw ClickatellError.invalidBatchField(index + 1, offset: error.offset ?? 0)
                }
            }
        }
        let response = try await perform(.sendBatchItem(batchID: batch.id, to: recipient, fields: encoded))
        switch try onlyLine(of: response, command: .sendBatchItem) {
        case .id(let id): return id.id
        case .error(let error): throw error.error
        default: throw unexpected(response, command: .sendBatchItem)
        }
    }

    /// Sends the batch template to a list (`quicksend`), paired per recipient like a send.
    ///
    /// - Parameters:
    ///   - batch: The batch.
    ///   - recipients: The recipients as typed.
    /// - Returns: The report.
    public func quickSend(_ batch: ClickatellBatch, to recipients: [String]) async throws -> ClickatellSendReport {
        var results: [ClickatellSendResult] = []
        var valid: [SendResultPairing.Recipient] = []
        for input in recipients {
            switch Engine.recipient(input) {
            case .success(let number): valid.append(SendResultPairing.Recipient(input: input, number: number))
            case .failure(let error): results.append(ClickatellSendResult(to: input, recipient: nil, error: .invalidRecipient(input, error)))
            }
        }
        guard !valid.isEmpty else { return ClickatellSendReport(results: results, requestCount: 0, failedRequestCount: 0) }
        let response = try await perform(.quickSend(batchID: batch.id, to: valid.map(\.number)))
        let paired = SendResultPairing.pair(valid, lines: response.lines, clientMessageID: "")
        var byInput = paired.prefix(valid.count).makeIterator()
        let ordered = recipients.indices.map { index -> ClickatellSendResult in
            if let invalid = results.first(where: { $0.to == recipients[index] && $0.recipient == nil }) { return invalid }
            return byInput.next() ?? ClickatellSendResult(to: recipients[index], recipient: nil, error: .recipientNotInResponse)
        }
        return ClickatellSendReport(results: ordered + paired.dropFirst(valid.count), requestCount: 1, failedRequestCount: 0)
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
