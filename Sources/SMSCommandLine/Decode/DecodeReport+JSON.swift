import SMSCore

extension DecodeReport {
    /// `{"parts": […]}`, plus `"messages": […]` when reassembling.
    var json: JSONValue {
        var members: [(String, JSONValue)] = [("parts", .array(parts.map(Self.json(for:))))]
        if let messages {
            members.append(("messages", .array(messages.map(Self.json(for:)))))
        }
        return .object(members)
    }

    /// Writes ``json`` (indented) to `sink`, one part or message at a time, so that a report
    /// of many parts is never held whole as JSON.
    ///
    /// - Complexity: O(n) in the output; memory O(1) beyond the report.
    func writeJSON(to sink: (String) -> Void) {
        var members: [(String, JSONWriter.StreamedMember)] = [("parts", .elements(AnySequence(parts.lazy.map(Self.json(for:)))))]
        if let messages {
            members.append(("messages", .elements(AnySequence(messages.lazy.map(Self.json(for:))))))
        }
        JSONWriter.pretty.writeObject(streaming: members, to: sink)
    }

    private static func json(for part: Part) -> JSONValue {
        var members: [(String, JSONValue)] = [("input", .number(part.number))]
        if let id = part.id { members.append(("id", id)) }
        let decoded: DecodedUserData
        switch part.decoded {
        case .failure(let error):
            members.append(("error", error.json))
            return .object(members)
        case .success(let value):
            decoded = value
        }
        members += [
            ("encoding", .string(decoded.encoding.description)),
            ("udl", .number(part.length)),
            ("udlInferred", .bool(part.lengthInferred)),
            ("paddingSeptetDropped", .bool(part.paddingSeptetDropped)),
            ("udh", part.headerHex.map { .string($0) } ?? .null),
            ("elements", .array(decoded.header.elements.map(json(for:)))),
            ("lockingShift", decoded.encoding == .gsm7 ? decoded.tables.lockingShift.map { .string($0.code) } ?? .null : .null),
            ("singleShift", decoded.encoding == .gsm7 ? decoded.tables.singleShift.map { .string($0.code) } ?? .null : .null),
            ("ignoredHeaderError", decoded.ignoredHeaderError.map { CommandError($0).json } ?? .null),
            ("text", .string(decoded.text)),
            ("notes", .array(decoded.notes.map(json(for:)))),
        ]
        return .object(members)
    }

    private static func json(for element: UserDataHeader.InformationElement) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("iei", .number(Int(element.identifier.rawValue))),
            ("name", element.identifier.name.map { .string($0) } ?? .null),
            ("data", .string(Hex.encode(element.data))),
        ]
        if element.identifier == .concatenation8BitReference || element.identifier == .concatenation16BitReference {
            // Every concatenation element says whether it can be used, and why not.
            let concatenation = Concatenation(parsing: element)
            let problem = Self.concatenationProblem(of: element)
            members.append(
                (
                    "concatenation",
                    [
                        "reference": concatenation.map { .number(Int($0.reference)) } ?? .null,
                        "referenceBits": .number(element.identifier == .concatenation8BitReference ? 8 : 16),
                        "total": concatenation.map { .number(Int($0.total)) } ?? .null,
                        "sequence": concatenation.map { .number(Int($0.sequence)) } ?? .null,
                        "valid": .bool(problem == nil),
                        "problem": problem.map { .string($0) } ?? .null,
                    ]
                )
            )
        }
        return .object(members)
    }

    private static func json(for note: DecodingNote) -> JSONValue {
        [
            "kind": .string(note.kind.rawValue),
            "offset": .number(note.offset),
            "value": .number(Int(note.value)),
            "description": .string(note.description),
        ]
    }

    private static func json(for message: ReassembledMessage) -> JSONValue {
        var members: [(String, JSONValue)] = []
        if let key = message.key {
            members += [
                ("reference", .number(Int(key.reference))),
                ("referenceBits", .number(key.referenceSize.bitCount)),
                ("total", .number(Int(key.total))),
            ]
        } else {
            members += [("reference", .null), ("referenceBits", .null), ("total", .null)]
        }
        members += [
            ("complete", .bool(message.isComplete)),
            ("text", message.text.map { .string($0) } ?? .null),
            ("missing", .array(message.missingSequences.map { ["first": .number($0.lowerBound), "last": .number($0.upperBound)] })),
            ("missingCount", .number(message.missingPartCount)),
            ("slots", .array(message.slots.map(json(for:)))),
            ("issues", .array(message.issues.map(json(for:)))),
        ]
        return .object(members)
    }

    private static func json(for slot: ReassembledMessage.Slot) -> JSONValue {
        ["sequence": .number(slot.sequence), "inputs": .array(slot.partIndices.map { .number($0) })]
    }

    private static func json(for issue: ReassemblyIssue) -> JSONValue {
        [
            "kind": .string(issue.kind.rawValue),
            "sequence": issue.sequences.map { .number($0.lowerBound) } ?? .null,
            "lastSequence": issue.sequences.map { .number($0.upperBound) } ?? .null,
            "inputs": .array(issue.partIndices.map { .number($0) }),
            "description": .string(issue.description),
        ]
    }
}
