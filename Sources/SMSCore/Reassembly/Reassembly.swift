/// Puts received parts back together into messages, reporting what is missing, duplicated or
/// inconsistent instead of guessing (3GPP TS 23.040 9.2.3.24.1 and 9.2.3.24.8).
///
/// Parts are grouped by concatenation reference, reference size and total. Within a group,
/// each sequence number that arrived gets a slot:
///
/// - Sequence numbers of 1...total that no part claims make the message incomplete. They are
///   reported as runs (``ReassembledMessage/missingSequences`` and one
///   ``ReassemblyIssue/Kind/missingParts`` issue per run), never one value per number, so a
///   part that claims a total of 255 costs no more than any other.
/// - Copies with the same encoding and payload are one part
///   (``ReassemblyIssue/Kind/duplicatePart``, benign); copies that differ make the message
///   undecidable (``ReassemblyIssue/Kind/conflictingParts``). Headers are not compared, only
///   payloads.
/// - Parts that share a reference but give different totals are reported on every group
///   involved, each naming its own parts (``ReassemblyIssue/Kind/totalMismatch``).
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
///
/// Time and memory grow with the parts that arrived, never with the totals they claim:
/// O(*p* log *p*) in the number of parts, plus the payloads. The result holds one slot per
/// sequence number that arrived, one range per run of missing ones, and at most one issue per
/// slot or run (each naming its own parts), so it is O(*p*) as well.
public struct Reassembly: Hashable, Sendable {
    /// The messages, in order of first arrival.
    public let messages: [ReassembledMessage]

    /// Reassembles parts.
    ///
    /// Whatever the parts claim, the work and the result are bounded by what arrived: a part
    /// that claims to be 1 of 255 costs one slot and one ``ReassemblyIssue/Kind/missingParts``
    /// issue for the run 2...255, not 254 of each.
    ///
    /// - Parameter parts: Decoded parts in arrival order; issues refer to them by position.
    /// - Complexity: O(*n*) in the total payload, plus O(*p* log *p*) time and O(*p*) memory in
    ///   the number of parts *p*, whatever totals and sequence numbers they claim.
    public init(reassembling parts: some Sequence<DecodedUserData>) {
        let parts = Array(parts)

        // Group the parts, keeping the order in which each message's first part arrived. Each
        // group lists the (sequence, input position) pairs it received, nothing more.
        var order: [Group] = []
        var groupIndexByKey: [ReassembledMessage.Key: Int] = [:]
        var keys: [ReassembledMessage.Key] = []
        var claims: [[Claim]] = []
        var groupCountByReference: [ReferenceKey: Int] = [:]
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
            let group: Int
            if let known = groupIndexByKey[key] {
                group = known
            } else {
                group = keys.count
                groupIndexByKey[key] = group
                keys.append(key)
                claims.append([])
                order.append(.concatenated(group))
                groupCountByReference[ReferenceKey(key), default: 0] += 1
            }
            claims[group].append(Claim(sequence: Int(concatenation.sequence), partIndex: index))
        }

        messages = order.map { group in
            switch group {
            case .single(let index, let ignoredSequence):
                return ReassembledMessage(
                    key: nil, slots: [.init(sequence: 1, partIndices: [index])], missingSequences: [],
                    text: parts[index].text,
                    issues: ignoredSequence.map { [.ignoredConcatenation(sequence: $0, partIndex: index)] } ?? []
                )
            case .concatenated(let group):
                let key = keys[group]
                let groupClaims = claims[group]
                var issues: [ReassemblyIssue] = []
                if groupCountByReference[ReferenceKey(key), default: 0] > 1 {
                    issues.append(.totalMismatch(partIndices: groupClaims.map(\.partIndex)))
                }
                return Self.message(key: key, claims: groupClaims, parts: parts, issues: issues)
            }
        }
    }

    /// The message of one concatenated group: its slots (sequence numbers that arrived), the
    /// runs of sequence numbers that did not, its issues in sequence order, and its text.
    ///
    /// - Complexity: O(*c* log *c*) in the claims, plus the payloads joined.
    private static func message(
        key: ReassembledMessage.Key, claims: [Claim], parts: [DecodedUserData], issues: [ReassemblyIssue]
    ) -> ReassembledMessage {
        var issues = issues
        let sorted = claims.sorted { ($0.sequence, $0.partIndex) < ($1.sequence, $1.partIndex) }
        var slots: [ReassembledMessage.Slot] = []
        var missing: [ClosedRange<Int>] = []
        var chosen: [Int] = []
        var decidable = true
        var expected = 1
        var position = 0
        while position < sorted.count {
            let sequence = sorted[position].sequence
            var end = position + 1
            while end < sorted.count, sorted[end].sequence == sequence { end += 1 }
            let indices = sorted[position..<end].map(\.partIndex)
            position = end
            if sequence > expected {
                missing.append(expected...(sequence - 1))
                issues.append(.missingParts(sequences: expected...(sequence - 1)))
            }
            expected = sequence + 1
            let first = indices[0]
            if indices.count > 1 {
                let same = indices.allSatisfy {
                    parts[$0].encoding == parts[first].encoding && parts[$0].payload == parts[first].payload
                }
                if same {
                    issues.append(.duplicatePart(sequence: sequence, partIndices: indices))
                } else {
                    issues.append(.conflictingParts(sequence: sequence, partIndices: indices))
                    decidable = false
                }
            }
            slots.append(ReassembledMessage.Slot(sequence: sequence, partIndices: indices))
            chosen.append(first)
        }
        let total = Int(key.total)
        if expected <= total {
            missing.append(expected...total)
            issues.append(.missingParts(sequences: expected...total))
        }
        let text =
            decidable && missing.isEmpty ? join(chosen.map { parts[$0] }, indices: chosen, issues: &issues) : nil
        return ReassembledMessage(key: key, slots: slots, missingSequences: missing, text: text, issues: issues)
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
    /// The concatenated group at this position of the groups found.
    case concatenated(Int)
    case single(Int, ignoredSequence: Int?)
}

/// One part's claim on a sequence number of its group.
private struct Claim {
    var sequence: Int
    var partIndex: Int
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
