#if Clickatell
public import SMSCore

/// Pairs the lines of a send's answer with the recipients of its request (reference section 4,
/// "Multi-recipient results").
enum SendResultPairing {
    struct Recipient {
        var input: String
        var number: MSISDN
    }

    /// One result per recipient in order, then one per line whose `To:` matched none.
    ///
    /// A single line without `To:` applies to every recipient, and a single line answering a
    /// single recipient is that recipient's, whatever its `To:` (kept in `serverTo`, so a
    /// rewritten or empty `To:` shows). Otherwise each line claims the first unclaimed recipient
    /// whose digits equal its `To:`; a recipient no line claimed gets
    /// ``ClickatellError/recipientNotInResponse``.
    static func pair(
        _ recipients: [Recipient], lines: [ClickatellResponseLine], clientMessageID: String?
    ) -> [ClickatellSendResult] {
        func result(for recipient: Recipient, line: ClickatellResponseLine?, serverTo: String?) -> ClickatellSendResult {
            switch line {
            case .id(let id)?:
                ClickatellSendResult(to: recipient.input, recipient: recipient.number, serverTo: serverTo,
                                     apiMessageID: id.id, clientMessageID: clientMessageID)
            case .error(let error)?:
                ClickatellSendResult(to: recipient.input, recipient: recipient.number, serverTo: serverTo,
                                     clientMessageID: clientMessageID, error: error.error)
            default:
                ClickatellSendResult(to: recipient.input, recipient: recipient.number, clientMessageID: clientMessageID,
                                     error: .recipientNotInResponse)
            }
        }

        if lines.count == 1, recipients.count == 1 || to(of: lines[0]) == nil {
            return recipients.map { result(for: $0, line: lines[0], serverTo: to(of: lines[0])) }
        }
        var claimed: [ClickatellSendResult?] = Array(repeating: nil, count: recipients.count)
        var extra: [ClickatellSendResult] = []
        let digits = recipients.map { Engine.digits(of: $0.number) }
        for line in lines {
            let serverTo = to(of: line)
            if let serverTo, let index = digits.indices.first(where: { digits[$0] == serverTo && claimed[$0] == nil }) {
                claimed[index] = result(for: recipients[index], line: line, serverTo: serverTo)
                continue
            }
            switch line {
            case .id(let id):
                extra.append(ClickatellSendResult(kind: .unmatchedResponseLine, to: nil, recipient: nil, serverTo: serverTo,
                                                  apiMessageID: id.id, clientMessageID: clientMessageID))
            case .error(let error):
                extra.append(ClickatellSendResult(kind: .unmatchedResponseLine, to: nil, recipient: nil, serverTo: serverTo,
                                                  clientMessageID: clientMessageID, error: error.error))
            default:
                continue
            }
        }
        let paired = recipients.indices.map { index in
            claimed[index] ?? result(for: recipients[index], line: nil, serverTo: nil)
        }
        return paired + extra
    }

    private static func to(of line: ClickatellResponseLine) -> String? {
        switch line {
        case .id(let id): id.to
        case .error(let error): error.to
        default: nil
        }
    }
}

/// The recipients of a send as typed: a result slot for each, the invalid ones filled at once,
/// and the valid ones in chunks of at most `perRequest`.
struct RecipientPlan {
    typealias Entry = (index: Int, recipient: SendResultPairing.Recipient)

    let inputs: [String]
    private(set) var slots: [ClickatellSendResult?]
    let chunks: [[Entry]]

    init(_ inputs: [String], perRequest: Int) {
        self.inputs = inputs
        var slots: [ClickatellSendResult?] = Array(repeating: nil, count: inputs.count)
        var valid: [Entry] = []
        for (index, input) in inputs.enumerated() {
            switch Engine.recipient(input) {
            case .success(let number):
                valid.append((index, SendResultPairing.Recipient(input: input, number: number)))
            case .failure(let error):
                slots[index] = ClickatellSendResult(to: input, recipient: nil, error: .invalidRecipient(input, error))
            }
        }
        let size = max(1, perRequest)
        self.slots = slots
        self.chunks = stride(from: 0, to: valid.count, by: size).map { Array(valid[$0..<min($0 + size, valid.count)]) }
    }

    /// The number of valid recipients.
    var validCount: Int { chunks.reduce(0) { $0 + $1.count } }

    /// Gives every recipient of a chunk the same error.
    mutating func fill(_ chunk: [Entry], with error: ClickatellError, clientMessageID: String? = nil) {
        for (index, recipient) in chunk {
            slots[index] = ClickatellSendResult(to: recipient.input, recipient: recipient.number, clientMessageID: clientMessageID, error: error)
        }
    }

    /// Gives the recipients of a chunk their paired results (the first `chunk.count`).
    mutating func fill(_ chunk: [Entry], with paired: [ClickatellSendResult]) {
        for (offset, entry) in chunk.enumerated() { slots[entry.index] = paired[offset] }
    }

    /// Gives the recipients of a chunk a result each.
    mutating func fill(_ chunk: [Entry], _ result: (SendResultPairing.Recipient) -> ClickatellSendResult) {
        for (index, recipient) in chunk { slots[index] = result(recipient) }
    }

    /// Every recipient's result in order; a slot never filled says the answer did not mention it.
    var results: [ClickatellSendResult] {
        slots.enumerated().map { index, slot in
            slot ?? ClickatellSendResult(to: inputs[index], recipient: nil, error: .recipientNotInResponse)
        }
    }
}

extension ClickatellSendResult {
    /// Pairs the lines of a `sendmsg` or `quicksend` answer with the recipients of its request:
    /// one result per recipient in order, then one per line whose `To:` matched none.
    ///
    /// A single line without `To:` applies to every recipient, and a single line answering a
    /// single recipient is that recipient's whatever its `To:` (kept in
    /// ``ClickatellSendResult/serverTo``); otherwise lines are paired by `To:` (in any order;
    /// duplicates each claim one), and a recipient no line mentions gets
    /// ``ClickatellError/Code-swift.struct/recipientNotInResponse``. Lines that are neither `ID:`
    /// nor `ERR:` are ignored.
    ///
    /// ```swift
    /// let response = ClickatellResponse(parsing: Array("ID: a To: 447700900123\nID: b To: 4407700900124".utf8))
    /// let results = ClickatellSendResult.pairing(response, with: [first, second])
    /// // [accepted a, recipientNotInResponse, unmatched line b (serverTo "4407700900124")]
    /// ```
    ///
    /// - Parameters:
    ///   - response: The parsed answer.
    ///   - recipients: The recipients of the request, in order.
    ///   - clientMessageID: The `cliMsgId` the request carried.
    /// - Returns: The results.
    /// - Complexity: O(*n* × *m*) for *n* lines and *m* recipients.
    public static func pairing(
        _ response: ClickatellResponse, with recipients: [MSISDN], clientMessageID: String? = nil
    ) -> [ClickatellSendResult] {
        SendResultPairing.pair(
            recipients.map { SendResultPairing.Recipient(input: Engine.digits(of: $0), number: $0) },
            lines: response.lines, clientMessageID: clientMessageID)
    }
}
#endif
