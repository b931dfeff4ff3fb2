/// `sendmsg`: checking a message, charging it, and storing one record per recipient.
extension SandboxState {
    /// The answer lines of a send: one `ID:` or `ERR:` line for one recipient, `… To: <msisdn>`
    /// lines for a list, or one request-level `ERR:` line.
    mutating func send(_ parameters: FormParameters, account: Int, method: String, now: Double) -> [String] {
        let options: SendOptions
        do {
            options = try SendOptions(parsing: parameters, defaultConcat: configuration.defaultConcat, now: now)
        } catch {
            return [error.line()]
        }
        guard let toValue = parameters.nonEmpty("to") else { return [APIError.invalidParameters.line()] }
        let recipients = toValue.split(separator: ",", omittingEmptySubsequences: false)
            .map { entry -> String in
                var trimmed = entry
                while trimmed.first == " " { trimmed.removeFirst() }
                while trimmed.last == " " { trimmed.removeLast() }
                return String(trimmed)
            }
        guard recipients.count <= (method == "POST" ? 600 : 300) else { return [APIError.invalidParameters.line()] }
        if let until = mtLimitUntil, now < Double(until) {
            log("fault 130: a send answered ERR: 130 (limit until \(until))")
            return [APIError.mtLimit(until: until).line()]
        }
        let content: (text: String, parts: Int)
        switch messageContent(parameters, options: options) {
        case .success(let value): content = value
        case .failure(let error): return [error.line()]
        }
        let charge = configuration.pricePerPart * content.parts
        let isList = recipients.count > 1
        var lines: [String] = []
        for recipient in recipients {
            guard let digits = checkedRecipient(recipient) else {
                lines.append(APIError.invalidDestination.line(to: isList ? recipient : nil))
                continue
            }
            guard accounts[account].credit >= charge, charge.micros >= 0 else {
                lines.append(APIError.noCredit.line(to: isList ? digits : nil))
                continue
            }
            accounts[account].credit = accounts[account].credit - charge
            let id = store(MessageRecord(
                apiMessageID: generator.nextHexID(), clientMessageID: options.clientMessageID, account: account,
                to: digits, from: options.from, text: content.text, unicode: options.unicode, parts: content.parts,
                charge: charge, method: method, submittedAt: now, releaseAt: options.releaseAt ?? now,
                scheduled: options.releaseAt != nil, callback: options.callback))
            lines.append(isList ? "ID: \(id) To: \(digits)" : "ID: \(id)")
        }
        return lines
    }

    /// The text as stored and its part count: 107 when empty, 116 for bad `unicode=1` hex, 101
    /// for bad `data` hex, 113 when it needs more parts than `concat`.
    func messageContent(_ parameters: FormParameters, options: SendOptions) -> Result<(text: String, parts: Int), APIError> {
        let text: String
        let parts: Int
        if let octets = parameters.octets("text"), !octets.isEmpty {
            if options.unicode {
                guard let decoded = SMSCoreBridge.textOfUCS2Hex(String(decoding: octets, as: UTF8.self)) else {
                    return .failure(.invalidUnicode)
                }
                text = decoded
            } else {
                text = Windows1252.decode(octets)
            }
            parts = SMSCoreBridge.partCount(of: text, unicode: options.unicode)
        } else if let data = parameters.nonEmpty("data") {
            guard SendOptions.isHex(data) else { return .failure(.invalidParameters) }
            let octets = data.utf8.count / 2 + (parameters.nonEmpty("udh")?.utf8.count ?? 0) / 2
            text = data
            parts = octets <= 140 ? 1 : (octets + 133) / 134
        } else {
            return .failure(.emptyMessage)
        }
        guard !text.isEmpty else { return .failure(.emptyMessage) }
        guard parts <= options.concat else { return .failure(.tooManyParts) }
        return .success((text, parts))
    }

    /// The canonical digits of a `to` entry, or `nil` (ERR 105) when it is not all digits, is
    /// not a possible number, or starts with a `--reject-prefix`.
    func checkedRecipient(_ entry: String) -> String? {
        guard !entry.isEmpty, entry.utf8.count <= 20,
              entry.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
              !configuration.rejectPrefixes.contains(where: { entry.hasPrefix($0) }),
              let digits = SMSCoreBridge.validRecipient(entry)
        else { return nil }
        return digits
    }

    /// Stores a message, forgetting the oldest beyond the limit; returns its id.
    mutating func store(_ record: MessageRecord) -> String {
        let id = record.apiMessageID
        messages[id] = record
        messageOrder.append(id)
        if let client = record.clientMessageID { clientMessageIDs["\(record.account)\u{0}\(client)"] = id }
        if record.callback != 0 && configuration.callbackURL != nil { pendingCallbacks.append(id) }
        while messageOrder.count - messageOrderStart > configuration.maxStoredMessages {
            let oldest = messageOrder[messageOrderStart]
            messageOrderStart += 1
            if let forgotten = messages.removeValue(forKey: oldest), let client = forgotten.clientMessageID {
                let key = "\(forgotten.account)\u{0}\(client)"
                if clientMessageIDs[key] == oldest { clientMessageIDs[key] = nil }
            }
        }
        if messageOrderStart > 1024 && messageOrderStart * 2 > messageOrder.count {
            messageOrder.removeFirst(messageOrderStart)
            messageOrderStart = 0
        }
        return id
    }
}
