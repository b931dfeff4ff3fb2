#if Clickatell
/// The line grammar of the reference's section 4.
enum LineParser {
    static func parse(_ raw: String) -> ClickatellResponseLine {
        let line = trim(Substring(raw))
        if let rest = dropPrefix("ERR:", of: line) {
            return .error(errorLine(trim(rest)))
        }
        if let rest = dropPrefix("OK", of: line) {
            if rest.isEmpty { return .ok(payload: nil) }
            if rest.first == ":" { return .ok(payload: String(trim(rest.dropFirst()))) }
            return .unrecognized(String(line))
        }
        return keyValueLine(line) ?? .unrecognized(String(line))
    }

    // MARK: ERR

    private static func errorLine(_ body: Substring) -> ClickatellErrorLine {
        var text = body
        var to: String?
        if let (before, digits) = trailingTo(text) {
            text = trim(before)
            to = digits
        }
        let digits = text.prefix { isDigit($0) }
        if !digits.isEmpty {
            let after = trim(text.dropFirst(digits.count))
            if after.isEmpty {
                return ClickatellErrorLine(code: ClickatellErrorCode(rawValue: String(digits)), message: "", to: to)
            }
            if after.first == "," {
                return ClickatellErrorLine(
                    code: ClickatellErrorCode(rawValue: String(digits)), message: String(trim(after.dropFirst())), to: to)
            }
        }
        return ClickatellErrorLine(code: nil, message: String(text), to: to)
    }

    /// A final `To: <digits>` (digits possibly absent) preceded by white space or nothing.
    private static func trailingTo(_ text: Substring) -> (before: Substring, digits: String)? {
        var searchEnd = text.endIndex
        while let range = lastRange(of: "to:", in: text[..<searchEnd]) {
            let after = trim(text[range.upperBound...])
            let atBoundary = range.lowerBound == text.startIndex || isSpace(text[text.index(before: range.lowerBound)])
            if atBoundary && after.allSatisfy(isDigit) {
                return (text[..<range.lowerBound], String(after))
            }
            searchEnd = range.lowerBound
        }
        return nil
    }

    // MARK: key: value

    private static func keyValueLine(_ line: Substring) -> ClickatellResponseLine? {
        let tokens = line.split(whereSeparator: isSpace)
        var pairs: [String: String] = [:]
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            guard let key = key(of: token) else { return nil }
            let inline = token.dropFirst(key.count + 1)
            var value = String(inline)
            index += 1
            if inline.isEmpty, index < tokens.count, self.key(of: tokens[index]) == nil {
                value = String(tokens[index])
                index += 1
            }
            let name = key.lowercased()
            if pairs[name] == nil { pairs[name] = value }
        }
        if let credit = pairs["credit"] {
            return isDecimal(credit) ? .credit(credit) : nil
        }
        let id = pairs["apimsgid"] ?? pairs["id"]
        if let charge = pairs["charge"] {
            guard let id, !id.isEmpty, isDecimal(charge), let status = pairs["status"], !status.isEmpty else { return nil }
            return .charge(ClickatellChargeLine(
                apiMessageID: id, charge: charge, status: ClickatellMessageStatus(rawValue: status),
                clientMessageID: pairs["climsgid"]))
        }
        if let id, !id.isEmpty {
            let status = pairs["status"].flatMap { $0.isEmpty ? nil : ClickatellMessageStatus(rawValue: $0) }
            return .id(ClickatellIDLine(id: id, status: status, to: pairs["to"]))
        }
        return nil
    }

    /// The key of a `key:` or `key:value` token: letters and underscores before the first colon.
    private static func key(of token: Substring) -> Substring? {
        guard let colon = token.firstIndex(of: ":") else { return nil }
        let key = token[..<colon]
        guard !key.isEmpty, key.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "_") }) else { return nil }
        return key
    }

    // MARK: Characters

    static func isSpace(_ character: Character) -> Bool { character == " " || character == "\t" }

    static func isDigit(_ character: Character) -> Bool { character.isASCII && character.isWholeNumber }

    /// Removes spaces, tabs and stray carriage returns (and NULs) around the text.
    static func trim(_ text: Substring) -> Substring {
        let isPadding: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\0" || $0 == "\r\n" }
        guard let start = text.firstIndex(where: { !isPadding($0) }) else { return text[text.endIndex...] }
        guard let last = text.lastIndex(where: { !isPadding($0) }) else { return text[text.endIndex...] }
        return text[start...last]
    }

    /// `-?digit+(.digit*)?`, the grammar's decimal.
    static func isDecimal(_ text: String) -> Bool {
        var rest = Substring(text)
        if rest.first == "-" { rest = rest.dropFirst() }
        let whole = rest.prefix(while: isDigit)
        guard !whole.isEmpty else { return false }
        rest = rest.dropFirst(whole.count)
        if rest.isEmpty { return true }
        guard rest.first == "." else { return false }
        return rest.dropFirst().allSatisfy(isDigit)
    }

    private static func dropPrefix(_ prefix: String, of text: Substring) -> Substring? {
        guard text.count >= prefix.count else { return nil }
        let head = text.prefix(prefix.count)
        guard head.lowercased() == prefix.lowercased() else { return nil }
        return text.dropFirst(prefix.count)
    }

    static func lastRange(of needle: String, in text: Substring) -> Range<Substring.Index>? {
        let pattern = Array(needle)
        var index = text.endIndex
        while index > text.startIndex {
            index = text.index(before: index)
            var probe = index
            var matched = true
            for expected in pattern {
                guard probe < text.endIndex, text[probe].lowercased() == String(expected) else {
                    matched = false
                    break
                }
                probe = text.index(after: probe)
            }
            if matched { return index..<probe }
        }
        return nil
    }
}
#endif
