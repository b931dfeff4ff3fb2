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
    /// | `nonGSM` | `[{char, codePoint, scalarOffset, utf16Offset}]`: the characters that forced UCS-2 |
    /// | `segments` | `[{sequence, text, scalarRange, utf16Range, units, udh, userData, udl}]`; left out on error |
    /// | `error` | `{code, message, offset}` (``CommandError``, `offset` always `null` here); only when the text could not be segmented |
    ///
    /// In a segment, `scalarRange` and `utf16Range` are `[start, end)` offsets into the text,
    /// `udh` is the user data header in hex (`""` for a single part), `userData` the whole TP-UD
    /// in hex (header, fill bits and payload) and `udl` is TP-UDL: septets for GSM-7 (header and
    /// fill included), octets for UCS-2 (TS 23.040 9.2.3.16).
    var json: JSONValue {
        var members: [(String, JSONValue)] = [
            ("encoding", .string(plan.encoding.description)),
            ("unitName", .string(plan.encoding.unitName)),
            ("units", .number(plan.unitCount)),
            ("unitsPerPart", .number(plan.unitsPerPart)),
            ("parts", .number(plan.partCount)),
            ("remaining", .number(plan.remaining)),
            ("scalars", .number(plan.scalarCount)),
            ("utf16Units", .number(plan.utf16Count)),
            ("lockingShift", plan.tables.lockingShift.map { .string($0.code) } ?? .null),
            ("singleShift", plan.tables.singleShift.map { .string($0.code) } ?? .null),
            ("alternatives", .array(alternatives.map(Self.json(for:)))),
            ("split", .string(options.split.rawValue)),
            ("encodingPreference", .string(options.encodingPreference.rawValue)),
            ("maxParts", .number(options.maxParts)),
            ("referenceBits", .number(referenceBits)),
            ("reference", reference.map(JSONValue.number) ?? .null),
            ("hex", .string(Hex.encodeUTF16BigEndian(message))),
            ("nonGSM", .array(nonGSMCharacters.map(Self.json(for:)))),
        ]
        if let parts {
            members.append(("segments", .array(parts.map(Self.json(for:)))))
        }
        if let error {
            members.append(("error", CommandError(error).json))
        }
        return .object(members)
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
