#if Clickatell
import ClickatellHTTP
import SMSCore

/// The work of the Clickatell subcommands over any transport: the commands hand it a
/// `URLSessionTransport`, tests an in-process one.
struct ClickatellRunner<Transport: ClickatellTransport>: Sendable {
    let client: ClickatellClient<Transport>
    let json: Bool

    init(transport: Transport, settings: ClickatellSettings, json: Bool) {
        self.client = ClickatellClient(transport: transport, credentials: settings.credentials, configuration: settings.configuration)
        self.json = json
    }

    /// `sms send`.
    func send(_ message: ClickatellMessage, to recipients: [String]) async -> CommandOutcome {
        let report: ClickatellSendReport
        do {
            report = try await client.send(message, to: recipients)
        } catch {
            return .failure(Self.clickatellError(error), json: json)
        }
        var outcome = CommandOutcome()
        for result in report.results {
            outcome.output.append(json ? ClickatellJSON.result(result).serialized() : Self.text(result))
        }
        if report.requestCount == 0 {
            outcome.errors.append("error: no valid recipient; nothing was sent")
            outcome.exitCode = 1
        } else if !report.everyRequestAnswered {
            let failed = report.results.compactMap(\.error).first { $0.code != .invalidRecipient && $0.code != .clickatellError }
                ?? report.results.compactMap(\.error).first
            let reason = failed.map { ": \($0.description)" } ?? ""
            outcome.errors.append("error: \(report.failedRequestCount) of \(report.requestCount) request\(report.requestCount == 1 ? "" : "s") could not be completed\(reason)")
            outcome.exitCode = 1
        }
        return outcome
    }

    /// One line per result: `447700900123  accepted  996f…` or `12  rejected  invalidRecipient: …`.
    static func text(_ result: ClickatellSendResult) -> String {
        let who = result.to ?? "(server To: \(result.serverTo ?? ""))"
        if let id = result.apiMessageID, result.error == nil {
            let rewritten = result.kind == .unmatchedResponseLine ? " (matches no recipient sent)" : ""
            return "\(who)  accepted  \(id)\(rewritten)"
        }
        guard let error = result.error else { return "\(who)  unknown" }
        return "\(who)  rejected  \(error.code): \(error.description)"
    }

    /// `sms status`, `sms charge`, `sms cancel`.
    enum Lookup { case status, charge, cancel }

    func lookup(_ kind: Lookup, _ reference: ClickatellMessageReference) async -> CommandOutcome {
        do {
            let report: ClickatellStatusReport
            switch kind {
            case .status: report = try await client.status(of: reference)
            case .charge: report = try await client.charge(of: reference)
            case .cancel: report = try await client.cancel(reference)
            }
            if json { return CommandOutcome(output: [ClickatellJSON.status(report).serialized()]) }
            let meaning = report.status.meaning ?? "unknown status"
            let phase = report.status.isFinal ? "final" : (report.status.isIntermediate ? "intermediate" : "not final")
            var line = "\(report.apiMessageID)  \(report.status.rawValue)  \(meaning) (\(phase))"
            if let charge = report.charge { line += "  charge \(charge)" }
            return CommandOutcome(output: [line])
        } catch {
            return .failure(Self.clickatellError(error), json: json)
        }
    }

    /// `sms balance`.
    func balance() async -> CommandOutcome {
        do {
            let credit = try await client.balance()
            return CommandOutcome(output: [json ? (["credit": .string(credit)] as JSONValue).serialized() : credit])
        } catch {
            return .failure(Self.clickatellError(error), json: json)
        }
    }

    /// `sms redeem`.
    func redeem(_ token: String) async -> CommandOutcome {
        do {
            let result = try await client.redeem(voucher: token)
            return CommandOutcome(output: [json ? (["result": .string(result)] as JSONValue).serialized() : "OK \(result)"])
        } catch {
            return .failure(Self.clickatellError(error), json: json)
        }
    }

    /// `sms ping`.
    func ping() async -> CommandOutcome {
        do {
            try await client.ping()
            return CommandOutcome(output: [json ? (["ok": true] as JSONValue).serialized() : "OK"])
        } catch {
            return .failure(Self.clickatellError(error), json: json)
        }
    }

    /// Any error the client throws as a ``ClickatellError`` (the client throws little else).
    static func clickatellError(_ error: any Error) -> ClickatellError {
        switch error {
        case let error as ClickatellError: error
        case let error as ClickatellTransportError: .transportFailed(error.message)
        case is CancellationError: .transportFailed("cancelled")
        default: .transportFailed("\(type(of: error))")
        }
    }
}

/// `sms send --dry-run`: what would go on the wire, without credentials or a request.
enum SendDryRun {
    static func outcome(
        message: ClickatellMessage, recipients: [String], method: ClickatellHTTPRequest.Method, json: Bool
    ) -> CommandOutcome {
        var valid: [String] = []
        var invalid: [(String, ClickatellError)] = []
        for input in recipients {
            do {
                valid.append(try MSISDN(validating: input).digits)
            } catch {
                invalid.append((input, .invalidRecipient(input, error)))
            }
        }
        let perRequest = method == .get ? ClickatellLimits.maxRecipientsPerGET : ClickatellLimits.maxRecipientsPerPOST
        let requests = (valid.count + perRequest - 1) / perRequest
        guard let text = message.text else { return .failure("--dry-run describes text messages only") }
        var outcome = CommandOutcome()
        if json {
            let value: JSONValue = [
                "encoding": .string(text.plan.encoding.description),
                "unicode": .number(text.unicode ? 1 : 0),
                "concat": .number(text.concat),
                "parts": .number(text.plan.partCount),
                "units": .number(text.plan.unitCount),
                "unitsPerPart": .number(text.plan.unitsPerPart),
                "from": message.options.sender.map { JSONValue.string($0.value) } ?? .null,
                "recipients": .array(valid.map(JSONValue.string)),
                "invalidRecipients": .array(invalid.map { ["to": .string($0.0), "error": ClickatellJSON.error($0.1)] }),
                "requests": .number(requests),
                "method": .string(method.rawValue),
                "path": .string(ClickatellCommand.sendMessage.path),
                "text": .string(String(decoding: FormEncoding.encodedBytes([text.textParameter]).dropFirst(5), as: UTF8.self)),
            ]
            outcome.output.append(value.serialized())
        } else {
            outcome.output += [
                "Encoding:   \(text.plan.encoding) (\(text.plan.unitCount) \(text.plan.encoding.unitName))",
                "unicode:    \(text.unicode ? 1 : 0)",
                "concat:     \(text.concat)",
                "Parts:      \(text.plan.partCount) (up to \(text.plan.unitsPerPart) \(text.plan.encoding.unitName) each)",
                "text:       \(String(decoding: FormEncoding.encodedBytes([text.textParameter]).dropFirst(5), as: UTF8.self))",
                "Recipients: \(valid.isEmpty ? "none" : valid.joined(separator: ","))",
                "Requests:   \(requests) × \(method) \(ClickatellCommand.sendMessage.path)",
            ]
            if let sender = message.options.sender { outcome.output.insert("from:       \(sender.value)", at: 5) }
            for (input, error) in invalid { outcome.output.append("Invalid:    \(input): \(error.description)") }
        }
        if valid.isEmpty {
            outcome.errors.append("error: no valid recipient; nothing would be sent")
            outcome.exitCode = 1
        }
        return outcome
    }
}
#endif
