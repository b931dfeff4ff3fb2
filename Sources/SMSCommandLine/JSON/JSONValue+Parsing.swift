import SMSCore

/// Why text could not be read as a ``JSONValue``: code ``CommandErrorCode/invalidJSON`` (not
/// JSON), ``CommandErrorCode/invalidUTF8`` (not UTF-8), ``CommandErrorCode/nestingTooDeep``
/// (a kept value nested deeper than ``JSONValue/maxDepth``) or
/// ``CommandErrorCode/invalidInput`` (JSON, but not the object that was asked for), with the
/// byte offset where the text went wrong.
struct JSONParseError: SMSError {
    /// What went wrong.
    let code: CommandErrorCode
    /// A sentence for people, e.g. `expected ':' after the member name at byte 5`.
    let description: String
    /// The offset in bytes from the start of the text; never `nil`.
    let offset: Int?
    /// The members of the top-level object that were kept and read in full before the error,
    /// so that a caller can still answer with an `id` that came before it.
    let readMembers: [(String, JSONValue)]

    /// The value of the kept member `key` read before the error, if it was (the last one when
    /// it repeats).
    func readMember(_ key: String) -> JSONValue? {
        readMembers.last { $0.0 == key }?.1
    }
}

extension JSONParseError: Hashable {
    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.code == rhs.code && lhs.description == rhs.description && lhs.offset == rhs.offset
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(description)
        hasher.combine(offset)
    }
}

extension JSONValue {
    /// The deepest nesting of arrays and objects in a value that is kept (built as a
    /// ``JSONValue``); members that are skipped may be nested to any depth.
    static let maxDepth = 64

    /// Parses JSON text (RFC 8259) without Foundation.
    ///
    /// Any JSON value is accepted at the top level. When the text is an object and `keys` is
    /// given, only those members are built; every other member is checked for syntax and
    /// skipped, whatever it holds: a number of any size, a string with any escapes, nesting of
    /// any depth (an explicit stack, one byte per level, so the cost is linear in the text).
    /// A key that repeats keeps its last value; members keep their order.
    ///
    /// Numbers that are integers within `Int` (`-?(0|[1-9][0-9]*)`) become ``number(_:)``;
    /// any other number (`2.5`, `1e999`, `99999999999999999999`) keeps its text as
    /// ``numberText(_:)``, so it can be echoed exactly and its reader can say what is wrong
    /// with it.
    ///
    /// ```swift
    /// try JSONValue.parse(Array(#"{"id": 7, "text": "Hi", "extra": [[[1e999]]]}"#.utf8), keepingMembers: ["id", "text"])
    /// // ["id": 7, "text": "Hi"]
    /// ```
    ///
    /// - Parameters:
    ///   - bytes: UTF-8 JSON text.
    ///   - keys: The members to keep of the object the text must be; `nil` accepts any value
    ///     and keeps every member.
    /// - Returns: The value.
    /// - Throws: ``JSONParseError`` with the byte offset: the text is not valid UTF-8, not JSON
    ///   (including a kept string with a lone surrogate escape such as `"\ud800"`), or a kept
    ///   value is nested deeper than ``maxDepth``. Members kept before the error are in
    ///   ``JSONParseError/readMembers``.
    /// - Complexity: O(n) time in the text; memory O(n) for the kept values plus one byte per
    ///   level of nesting of a skipped value.
    static func parse(
        _ bytes: some Collection<UInt8>,
        keepingMembers keys: Set<String>? = nil
    ) throws(JSONParseError) -> JSONValue {
        let text = Array(bytes)
        do {
            _ = try UTF8Input.decode(text)
        } catch {
            throw JSONParseError(code: .invalidUTF8, description: error.description, offset: error.byteOffset, readMembers: [])
        }
        var parser = JSONParser(bytes: text)
        return try parser.parseDocument(keepingMembers: keys)
    }
}

/// A recursive-descent JSON parser over UTF-8 that has already been validated.
private struct JSONParser {
    let bytes: [UInt8]
    var position = 0
    /// Members kept so far at the top level, for errors.
    var readMembers: [(String, JSONValue)] = []

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    // MARK: Errors

    func error(_ message: String, at offset: Int? = nil, code: CommandErrorCode = .invalidJSON) -> JSONParseError {
        let offset = offset ?? position
        return JSONParseError(code: code, description: "\(message) at byte \(offset)", offset: offset, readMembers: readMembers)
    }

    /// What is at the current position, for messages: `'x'` or `the end of the line`.
    var found: String {
        guard position < bytes.count else { return "the end of the text" }
        let byte = bytes[position]
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x" + String(byte, radix: 16, uppercase: true)
    }

    // MARK: Document

    mutating func parseDocument(keepingMembers keys: Set<String>?) throws(JSONParseError) -> JSONValue {
        skipWhitespace()
        let value: JSONValue
        if let keys {
            guard peek == UInt8(ascii: "{") else {
                // Valid JSON of another kind is the wrong input; anything else is not JSON.
                let start = position
                try skipValue()
                skipWhitespace()
                if position < bytes.count { throw error("unexpected \(found) after the JSON value") }
                throw error("expected a JSON object, found \(Self.kind(of: bytes[start]))", at: start, code: .invalidInput)
            }
            value = try parseTopLevelObject(keeping: keys)
        } else {
            value = try parseValue(depth: 0)
        }
        skipWhitespace()
        if position < bytes.count {
            throw error("unexpected \(found) after the JSON value")
        }
        return value
    }

    /// What a JSON value that starts with `byte` is, for messages.
    static func kind(of byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "["): "an array"
        case UInt8(ascii: "\""): "a string"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): "a Boolean"
        case UInt8(ascii: "n"): "null"
        default: "a number"
        }
    }

    /// The top-level object: kept members are built, the others skipped.
    mutating func parseTopLevelObject(keeping keys: Set<String>) throws(JSONParseError) -> JSONValue {
        position += 1  // {
        skipWhitespace()
        if peek == UInt8(ascii: "}") {
            position += 1
            return .object([])
        }
        while true {
            skipWhitespace()
            guard peek == UInt8(ascii: "\"") else { throw error("expected a member name in quotes, found \(found),") }
            // A name with a lone surrogate escape cannot be a known member: it is skipped too.
            let key = try parseString(strict: false)
            skipWhitespace()
            guard peek == UInt8(ascii: ":") else { throw error("expected ':' after a member name, found \(found),") }
            position += 1
            skipWhitespace()
            if keys.contains(key) {
                let value: JSONValue
                do {
                    value = try parseValue(depth: 1)
                } catch {
                    throw JSONParseError(
                        code: error.code, description: "\"\(key)\": \(error.description)", offset: error.offset,
                        readMembers: readMembers)
                }
                readMembers.removeAll { $0.0 == key }
                readMembers.append((key, value))
            } else {
                try skipValue()
            }
            skipWhitespace()
            switch peek ?? 0 {
            case UInt8(ascii: ","):
                position += 1
            case UInt8(ascii: "}"):
                position += 1
                return .object(readMembers)
            default:
                throw error("expected ',' or '}' after a member, found \(found),")
            }
        }
    }

    // MARK: Values that are kept

    mutating func parseValue(depth: Int) throws(JSONParseError) -> JSONValue {
        skipWhitespace()
        switch peek ?? 0 {
        case UInt8(ascii: "{"):
            guard depth < JSONValue.maxDepth else {
                throw error("nested deeper than \(JSONValue.maxDepth) levels (the limit)", code: .nestingTooDeep)
            }
            position += 1
            var members: [(String, JSONValue)] = []
            skipWhitespace()
            if peek == UInt8(ascii: "}") {
                position += 1
                return .object(members)
            }
            while true {
                skipWhitespace()
                guard peek == UInt8(ascii: "\"") else { throw error("expected a member name in quotes, found \(found),") }
                let key = try parseString(strict: true)
                skipWhitespace()
                guard peek == UInt8(ascii: ":") else { throw error("expected ':' after a member name, found \(found),") }
                position += 1
                let value = try parseValue(depth: depth + 1)
                members.removeAll { $0.0 == key }
                members.append((key, value))
                skipWhitespace()
                switch peek ?? 0 {
                case UInt8(ascii: ","): position += 1
                case UInt8(ascii: "}"):
                    position += 1
                    return .object(members)
                default: throw error("expected ',' or '}' in an object, found \(found),")
                }
            }
        case UInt8(ascii: "["):
            guard depth < JSONValue.maxDepth else {
                throw error("nested deeper than \(JSONValue.maxDepth) levels (the limit)", code: .nestingTooDeep)
            }
            position += 1
            var elements: [JSONValue] = []
            skipWhitespace()
            if peek == UInt8(ascii: "]") {
                position += 1
                return .array(elements)
            }
            while true {
                elements.append(try parseValue(depth: depth + 1))
                skipWhitespace()
                switch peek ?? 0 {
                case UInt8(ascii: ","): position += 1
                case UInt8(ascii: "]"):
                    position += 1
                    return .array(elements)
                default: throw error("expected ',' or ']' in an array, found \(found),")
                }
            }
        case UInt8(ascii: "\""):
            return .string(try parseString(strict: true))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let start = position
            try skipNumber()
            let text = String(decoding: bytes[start..<position], as: UTF8.self)
            let isInteger = !bytes[start..<position].contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
            if isInteger, let integer = Int(text) { return .number(integer) }
            return .numberText(text)
        case UInt8(ascii: "t"):
            try skipLiteral("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try skipLiteral("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try skipLiteral("null")
            return .null
        default:
            throw error("expected a JSON value, found \(found),")
        }
    }

    /// A string at the current position (which holds its opening quote), escapes decoded.
    ///
    /// - Parameter strict: Whether a lone surrogate escape is an error; when it is not, the
    ///   string is only checked and its value is not needed.
    mutating func parseString(strict: Bool) throws(JSONParseError) -> String {
        let start = position
        position += 1  // "
        var result: [UInt8] = []
        while true {
            // Copy the run up to the next quote, backslash or control character at once.
            let runStart = position
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
                position += 1
            }
            result.append(contentsOf: bytes[runStart..<position])
            guard position < bytes.count else { throw error("unterminated string", at: start) }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return String(decoding: result, as: UTF8.self)
            }
            if byte < 0x20 {
                throw error("control character 0x\(String(byte, radix: 16, uppercase: true)) in a string (escape it)")
            }
            // A backslash.
            let escapeStart = position
            position += 1
            guard position < bytes.count else { throw error("unterminated string", at: start) }
            let escaped = bytes[position]
            position += 1
            switch escaped {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): result.append(escaped)
            case UInt8(ascii: "b"): result.append(0x08)
            case UInt8(ascii: "f"): result.append(0x0C)
            case UInt8(ascii: "n"): result.append(0x0A)
            case UInt8(ascii: "r"): result.append(0x0D)
            case UInt8(ascii: "t"): result.append(0x09)
            case UInt8(ascii: "u"):
                let unit = try hexUnit(at: escapeStart)
                var scalar: Unicode.Scalar?
                if unit & 0xFC00 == 0xD800, position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                    bytes[position + 1] == UInt8(ascii: "u")
                {
                    let save = position
                    position += 2
                    let low = try hexUnit(at: save)
                    if low & 0xFC00 == 0xDC00 {
                        scalar = Unicode.Scalar(0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00))
                    } else {
                        position = save
                    }
                } else {
                    scalar = Unicode.Scalar(UInt32(unit))
                }
                guard let scalar else {
                    if strict {
                        throw error(
                            "\"\\u\(String(unit, radix: 16))\" is a lone surrogate, which is not Unicode text",
                            at: escapeStart)
                    }
                    continue
                }
                UTF8.encode(scalar) { result.append($0) }
            default:
                throw error("invalid escape \\\(Character(Unicode.Scalar(escaped))) in a string", at: escapeStart)
            }
        }
    }

    /// The four hex digits after `\u` (the position is just after the `u`).
    mutating func hexUnit(at escapeStart: Int) throws(JSONParseError) -> UInt16 {
        guard position + 4 <= bytes.count else { throw error("\\u needs four hex digits", at: escapeStart) }
        var unit: UInt16 = 0
        for byte in bytes[position..<position + 4] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error("\\u needs four hex digits", at: escapeStart)
            }
            unit = unit << 4 | UInt16(digit)
        }
        position += 4
        return unit
    }

    // MARK: Values that are skipped

    /// Checks and skips one value of any depth without building it, with an explicit stack.
    mutating func skipValue() throws(JSONParseError) {
        // One entry per open container: true for an object, false for an array.
        var stack: [Bool] = []
        value: while true {
            skipWhitespace()
            switch peek ?? 0 {
            case UInt8(ascii: "{"):
                position += 1
                skipWhitespace()
                if peek == UInt8(ascii: "}") {
                    position += 1
                } else {
                    stack.append(true)
                    try skipMemberName()
                    continue value
                }
            case UInt8(ascii: "["):
                position += 1
                skipWhitespace()
                if peek == UInt8(ascii: "]") {
                    position += 1
                } else {
                    stack.append(false)
                    continue value
                }
            case UInt8(ascii: "\""): _ = try parseString(strict: false)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try skipNumber()
            case UInt8(ascii: "t"): try skipLiteral("true")
            case UInt8(ascii: "f"): try skipLiteral("false")
            case UInt8(ascii: "n"): try skipLiteral("null")
            default: throw error("expected a JSON value, found \(found),")
            }
            // After a value: close containers, or go on to the next element or member.
            while let isObject = stack.last {
                skipWhitespace()
                switch peek ?? 0 {
                case UInt8(ascii: ","):
                    position += 1
                    if isObject { try skipMemberName() }
                    continue value
                case UInt8(ascii: "}") where isObject, UInt8(ascii: "]") where !isObject:
                    position += 1
                    stack.removeLast()
                default:
                    throw error("expected ',' or '\(isObject ? "}" : "]")', found \(found),")
                }
            }
            return
        }
    }

    /// Skips `"name" :` inside a skipped object.
    mutating func skipMemberName() throws(JSONParseError) {
        skipWhitespace()
        guard peek == UInt8(ascii: "\"") else { throw error("expected a member name in quotes, found \(found),") }
        _ = try parseString(strict: false)
        skipWhitespace()
        guard peek == UInt8(ascii: ":") else { throw error("expected ':' after a member name, found \(found),") }
        position += 1
    }

    /// Skips a number: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    mutating func skipNumber() throws(JSONParseError) {
        let start = position
        if peek == UInt8(ascii: "-") { position += 1 }
        if peek == UInt8(ascii: "0") {
            position += 1
        } else if skipDigits() == 0 {
            throw error("a number needs digits", at: start)
        }
        if peek == UInt8(ascii: ".") {
            position += 1
            if skipDigits() == 0 { throw error("a number needs digits after '.'", at: start) }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            position += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { position += 1 }
            if skipDigits() == 0 { throw error("a number needs digits in its exponent", at: start) }
        }
    }

    /// Skips ASCII digits; returns how many.
    mutating func skipDigits() -> Int {
        let start = position
        while position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") {
            position += 1
        }
        return position - start
    }

    mutating func skipLiteral(_ literal: StaticString) throws(JSONParseError) {
        let count = literal.utf8CodeUnitCount
        let matches = literal.withUTF8Buffer { expected in
            position + count <= bytes.count && bytes[position..<position + count].elementsEqual(expected)
        }
        guard matches else { throw error("expected a JSON value, found \(found),") }
        position += count
    }

    // MARK: Bytes

    var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }
}
