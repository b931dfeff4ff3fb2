/// Writes a ``JSONValue`` as UTF-8 JSON text (RFC 8259), byte for byte the same on every run.
///
/// Object members come out in their stored order. In strings, `"` and `\` are escaped, and so is
/// every control character below U+0020: `\b`, `\t`, `\n`, `\f` and `\r` in their short forms,
/// the rest as `\u00XX` (lower-case hex, as Python's `json` writes them). U+2028 and U+2029 are
/// escaped too (`\u2028`, `\u2029`, as Go's encoding/json does): they are valid in JSON, but
/// JavaScript before ES2019 and line splitters such as Python's `str.splitlines` take them for
/// line breaks. Everything else, non-ASCII included, is written as UTF-8.
///
/// ```swift
/// let value: JSONValue = ["text": "a\"b\n\u{1B}", "parts": [1, 2]]
/// JSONWriter.compact.write(value)   // {"text":"a\"b\n\u001b","parts":[1,2]}
/// JSONWriter.pretty.write(value)
/// // {
/// //   "text": "a\"b\n\u001b",
/// //   "parts": [1, 2]
/// // }
/// ```
struct JSONWriter: Sendable {
    /// Whether to write one value per line with two-space indentation. Arrays that hold no
    /// arrays or objects stay on one line, so `[0, 153]` reads as a range.
    var pretty: Bool

    /// One line, no spaces: the form for JSON Lines.
    static let compact = JSONWriter(pretty: false)
    /// Indented, for people.
    static let pretty = JSONWriter(pretty: true)

    /// The JSON text of `value`, with no trailing line break.
    ///
    /// - Complexity: O(n) in the size of the output.
    func write(_ value: JSONValue) -> String {
        var bytes: [UInt8] = []
        write(value, depth: 0, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A member of an object written piece by piece: a value, or an array whose elements are
    /// produced one at a time.
    enum StreamedMember {
        /// A value written whole.
        case value(JSONValue)
        /// An array of objects or arrays, each built only when it is written. (Pretty output
        /// puts each element on its own line, as ``JSONWriter`` does for such arrays.)
        case elements(AnySequence<JSONValue>)

        /// The member as one value, for callers that want it whole.
        var value: JSONValue {
            switch self {
            case .value(let value): value
            case .elements(let elements): .array(Array(elements))
            }
        }
    }

    /// Writes an object member by member, building and writing the elements of
    /// ``StreamedMember/elements(_:)`` one at a time, so that a large report never exists
    /// whole as a ``JSONValue`` or as text. The output is the same as ``write(_:)`` of the
    /// whole object followed by a line break, handed to `sink` in pieces of about 64 KiB.
    ///
    /// - Parameters:
    ///   - members: The members, in order.
    ///   - sink: Receives the text, in order.
    /// - Complexity: O(n) in the size of the output; memory O(1) beyond one element or value.
    func writeObject(streaming members: [(String, StreamedMember)], to sink: (String) -> Void) {
        var bytes: [UInt8] = [UInt8(ascii: "{")]
        func flush(force: Bool) {
            guard force || bytes.count >= 64 * 1024 else { return }
            sink(String(decoding: bytes, as: UTF8.self))
            bytes.removeAll(keepingCapacity: true)
        }
        for (memberIndex, (name, member)) in members.enumerated() {
            if memberIndex > 0 { bytes.append(UInt8(ascii: ",")) }
            if pretty { newline(depth: 1, to: &bytes) }
            Self.writeString(name, to: &bytes)
            bytes.append(UInt8(ascii: ":"))
            if pretty { bytes.append(UInt8(ascii: " ")) }
            switch member {
            case .value(let value):
                write(value, depth: 1, to: &bytes)
            case .elements(let elements):
                bytes.append(UInt8(ascii: "["))
                var count = 0
                for element in elements {
                    if count > 0 { bytes.append(UInt8(ascii: ",")) }
                    if pretty { newline(depth: 2, to: &bytes) }
                    write(element, depth: 2, to: &bytes)
                    count += 1
                    flush(force: false)
                }
                if pretty && count > 0 { newline(depth: 1, to: &bytes) }
                bytes.append(UInt8(ascii: "]"))
            }
            flush(force: false)
        }
        if pretty && !members.isEmpty { newline(depth: 0, to: &bytes) }
        bytes.append(contentsOf: "}\n".utf8)
        flush(force: true)
    }

    private func write(_ value: JSONValue, depth: Int, to bytes: inout [UInt8]) {
        switch value {
        case .null: bytes.append(contentsOf: "null".utf8)
        case .bool(let flag): bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let number): bytes.append(contentsOf: String(number).utf8)
        case .numberText(let text): bytes.append(contentsOf: text.utf8)
        case .string(let string): Self.writeString(string, to: &bytes)
        case .array(let elements):
            let inline = !pretty || elements.allSatisfy { $0.arrayValue == nil && $0.objectMembers == nil }
            writeContainer(elements, open: UInt8(ascii: "["), close: UInt8(ascii: "]"), inline: inline, depth: depth,
                           to: &bytes) { element, bytes in
                write(element, depth: depth + 1, to: &bytes)
            }
        case .object(let members):
            writeContainer(members, open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), inline: !pretty, depth: depth,
                           to: &bytes) { member, bytes in
                Self.writeString(member.0, to: &bytes)
                bytes.append(UInt8(ascii: ":"))
                if pretty { bytes.append(UInt8(ascii: " ")) }
                write(member.1, depth: depth + 1, to: &bytes)
            }
        }
    }

    private func writeContainer<Element>(
        _ elements: [Element],
        open: UInt8,
        close: UInt8,
        inline: Bool,
        depth: Int,
        to bytes: inout [UInt8],
        writeElement: (Element, inout [UInt8]) -> Void
    ) {
        bytes.append(open)
        for (index, element) in elements.enumerated() {
            if index > 0 {
                bytes.append(UInt8(ascii: ","))
                if pretty && inline { bytes.append(UInt8(ascii: " ")) }
            }
            if !inline { newline(depth: depth + 1, to: &bytes) }
            writeElement(element, &bytes)
        }
        if !inline && !elements.isEmpty { newline(depth: depth, to: &bytes) }
        bytes.append(close)
    }

    private func newline(depth: Int, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    /// Appends a quoted, escaped JSON string.
    static func writeString(_ string: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for scalar in string.unicodeScalars {
            switch scalar.value {
            case 0x22: bytes.append(contentsOf: #"\""#.utf8)
            case 0x5C: bytes.append(contentsOf: #"\\"#.utf8)
            case 0x08: bytes.append(contentsOf: #"\b"#.utf8)
            case 0x09: bytes.append(contentsOf: #"\t"#.utf8)
            case 0x0A: bytes.append(contentsOf: #"\n"#.utf8)
            case 0x0C: bytes.append(contentsOf: #"\f"#.utf8)
            case 0x0D: bytes.append(contentsOf: #"\r"#.utf8)
            case 0x00..<0x20, 0x2028, 0x2029:
                let digits = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: #"\u"#.utf8)
                for shift in stride(from: 12, through: 0, by: -4) {
                    bytes.append(digits[Int(scalar.value >> UInt32(shift) & 0xF)])
                }
            default: UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

extension JSONValue {
    /// The value as JSON text: one line by default, indented when `pretty` is true.
    ///
    /// - Complexity: O(n) in the size of the output.
    func serialized(pretty: Bool = false) -> String {
        JSONWriter(pretty: pretty).write(self)
    }
}
