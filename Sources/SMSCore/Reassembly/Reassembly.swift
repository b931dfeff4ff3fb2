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
///     try DecodedUserData(decoding: UserData(bytes: Hex.decode(hex.ud), length: hex.udl),
///                         encoding: .gsm7, hasHeader: true)
/// }
/// let result = Reassembly(reassembling: parts)
/// result.messages.first?.text      // the whole message, or nil
/// result.issues                    // e.g. [part 3 is missing]
/// ```
public struct Reassembly: Hashable, Sendable {
    /// The messages, in order of first arrival.
    public var messages: [ReassembledMessage]

    /// Reassembles parts.
    ///
    /// - Parameter parts: Decoded parts in arrival order; issues refer to them by position.
    /// - Complexity: O(*n*) in the total payload, plus O(*p* log *p*) in the number of parts.
    public init(reassembling parts: some Sequence<DecodedUserData>) {
        let parts = Array(parts)

        var order: [Group] = []
        var members: [ReassembledMessage.Key: [Int]] = [:]
        var ignored: [Int: Int] = [:]  // part index -> its unusable sequence number
        var totals: [ReferenceKey: Set<UInt8>] = [:]
        for (index, part) in parts.enumerated() {
            guard let concatenation = part.concatenation else {
                order.append(.single(index))
                continue
            }
            guard concatenation.isValid else {
                ignored[index] = Int(concatenation.sequence)
                order.append(.single(index))
                continue
            }
            let key = ReassembledMessage.Key(
                reference: concatenation.reference, referenceBits: concatenation.referenceBits,
                total: concatenation.total
            )
            if members[key] == nil { order.append(.concatenated(key)) }
            members[key, default: []].append(index)
            totals[ReferenceKey(reference: key.reference, bits: key.referenceBits), default: []].insert(key.total)
        }

        var messages: [ReassembledMessage] = []
        messages.reserveCapacity(order.count)
        for group in order {
            switch group {
            case .single(let index):
                var issues: [ReassemblyIssue] = []
                if let sequence = ignored[index] {
                    issues.append(.ignoredConcatenation(sequence: sequence, partIndex: index))
                }
                messages.append(
                    ReassembledMessage(
                        key: nil, slots: [.init(sequence: 1, partIndices: [index])], text: parts[index].text,
                        issues: issues
                    )
                )
            case .concatenated(let key):
                let indices = members[key] ?? []
                var issues: [ReassemblyIssue] = []
                let referenceKey = ReferenceKey(reference: key.reference, bits: key.referenceBits)
                if let seen = totals[referenceKey], seen.count > 1 {
                    let all = members.filter { $0.key.reference == key.reference && $0.key.referenceBits == key.referenceBits }
                        .values.flatMap { $0 }.sorted()
                    issues.append(.totalMismatch(partIndices: all))
                }
                var slots = (1...Int(key.total)).map { ReassembledMessage.Slot(sequence: $0, partIndices: []) }
                for index in indices {
                    let sequence = Int(parts[index].concatenation!.sequence)
                    slots[sequence - 1].partIndices.append(index)
                }
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
                let text = decidable ? Self.join(chosen.map { parts[$0] }, indices: chosen, issues: &issues) : nil
                messages.append(ReassembledMessage(key: key, slots: slots, text: text, issues: issues))
            }
        }
        self.messages = messages
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
                case .gsm7: text += GSM7Codec.decode(pending).text
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

/// A message being collected: a concatenated group, or one part on its own.
private enum Group: Hashable {
    case concatenated(ReassembledMessage.Key)
    case single(Int)
}

/// A concatenation reference and its size, without the total.
private struct ReferenceKey: Hashable {
    var reference: UInt16
    var bits: Concatenation.ReferenceBits
}
