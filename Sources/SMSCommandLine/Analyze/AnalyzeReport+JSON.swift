import SMSCore

extension AnalyzeReport {
    /// The report as one JSON object, members in this order:
    ///
    /// | key | value |
    /// |---|---|
    /// | `encoding` | `"GSM-7"` or `"UCS-2"` |
    /// | `unitName` | `"septets"` or `"UTF-16 units"` |
    /// | `units` | the text's length in those units |
    /// | `unitsPerPart` | the most units a part holds: 160 / 70 alone, 153 / 67 or 152 / 66 concatenated |
    /// | `parts` | the number of parts the text needs (even when that is more than `maxParts`) |
    /// | `remaining` | units still free in the last part |
    /// | `scalars`, `utf16Units` | the text's length in Unicode scalars and UTF-16 code units |
    /// | `lockingShift`, `singleShift` | the national tables used (language code, such as `"tr"`), or `null` for the default ones (TS 23.038 annex A) |
    /// | `alternatives` | `[{encoding, units, parts}]`: what the text costs with the default tables (when they can write it) and as UCS-2 |
    /// | `split`, `encodingPreference`, `maxParts`, `referenceBits` | the options used |
    /// | `reference` | the concatenation reference in the parts' headers; `null` for one part or none |
    /// | `hex` | the whole text as upper-case UTF-16BE hex (Clickatell's `unicode=1` form) |
    /// | `nonGSMCount` | how many characters forced UCS-2 (GSM-7 cannot carry them) |
    /// | `nonGSM` | `[{char, codePoint, scalarOffset, utf16Offset}]`: the first 100 of them, or all when asked |
    /// | `segments` | `[{sequence, text, scalarRange, utf16Range, units, udh, userData, udl}]`; left out on error |
    /// | `error` | `{code, message, offset}` (``CommandError``, `offset` always `null` here); only when the text could not be segmented |
    ///
    /// In a segment, `scalarRange` and `utf16Range` are `[start, end)` offsets into the text,
    /// `udh` is the user data header in hex (`""` for a single part), `userData` the whole TP-UD
    /// in hex (header, fill bits and payload) and `udl` is TP-UDL: septets for GSM-7 (header and
    /// fill included), octets for UCS-2 (TS 23.040 9.2.3.16).
    var json: JSONValue {
        .object(jsonMembers.map { ($0.0, $0.1.value) })
    }

    /// The members of ``json``, with `nonGSM` and `segments` produced element by element, for
    /// ``writeJSON(pretty:leading:to:)``.
    var jsonMembers: [(String, JSONWriter.StreamedMember)] {
        var members: [(String, JSONWriter.StreamedMember)] = [
            ("encoding", .value(.string(plan.encoding.description))),
            ("unitName", .value(.string(plan.encoding.unitName))),
            ("units", .value(.number(plan.unitCount))),
            ("unitsPerPart", .value(.number(plan.unitsPerPart))),
            ("parts", .value(.number(plan.partCount))),
            ("remaining", .value(.number(plan.remaining))),
            ("scalars", .value(.number(plan.scalarCount))),
            ("utf16Units", .value(.number(plan.utf16Count))),
            ("lockingShift", .value(plan.tables.lockingShift.map { .string($0.code) } ?? .null)),
            ("singleShift", .value(plan.tables.singleShift.map { .string($0.code) } ?? .null)),
            ("alternatives", .value(.array(alternatives.map(Self.json(for:))))),
            ("split", .value(.string(options.split.rawValue))),
            ("encodingPreference", .value(.string(options.encodingPreference.rawValue))),
            ("maxParts", .value(.number(options.maxParts))),
            ("referenceBits", .value(.number(referenceBits))),
            ("reference", .value(reference.map(JSONValue.number) ?? .null)),
            ("hex", .value(.string(Hex.encodeUTF16BigEndian(message)))),
            ("nonGSMCount", .value(.number(nonGSMCount))),
            ("nonGSM", .elements(AnySequence(listedNonGSM.lazy.map(Self.json(for:))))),
        ]
        if let parts {
            members.append(("segments", .elements(AnySequence(parts.lazy.map(Self.json(for:))))))
        }
        if let error {
            members.append(("error", .value(CommandError(error, message: errorPrefix + error.description).json)))
        }
        return members
    }

    /// Writes ``json`` to `sink` a piece at a time, after the `leading` members (an `--jsonl`
    /// answer's `id`), followed by a line break; every character that forced UCS-2 is written
    /// as it is found, so listing millions of them takes no more memory than listing one.
    ///
    /// - Complexity: O(n) in the output; memory O(1) beyond the report.
    func writeJSON(pretty: Bool, leading: [(String, JSONValue)] = [], to sink: (String) -> Void) {
        JSONWriter(pretty: pretty).writeObject(streaming: leading.map { ($0.0, .value($0.1)) } + jsonMembers, to: sink)
    }

    /// What the default tables (when they can write the text) and UCS-2 would cost.
    var alternatives: [SMSPlan.Cost] {
        (plan.costWithStandardTables.map { [$0] } ?? []) + [plan.costAsUCS2]
    }

    /// `{encoding, units, parts}`.
    static func json(for cost: SMSPlan.Cost) -> JSONValue {
        ["encoding": .string(cost.encoding.description), "units": .number(cost.unitCount), "parts": .number(cost.partCount)]
    }

    /// `{char, codePoint, scalarOffset, utf16Offset}`, e.g.
    /// `{"char": "👋", "codePoint": "U+1F44B", "scalarOffset": 3, "utf16Offset": 3}`.
    static func json(for character: NonGSMCharacter) -> JSONValue {
        [
            "char": .string(String(character.scalar)),
            "codePoint": .string(character.codePoint),
            "scalarOffset": .number(character.position.scalarOffset),
            "utf16Offset": .number(character.position.utf16Offset),
        ]
    }

    /// `{sequence, text, scalarRange, utf16Range, units, udh, userData, udl}`.
    static func json(for part: SMSPart) -> JSONValue {
        [
            "sequence": part.header.concatenation.map { .number(Int($0.sequence)) } ?? 1,
            "text": .string(part.text),
            "scalarRange": [.number(part.range.lowerBound.scalarOffset), .number(part.range.upperBound.scalarOffset)],
            "utf16Range": [.number(part.range.lowerBound.utf16Offset), .number(part.range.upperBound.utf16Offset)],
            "units": .number(part.unitCount),
            "udh": .string(Hex.encode(part.header.encoded())),
            "userData": .string(Hex.encode(part.userData.bytes)),
            "udl": .number(part.userData.length),
        ]
    }
}
