/// Puts received parts back together into messages, reporting what is missing, duplicated or
/// inconsistent instead of guessing (3GPP TS 23.040 9.2.3.24.1 and 9.2.3.24.8).
///
/// Parts are grouped by concatenation reference, reference size and total. Within a group,
/// each sequence number 1...total gets a slot:
///
/// - A slot with no part makes the message incomplete (``ReassemblyIssue/Kind/missingPart``).
/// - Copies with the same encoding and payload are one part
///   (``ReassemblyIssue/Kind/duplicatePart``, benign); copies that differ make the message
///   undecidable (``ReassemblyIssue/Kind/conflictingParts``). Headers are not compared, only
///   payloads.
/// - Parts that share a reference but give different totals are reported on every group
///   involved (``ReassemblyIssue/Kind/totalMismatch``).
/// - A concatenation element with total 0, sequence 0 or sequence above the total is ignored, as
///   TS 23.040 9.2.3.24.1 says, so the part is a message of its own
///   (``ReassemblyIssue/Kind/ignoredConcatenation``). So is a part with no concatenation
///   element (its message has no ``ReassembledMessage/key``).
///
/// A message's text is each part's text in sequence order, except where a part ends in the
/// middle of a character (the escape of an extension pair, or a high surrogate whose low half
/// starts the next part): those payloads are joined before decoding and the split is reported
/// (``ReassemblyIssue/Kind/characterSplitAcrossParts``). Parts may use different encodings.
///
/// Messages come in the order their first part arrived.
///
/// ```swift
/// let parts = try hexParts.map { hex in
///     try DecodedUserData(parsing: UserData(bytes: Hex.decode(hex.ud), length: hex.udl),
///                         encoding: .gsm7, hasHeader: true)
/// }
/// let result = Reassembly(reassembling: parts)
/// result.messages.first?.text      // the whole message, or nil
/// result.issues                    // e.g. [part 3 is missing]
/// ```
public struct Reassembly: Hashable, Sendable {
    /// The messages, in order of first arrival.
    public let messages: [ReassembledMessage]

    /// Reassembles parts.
    ///
    /// - Parameter parts: Decoded parts in arrival order; issues refer to them by position.
    /// - Complexity: O(*n*) in the total payload, plus O(*p* log *p*) in the number of parts.
    public init(reassembling parts: some Sequence<DecodedUserData>) {
        let parts = Array(parts)

        // Group the parts, keeping the order in which each message's first part arrived.
        var order: [Group] = []
        var slotsByKey: [ReassembledMessage.Key: [ReassembledMessage.Slot]] = [:]
        var totals: [ReferenceKey: Set<UInt8>] = [:]
        for (index, part) in parts.enumerated() {
            guard let concatenation = part.concatenation else {
                order.append(.single(index, ignoredSequence: nil))
                continue
            }
            guard concatenation.isValid else {
                order.append(.single(index, ignoredSequence: Int(concatenation.sequence)))
                continue
            }
            let key = ReassembledMessage.Key(
                reference: concatenation.reference, referenceSize: concatenation.referenceSize,
                total: concatenation.total
            )
            if slotsByKey[key] == nil { order.append(.concatenated(key)) }
            slotsByKey[key, default: Self.emptySlots(total: key.total)][Int(concatenation.sequence) - 1].partIndices
                .append(index)
            totals[ReferenceKey(key), default: []].insert(key.total)
        }

        messages = order.map { group in
            switch group {
            case .single(let index, let ignoredSequence):
                return ReassembledMessage(
                    key: nil, slots: [.init(sequence: 1, partIndices: [index])], text: parts[index].text,
                    issues: ignoredSequence.map { [.ignoredConcatenation(sequence: $0, partIndex: index)] } ?? []
                )
            case .concatenated(let key):
                var issues: [ReassemblyIssue] = []
                if let seen = totals[ReferenceKey(key)], seen.count > 1 {
                    let all = slotsByKey.filter { ReferenceKey($0.key) == ReferenceKey(key) }.values
                        .flatMap { $0.flatMap(\.partIndices) }.sorted()
                    issues.append(.totalMismatch(partIndices: all))
                }
                let slots = slotsByKey[key] ?? []
                let text = Self.text(of: slots, parts: parts, issues: &issues)
                return ReassembledMessage(key: key, slots: slots, text: text, issues: issues)
            }
        }
    }

    /// One empty slot for each sequence number 1...total.
    private static func emptySlots(total: UInt8) -> [ReassembledMessage.Slot] {
        (1...Int(total)).map { ReassembledMessage.Slot(sequence: $0, partIndices: []) }
    }

    /// The text of a concatenated message, or `nil` when a slot is empty or holds conflicting
    /// copies; adds what it finds to `issues`, slot by slot.
    private static func text(
        of slots: [ReassembledMessage.Slot], parts: [DecodedUserData], issues: inout [ReassemblyIssue]
    ) -> String? {
        var chosen: [Int] = []
        var decidable = true
        for slot in slots {
            guard let first = slot.partIndices.first else {
                issues.append(.missingPart(sequence: slot.sequence))
                decidable = false
                continue
            }
            if slot.partIndices.count > 1 {
                let same = slot.partIndices.allSatisfy {
                    parts[$0].encoding == parts[first].encoding && parts[$0].payload == parts[first].payload
                }
                if same {
                    issues.append(.duplicatePart(sequence: slot.sequence, partIndices: slot.partIndices))
                } else {
                    issues.append(.conflictingParts(sequence: slot.sequence, partIndices: slot.partIndices))
                    decidable = false
                }
            }
            chosen.append(first)
        }
        return decidable ? join(chosen.map { parts[$0] }, indices: chosen, issues: &issues) : nil
    }

    /// Every issue of every message, in message order, each once.
    public var issues: [ReassemblyIssue] {
        var seen: Set<ReassemblyIssue> = []
        var result: [ReassemblyIssue] = []
        for message in messages {
            for issue in message.issues where seen.insert(issue).inserted {
                result.append(issue)
            }
        }
        return result
    }

    /// Whether every message has its text.
    public var isComplete: Bool { messages.allSatisfy(\.isComplete) }

    /// The text of parts in sequence order, joining payloads where a character is split.
    private static func join(_ parts: [DecodedUserData], indices: [Int], issues: inout [ReassemblyIssue]) -> String {
        var text = ""
        var pending: [UInt8] = []
        var pendingParts = 0
        for (position, part) in parts.enumerated() {
            pending.append(contentsOf: part.payload)
            pendingParts += 1
            if position + 1 < parts.count, splitsCharacter(part, parts[position + 1]) {
                issues.append(
                    .characterSplitAcrossParts(
                        sequence: position + 1, partIndices: [indices[position], indices[position + 1]]
                    )
                )
                continue
            }
            if pendingParts == 1 {
                text += part.text
            } else {
                switch part.encoding {
                case .gsm7: text += GSM7Codec.decode(pending, tables: part.tables).text
                case .ucs2: text += UCS2Codec.decode(pending).text
                case .eightBit: break
                }
            }
            pending.removeAll(keepingCapacity: true)
            pendingParts = 0
        }
        return text
    }

    /// Whether `part` ends inside a character that `next` completes.
    private static func splitsCharacter(_ part: DecodedUserData, _ next: DecodedUserData) -> Bool {
        guard part.encoding == next.encoding, !next.payload.isEmpty else { return false }
        if part.encoding == .gsm7, part.tables != next.tables { return false }
        let payload = part.payload
        switch part.encoding {
        case .gsm7:
            // A non-escape septet always ends a character, so the parity of the final run of
            // escapes tells whether the last one is left open.
            var run = 0
            for septet in payload.reversed() {
                guard septet == GSM7Alphabet.escape else { break }
                run += 1
            }
            return run % 2 == 1
        case .ucs2:
            guard payload.count >= 2, payload.count % 2 == 0, next.payload.count >= 2 else { return false }
            let last = UInt16(payload[payload.count - 2]) << 8 | UInt16(payload[payload.count - 1])
            let first = UInt16(next.payload[0]) << 8 | UInt16(next.payload[1])
            return last & 0xFC00 == 0xD800 && first & 0xFC00 == 0xDC00
        case .eightBit:
            return false
        }
    }
}

/// A message being collected: a concatenated group, or one part on its own (with the sequence
/// number of its unusable concatenation element, if it has one).
private enum Group: Hashable {
    case concatenated(ReassembledMessage.Key)
    case single(Int, ignoredSequence: Int?)
}

/// A concatenation reference and its size, without the total.
private struct ReferenceKey: Hashable {
    var reference: UInt16
    var size: Concatenation.ReferenceSize

    init(_ key: ReassembledMessage.Key) {
        reference = key.reference
        size = key.referenceSize
    }
}
