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
        var text = ""
        writeText { text += $0 }
        return text
    }

    /// Writes ``text`` to `sink` a piece at a time: each listed character that forced UCS-2 is
    /// written as it is found, so listing all of them (`--all-non-gsm`) takes constant memory
    /// beyond the marked text.
    ///
    /// - Complexity: O(n) in the output.
    func writeText(to sink: (String) -> Void) {
        var buffer = ""
        func emit(_ line: String) {
            buffer += line
            buffer += "\n"
            if buffer.utf8.count >= 64 * 1024 {
                sink(buffer)
                buffer = ""
            }
        }
        headerLines.forEach(emit)
        writeNonGSMLines(to: emit)
        if let parts {
            for part in parts {
                emit("")
                Self.lines(for: part, total: parts.count).forEach(emit)
            }
        }
        if let error {
            emit("")
            emit("Error: \(CommandError(error).text)")
        }
        sink(buffer)
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

    private func writeNonGSMLines(to emit: (String) -> Void) {
        guard plan.encoding == .ucs2 else { return }
        emit("")
        guard nonGSMCount > 0 else {
            guard options.encodingPreference == .ucs2 else {
                emit("Characters that forced UCS-2: none alone; no one pair of the enabled tables has them all")
                return
            }
            emit("Characters that forced UCS-2: none (UCS-2 was requested with --encoding ucs2)")
            return
        }
        emit(
            unlistedNonGSMCount == 0
                ? "Characters that forced UCS-2:"
                : "Characters that forced UCS-2 (\(nonGSMCount); the first \(listedNonGSMCount) are marked and listed):"
        )
        emit("  " + markedText)
        for character in listedNonGSM {
            let shown = VisibleText.escaping(CollectionOfOne(character.scalar))
            emit("  \(character.codePoint) '\(shown)' at \(character.position)")
        }
        if unlistedNonGSMCount > 0 {
            emit("  … and \(unlistedNonGSMCount) more; --all-non-gsm lists them all")
        }
    }

    /// The message with each listed character that forced UCS-2 wrapped in `⟦ ⟧`.
    var markedText: String {
        var marked = ""
        let next = listedNonGSM.makeIterator()
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
