import SMSCore

extension AnalyzeReport {
    /// The report for people: plain text, no colours, ending with a line break.
    ///
    /// ```text
    /// Encoding:  UCS-2, 5 UTF-16 units
    /// Parts:     1 (up to 70 UTF-16 units per part)
    /// Remaining: 65 UTF-16 units
    ///
    /// Characters that forced UCS-2:
    ///   Hi ⟦👋⟧
    ///   U+1F44B '👋' at scalar 3 (UTF-16 3)
    ///
    /// Part 1/1: 5 UTF-16 units, no UDH
    ///   Hi 👋
    /// ```
    ///
    /// Multi-part messages show each part's header in hex (`Part 1/3: 153 septets, UDH
    /// 0500034A0301`). Texts are printed through ``VisibleText``, so a line break in the message
    /// shows as `\n`. When the text needs more parts than allowed, the parts are replaced by an
    /// `Error:` line.
    var text: String {
        var lines = headerLines
        lines.append(contentsOf: nonGSMLines)
        if let parts {
            for part in parts {
                lines.append("")
                lines.append(contentsOf: Self.lines(for: part, total: parts.count))
            }
        }
        if let error {
            lines.append("")
            lines.append("Error: \(CommandError(error).text)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private var headerLines: [String] {
        let unitName = plan.encoding.unitName
        let limit = plan.partCount == 1
            ? "up to \(plan.unitsPerPart.counting(unitName)) in a single part"
            : "up to \(plan.unitsPerPart.counting(unitName)) per part"
        var lines = [
            "Encoding:  \(plan.encoding), \(plan.unitCount.counting(unitName))",
            "Parts:     \(plan.partCount.counting("parts")) (\(limit))",
            "Remaining: \(plan.remaining.counting(unitName))" + (plan.partCount == 1 ? "" : " in the last part"),
        ]
        guard !options.languages.isEmpty else { return lines }
        if plan.encoding == .gsm7 {
            lines.append("Tables:    \(plan.tables) (TS 23.038 annex A)")
        }
        let without = alternatives.map { "\($0.encoding) \($0.unitCount.counting($0.encoding.unitName)), \($0.partCount.counting("parts"))" }
        lines.append("Without national tables: " + without.joined(separator: "; "))
        return lines
    }

    private var nonGSMLines: [String] {
        guard plan.encoding == .ucs2 else { return [] }
        guard !nonGSMCharacters.isEmpty else {
            guard options.encodingPreference == .ucs2 else {
                return ["", "Characters that forced UCS-2: none alone; no one pair of the enabled tables has them all"]
            }
            return ["", "Characters that forced UCS-2: none (UCS-2 was requested with --encoding ucs2)"]
        }
        var lines = ["", "Characters that forced UCS-2:", "  " + markedText]
        for character in nonGSMCharacters {
            let shown = VisibleText.escaping(CollectionOfOne(character.scalar))
            lines.append(
                "  \(character.codePoint) '\(shown)' at \(character.position)"
            )
        }
        return lines
    }

    /// The message with each character that forced UCS-2 wrapped in `⟦ ⟧`.
    var markedText: String {
        var marked = ""
        var next = nonGSMCharacters.makeIterator()
        var pending = next.next()
        for (offset, scalar) in message.unicodeScalars.enumerated() {
            let shown = VisibleText.escaping(CollectionOfOne(scalar))
            if let character = pending, character.position.scalarOffset == offset {
                marked += "⟦" + shown + "⟧"
                pending = next.next()
            } else {
                marked += shown
            }
        }
        return marked
    }

    private static func lines(for part: SMSPart, total: Int) -> [String] {
        let sequence = part.header.concatenation.map { Int($0.sequence) } ?? 1
        let header = part.header.elements.isEmpty ? "no UDH" : "UDH " + Hex.encode(part.header.encoded())
        return [
            "Part \(sequence)/\(total): \(part.unitCount.counting(part.encoding.unitName)), \(header)",
            "  " + VisibleText.escaping(part.text.unicodeScalars),
        ]
    }
}
