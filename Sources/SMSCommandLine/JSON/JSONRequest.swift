import SMSCore

/// One `--jsonl` request line (`sms analyze --jsonl`, `sms decode --jsonl`): a JSON object whose
/// known members are read with errors that name the member at fault, and whose other members
/// are ignored whatever they hold.
///
/// ```swift
/// let request = try JSONRequest(parsing: Array(#"{"id": 7, "maxParts": 2.5}"#.utf8), keeping: ["id", "maxParts"])
/// request["id"]                                                        // 7
/// try request.integer("maxParts", expected: "a whole number between 1 and 255") { (1...255).contains($0) }
/// // throws: "maxParts" must be a whole number between 1 and 255, not 2.5
/// ```
///
/// The limits that keep a line's cost bounded are ``maxLineLength`` (bytes per line, enforced
/// while reading) and ``JSONValue/maxDepth`` (nesting of a kept value such as `id`); each gives
/// an error that names it.
struct JSONRequest {
    /// The longest line a `--jsonl` mode reads: 16 MiB. A longer line is read to its end but
    /// not kept, and is answered with a ``CommandErrorCode/lineTooLong`` error, so memory stays
    /// bounded whatever the input.
    static let maxLineLength = 16 * 1024 * 1024

    /// A line longer than ``JSONRequest/maxLineLength``; code ``CommandErrorCode/lineTooLong``,
    /// offset the first byte past the limit.
    struct LineTooLongError: SMSError {
        /// The line's length in bytes.
        let byteCount: Int

        /// ``CommandErrorCode/lineTooLong``.
        var code: CommandErrorCode { .lineTooLong }

        /// The first byte past the limit.
        var offset: Int? { JSONRequest.maxLineLength }

        var description: String {
            "the line has \(byteCount) bytes, more than the limit of \(JSONRequest.maxLineLength) bytes a line may have"
        }
    }

    /// The kept members, in order.
    let members: [(String, JSONValue)]

    /// Parses a line as a JSON object, keeping the members named in `keys`.
    ///
    /// - Throws: ``JSONParseError`` (its ``JSONParseError/readMembers`` hold what was read
    ///   before the error, `id` included when it came first).
    /// - Complexity: O(n) in the line.
    init(parsing line: some Collection<UInt8>, keeping keys: Set<String>) throws(JSONParseError) {
        members = try JSONValue.parse(line, keepingMembers: keys).objectMembers ?? []
    }

    /// The value of member `key`, or `nil` when the line has none.
    subscript(key: String) -> JSONValue? {
        members.last { $0.0 == key }?.1
    }

    /// The member's value as JSON text for an error message, cut to 40 characters.
    static func shown(_ value: JSONValue) -> String {
        let text = value.serialized()
        return text.count > 40 ? String(text.prefix(39)) + "…" : text
    }

    /// The string member `key`; `nil` when it is absent or `null`.
    ///
    /// - Throws: ``InvalidInputError`` naming the member when it is not a string.
    func string(_ key: String) throws(InvalidInputError) -> String? {
        guard let value = self[key], !value.isNull else { return nil }
        guard let string = value.stringValue else {
            throw InvalidInputError(#""\#(key)" must be a string, not \#(Self.shown(value))"#)
        }
        return string
    }

    /// The string member `key` turned into a value by `convert`; `nil` when it is absent or
    /// `null`.
    ///
    /// - Throws: ``InvalidInputError`` naming the member and what it must be when it is not a
    ///   string or `convert` refuses it.
    func choice<T>(_ key: String, expected: String, _ convert: (String) -> T?) throws(InvalidInputError) -> T? {
        guard let value = self[key], !value.isNull else { return nil }
        guard let string = value.stringValue, let result = convert(string) else {
            throw InvalidInputError(#""\#(key)" must be \#(expected), not \#(Self.shown(value))"#)
        }
        return result
    }

    /// The Boolean member `key`; `nil` when it is absent or `null`.
    ///
    /// - Throws: ``InvalidInputError`` naming the member when it is not `true` or `false`.
    func bool(_ key: String) throws(InvalidInputError) -> Bool? {
        guard let value = self[key], !value.isNull else { return nil }
        guard case .bool(let flag) = value else {
            throw InvalidInputError(#""\#(key)" must be true or false, not \#(Self.shown(value))"#)
        }
        return flag
    }

    /// The whole-number member `key`; `nil` when it is absent or `null`.
    ///
    /// A number written with a fraction or exponent is accepted when its value is whole
    /// (`1e2`, `3.0`).
    ///
    /// - Parameters:
    ///   - key: The member.
    ///   - expected: What it must be, for the error: `a whole number between 1 and 255`.
    ///   - isAllowed: Whether a whole number is in range.
    /// - Throws: ``InvalidInputError`` naming the member, what it must be and what it is, for
    ///   a value that is not a number, not whole (`2.5`), too large for any integer
    ///   (`99999999999999999999`, `1e999`) or not allowed.
    func integer(_ key: String, expected: String, isAllowed: (Int) -> Bool) throws(InvalidInputError) -> Int? {
        guard let value = self[key], !value.isNull else { return nil }
        let integer: Int?
        switch value {
        case .number(let number):
            integer = number
        case .numberText(let text):
            // Whole values written with a fraction or exponent, within the range where every
            // whole Double is exact (2^53).
            if let double = Double(text), double.rounded() == double, abs(double) <= 9_007_199_254_740_992,
                let whole = Int(exactly: double)
            {
                integer = whole
            } else {
                integer = nil
            }
        default:
            integer = nil
        }
        guard let integer, isAllowed(integer) else {
            throw InvalidInputError(#""\#(key)" must be \#(expected), not \#(Self.shown(value))"#)
        }
        return integer
    }
}
