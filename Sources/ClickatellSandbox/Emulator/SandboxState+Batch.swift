/// Batch sends: `startbatch`, `senditem`, `quicksend`, `endbatch`. A batch keeps the send
/// parameters and the template (`#field1#` … replaced by `senditem`'s `field1` …) for 24 hours.
extension SandboxState {
    /// `startbatch`: `ID: <batch_id>`; 202 without a template.
    mutating func startBatch(_ parameters: FormParameters, account: Int, now: Double) -> String {
        guard let template = parameters.octets("template"), !template.isEmpty else { return APIError.noBatchTemplate.line() }
        do {
            _ = try SendOptions(parsing: parameters, defaultConcat: configuration.defaultConcat, now: now)
        } catch {
            return error.line()
        }
        if batches.count >= Self.maxBatches {
            batches = batches.filter { now - $0.value.createdAt < Self.batchLifetime }
            if batches.count >= Self.maxBatches { return APIError.internalError.line() }
        }
        let id = generator.nextHexID()
        batches[id] = Batch(account: account, parameters: parameters, template: template, createdAt: now)
        return "ID: \(id)"
    }

    /// The live batch `batch_id` names, if it is the account's (201 otherwise).
    func batch(_ parameters: FormParameters, account: Int, now: Double) -> Result<Batch, APIError> {
        guard let id = parameters.nonEmpty("batch_id"), let batch = batches[id], batch.account == account,
              now - batch.createdAt < Self.batchLifetime
        else { return .failure(.invalidBatchID) }
        return .success(batch)
    }

    /// `senditem`: one recipient, the template with its fields filled in.
    mutating func sendItem(_ parameters: FormParameters, account: Int, method: String, now: Double) -> [String] {
        switch batch(parameters, account: account, now: now) {
        case .failure(let error): return [error.line()]
        case .success(let batch):
            guard let to = parameters.nonEmpty("to"), !to.contains(",") else { return [APIError.invalidParameters.line()] }
            guard let octets = batch.template.fillingFields(from: parameters, maxCount: 65_536) else {
                return [APIError.invalidParameters.line()]
            }
            var merged = batch.parameters
            merged.set("text", octets: octets)
            merged["to"] = to
            return send(merged, account: account, method: method, now: now)
        }
    }

    /// `quicksend`: the template as it is, to a list of recipients.
    mutating func quickSend(_ parameters: FormParameters, account: Int, method: String, now: Double) -> [String] {
        switch batch(parameters, account: account, now: now) {
        case .failure(let error): return [error.line()]
        case .success(let batch):
            guard let to = parameters.nonEmpty("to") else { return [APIError.invalidParameters.line()] }
            var merged = batch.parameters
            merged.set("text", octets: batch.template)
            merged["to"] = to
            return send(merged, account: account, method: method, now: now)
        }
    }

    /// `endbatch`: a bare `OK`.
    mutating func endBatch(_ parameters: FormParameters, account: Int, now: Double) -> String {
        switch batch(parameters, account: account, now: now) {
        case .failure(let error): return error.line()
        case .success:
            if let id = parameters.nonEmpty("batch_id") { batches[id] = nil }
            return "OK"
        }
    }
}

extension [UInt8] {
    /// The template with every `#fieldN#` that names a given parameter replaced by its value, in
    /// one pass (a value is not searched again), or `nil` when the result would be longer than
    /// `maxCount`. Filled in octet by octet, whatever the template's encoding.
    ///
    /// - Complexity: O(*n* + *m*) for a template of *n* octets and a result of *m*, however many
    ///   `field` parameters the request has.
    func fillingFields(from parameters: FormParameters, maxCount: Int) -> [UInt8]? {
        let hash = UInt8(ascii: "#")
        let prefix = Array("field".utf8)
        var result: [UInt8] = []
        var index = 0
        while index < count {
            if self[index] == hash, let close = self[(index + 1)...].firstIndex(of: hash) {
                let name = self[(index + 1)..<close]
                if name.starts(with: prefix), name.count > prefix.count, name.count <= 16,
                   name.dropFirst(prefix.count).allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
                   let value = parameters.octets(String(decoding: name, as: UTF8.self)) {
                    guard result.count + value.count <= maxCount else { return nil }
                    result += value
                    index = close + 1
                    continue
                }
                // Not a field given: copy up to (not including) the closing `#`, which may open
                // the next token.
                guard result.count + (close - index) <= maxCount else { return nil }
                result += self[index..<close]
                index = close
                continue
            }
            guard result.count < maxCount else { return nil }
            result.append(self[index])
            index += 1
        }
        return result
    }
}
