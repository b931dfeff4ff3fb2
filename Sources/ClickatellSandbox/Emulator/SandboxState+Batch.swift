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
            var octets = batch.template
            for (name, value) in parameters.values.sorted(by: { $0.key < $1.key })
            where name.hasPrefix("field") && name.dropFirst(5).allSatisfy(\.isNumber) {
                guard let filled = octets.replacingAll(Array("#\(name)#".utf8), with: value, maxCount: 65_536) else {
                    return [APIError.invalidParameters.line()]
                }
                octets = filled
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
    /// The octets with every occurrence of `target` replaced, or `nil` when the result would be
    /// longer than `maxCount` (a template is filled in octet by octet, whatever its encoding).
    func replacingAll(_ target: [UInt8], with replacement: [UInt8], maxCount: Int) -> [UInt8]? {
        guard !target.isEmpty else { return self }
        var result: [UInt8] = []
        var index = 0
        while index < count {
            if index + target.count <= count && self[index..<index + target.count].elementsEqual(target) {
                result += replacement
                index += target.count
            } else {
                result.append(self[index])
                index += 1
            }
            if result.count > maxCount { return nil }
        }
        return result
    }
}
