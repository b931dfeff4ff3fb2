import SMSCore

extension DecodeReport {
    /// The report for people: each part, then each message.
    var text: String {
        var text = ""
        writeText { text += $0 }
        return text
    }

    /// Writes ``text`` to `sink`, one part or message at a time.
    ///
    /// - Complexity: O(n) in the output; memory O(1) beyond the report.
    func writeText(to sink: (String) -> Void) {
        let single = messages == nil
        for part in parts {
            sink(Self.lines(for: part, single: single).map { $0 + "\n" }.joined())
        }
        if let messages {
            for (index, message) in messages.enumerated() {
                sink(Self.lines(for: message, number: index + 1).map { $0 + "\n" }.joined())
            }
        }
    }

    private static func lines(for part: Part, single: Bool) -> [String] {
        let indent = single ? "" : "  "
        var lines: [String] = []
        if !single {
            let id = part.id.flatMap { $0.isNull ? nil : " (id \(JSONRequest.shown($0)))" } ?? ""
            lines.append("input #\(part.number)\(id):")
        }
        let decoded: DecodedUserData
        switch part.decoded {
        case .failure(let error):
            lines.append(indent + "error: \(error.text)")
            return lines
        case .success(let value):
            decoded = value
        }
        lines.append(indent + "encoding: \(decoded.encoding)")
        if decoded.encoding == .gsm7, !decoded.tables.isStandard {
            lines.append(indent + "tables: \(decoded.tables) (TS 23.038 annex A)")
        }
        var length = "TP-UDL: \(part.length.counting(decoded.encoding == .gsm7 ? "septets" : "octets"))"
        if part.lengthInferred {
            length += decoded.encoding == .gsm7 ? " (inferred; pass --udl to be exact)" : " (inferred: every octet given)"
        }
        lines.append(indent + length)
        if part.paddingSeptetDropped {
            lines.append(
                indent + "  a last septet 0x00 was taken as padding; if the text ends in \"@\", TP-UDL is one more"
            )
        }
        if let headerHex = part.headerHex {
            lines.append(indent + "header: " + headerHex)
            for element in decoded.header.elements {
                var line = indent + "  " + element.description
                if let meaning = Self.meaning(of: element) { line += " — " + meaning }
                lines.append(line)
            }
            if let error = decoded.ignoredHeaderError {
                lines.append(indent + "  ignored (TS 23.040 9.2.3.24): \(error.description)")
            }
        }
        lines.append(indent + "text: " + VisibleText.escaping(decoded.text.unicodeScalars))
        if !decoded.notes.isEmpty {
            lines.append(indent + "notes:")
            for note in decoded.notes { lines.append(indent + "  - " + note.description) }
        }
        return lines
    }

    private static func lines(for message: ReassembledMessage, number: Int) -> [String] {
        var lines: [String] = []
        let inputs = message.slots.flatMap(\.partIndices).sorted().map { "#\($0)" }.joined(separator: ", ")
        if let key = message.key {
            let state = message.isComplete ? "complete" : "incomplete"
            lines.append("message \(number): \(key), \(state) (inputs \(inputs))")
        } else {
            lines.append("message \(number): one part without a usable concatenation header (input \(inputs))")
        }
        if let text = message.text {
            lines.append("  text: " + VisibleText.escaping(text.unicodeScalars))
        } else if !message.missingSequences.isEmpty {
            let runs = message.missingSequences.map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound)-\($0.upperBound)" }
            let count = message.missingPartCount
            lines.append("  missing: " + runs.joined(separator: ", ") + (count > 1 ? " (\(count) parts)" : ""))
        }
        if !message.issues.isEmpty {
            lines.append("  issues:")
            for issue in message.issues { lines.append("    - " + issue.description) }
        }
        return lines
    }

    /// Why a concatenation element cannot be used (TS 23.040 9.2.3.24.1 and 9.2.3.24.8), or
    /// `nil` when it can or the element is not one: data of the wrong length, a total of 0, a
    /// sequence number of 0 or above the total.
    static func concatenationProblem(of element: UserDataHeader.InformationElement) -> String? {
        let expected: Int
        let bits: Int
        switch element.identifier {
        case .concatenation8BitReference: (expected, bits) = (3, 8)
        case .concatenation16BitReference: (expected, bits) = (4, 16)
        default: return nil
        }
        guard let concatenation = Concatenation(parsing: element) else {
            return "\(bits == 8 ? "an" : "a") \(bits)-bit concatenation element has \(expected) octets of data, not \(element.data.count)"
        }
        if concatenation.total == 0 { return "the total is 0" }
        if concatenation.sequence == 0 { return "the sequence number is 0" }
        if concatenation.sequence > concatenation.total {
            return "sequence number \(concatenation.sequence) is above the total \(concatenation.total)"
        }
        return nil
    }

    /// What a known element says, e.g. `reference 73 (8-bit), part 1 of 5`.
    static func meaning(of element: UserDataHeader.InformationElement) -> String? {
        let data = element.data
        if let problem = concatenationProblem(of: element) {
            let parsed = Concatenation(parsing: element).map { $0.description + "; " } ?? ""
            return parsed + "unusable: \(problem) (TS 23.040 9.2.3.24.1)"
        }
        if let concatenation = Concatenation(parsing: element) {
            return concatenation.description
        }
        switch element.identifier {
        case .applicationPort8Bit where data.count == 2:
            return "destination port \(data[0]), origin port \(data[1])"
        case .applicationPort16Bit where data.count == 4:
            return "destination port \(Int(data[0]) << 8 | Int(data[1])), origin port \(Int(data[2]) << 8 | Int(data[3]))"
        case .nationalLanguageSingleShift where data.count == 1, .nationalLanguageLockingShift where data.count == 1:
            return "language \(data[0])"
        default:
            return nil
        }
    }
}
