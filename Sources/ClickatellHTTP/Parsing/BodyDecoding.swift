#if Clickatell
/// Bytes to text for answers: UTF-8 without a byte order mark, else Latin-1.
enum BodyDecoding {
    static func decode(_ bytes: [UInt8]) -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if isValidUTF8(body) { return String(decoding: body, as: UTF8.self) }
        var scalars = String.UnicodeScalarView()
        for byte in body { scalars.append(Unicode.Scalar(byte)) }
        return String(scalars)
    }

    static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid: continue
            case .error: return false
            case .emptyInput: return true
            }
        }
    }

    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\n" || scalar == "\0"
    }

    /// The value of a top-level-looking member `"name": value` in JSON text, without a JSON
    /// parser: a number or string as written, `nil` when absent or `null`.
    static func jsonMember(_ name: String, in text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        let needle = Array("\"\(name)\"".unicodeScalars)
        guard needle.count <= scalars.count else { return nil }
        var start = 0
        while start + needle.count <= scalars.count {
            if Array(scalars[start..<start + needle.count]) == needle {
                var index = start + needle.count
                while index < scalars.count, isWhitespace(scalars[index]) { index += 1 }
                guard index < scalars.count, scalars[index] == ":" else { start += 1; continue }
                index += 1
                while index < scalars.count, isWhitespace(scalars[index]) { index += 1 }
                guard index < scalars.count else { return nil }
                if scalars[index] == "\"" {
                    var end = index + 1
                    while end < scalars.count, scalars[end] != "\"" { end += 1 }
                    return String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
                }
                var end = index
                while end < scalars.count, scalars[end] == "-" || scalars[end] == "." || ("0"..."9").contains(scalars[end]) {
                    end += 1
                }
                return end > index ? String(String.UnicodeScalarView(scalars[index..<end])) : nil
            }
            start += 1
        }
        return nil
    }
}
#endif
