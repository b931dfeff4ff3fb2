import Foundation

/// The endpoints for tests: `GET /sandbox/messages` and `POST /sandbox/inbound`.
extension SandboxState {
    mutating func inspect(_ request: SandboxRequest, endpoint: String, now: Double) -> SandboxResponse {
        switch (request.method, endpoint) {
        case ("GET", "messages"): return .json(messagesJSON(now: now))
        case ("POST", "inbound"): return inbound(request.body, now: now)
        case (_, "messages"), (_, "inbound"): return .plain(405, "Method Not Allowed")
        default: return .plain(404, "Not Found")
        }
    }

    /// Every stored message in arrival order: `apiMessageId`, `cliMessageId` (or null), `to`,
    /// `from`, `text`, `unicode`, `parts`, `status`, `charge`, `method`.
    func messagesJSON(now: Double) -> String {
        let objects = messageOrder[messageOrderStart...].compactMap { messages[$0] }.map { record in
            JSONText.object([
                ("apiMessageId", JSONText.quoted(record.apiMessageID)),
                ("cliMessageId", record.clientMessageID.map(JSONText.quoted) ?? "null"),
                ("to", JSONText.quoted(record.to)),
                ("from", JSONText.quoted(record.from)),
                ("text", JSONText.quoted(record.text)),
                ("unicode", record.unicode ? "true" : "false"),
                ("parts", String(record.parts)),
                ("status", JSONText.quoted(record.status(at: now, deliveryDelay: configuration.deliveryDelay))),
                ("charge", record.charge.description),
                ("method", JSONText.quoted(record.method)),
            ])
        }
        return "[" + objects.joined(separator: ",") + "]"
    }

    /// Injects an inbound message `{"from", "to", "text"}`: one MO callback per part (with its
    /// `udh` when the text needs several), queued for `--mo-callback-url`. Answers
    /// `{"moMessageIds": […]}`, or 400 with `{"code", "message", "offset"}`.
    mutating func inbound(_ body: [UInt8], now: Double) -> SandboxResponse {
        func failure(_ message: String) -> SandboxResponse {
            .json(JSONText.object([("code", JSONText.quoted("invalidInbound")), ("message", JSONText.quoted(message)), ("offset", "null")]), status: 400)
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any],
              let from = object["from"] as? String, let to = object["to"] as? String, let text = object["text"] as? String
        else { return failure("the body must be a JSON object with the strings \"from\", \"to\" and \"text\"") }
        guard !from.isEmpty, !to.isEmpty, !text.isEmpty else { return failure("\"from\", \"to\" and \"text\" must not be empty") }
        let reference = UInt8(truncatingIfNeeded: generator.next())
        let parts = SMSCoreBridge.inboundParts(of: text, reference: reference)
        let latin1 = text.unicodeScalars.allSatisfy { $0.value <= 0xFF }
        let timestamp = CivilTime.format(Int(exactly: now.rounded(.down)) ?? 0)
        var ids: [String] = []
        for part in parts {
            let id = generator.nextHexID()
            ids.append(id)
            let octets: [UInt8] = latin1
                ? part.text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
                : part.text.utf16.flatMap { [UInt8(truncatingIfNeeded: $0 >> 8), UInt8(truncatingIfNeeded: $0)] }
            guard let url = configuration.moCallbackURL else { continue }
            outbox.append(SandboxCallback(kind: .inbound, url: url, fields: [
                .init("api_id", accounts.first?.settings.apiID ?? ""),
                .init("moMsgId", id),
                .init("from", from),
                .init("to", to),
                .init("timestamp", timestamp),
                .init("text", octets: octets),
                .init("charset", latin1 ? "ISO-8859-1" : "UTF-16BE"),
                .init("udh", part.udh),
            ]))
        }
        if configuration.moCallbackURL == nil { log("inbound message not delivered: no --mo-callback-url") }
        return .json(JSONText.object([("moMessageIds", "[" + ids.map(JSONText.quoted).joined(separator: ",") + "]")]))
    }
}
