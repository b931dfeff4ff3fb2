import SMSCore

/// `sms analyze --jsonl`: one JSON object in, one JSON object out, line by line.
///
/// Each input line is an object with a string `text` and, optionally, `id`, `split`,
/// `maxParts`, `reference`, `referenceBits` and `encoding`. Those option values win over the
/// command's flags (`reference: null` asks for a generated reference); other members are
/// ignored. The answer is the ``AnalyzeReport/json`` object with `id` first, echoed as the
/// same JSON value (`null` when the line has none).
///
/// ```swift
/// JSONLinesAnalyzer.process(line: #"{"id": 7, "text": "Hi", "encoding": "ucs2"}"#, defaults: AnalyzeSettings())
/// // {"id":7,"encoding":"UCS-2","unitName":"UTF-16 units","units":2,…}
/// JSONLinesAnalyzer.process(line: #"{"id": "a", "maxParts": 0, "text": "Hi"}"#, defaults: AnalyzeSettings())
/// // {"id":"a","error":{"code":"invalidInput","message":"line 1: the maximum number of parts must be …","offset":null}}
/// ```
///
/// A line that is not valid UTF-8, not a JSON object, has no string `text` or has a bad option
/// value gives `{"id": …, "error": {"code", "message", "offset"}}` (``CommandError``): code
/// `invalidUTF8` (offset: the bad byte in the line), `invalidJSON` or `invalidInput` (offset
/// `null`); the message starts with `line N: ` when the line number is known. A text that needs
/// more parts than allowed gives the report with its `tooManyParts` error. Blank lines give
/// nothing.
enum JSONLinesAnalyzer {
    /// The answer to one input line as a single line of JSON (no line break), or `nil` for a
    /// blank line.
    ///
    /// - Parameters:
    ///   - line: The line's bytes, without its `\n`; a trailing `\r` is ignored.
    ///   - defaults: The options from the command's flags.
    ///   - lineNumber: The line's number, counting from 1, for error messages.
    static func process(line: some Collection<UInt8>, defaults: AnalyzeSettings, lineNumber: Int? = nil) -> String? {
        var generator = SystemRandomNumberGenerator()
        return result(for: Array(line), defaults: defaults, lineNumber: lineNumber, using: &generator)?.serialized()
    }

    /// As ``process(line:defaults:lineNumber:)`` for a line held as a string.
    static func process(line: String, defaults: AnalyzeSettings, lineNumber: Int? = nil) -> String? {
        process(line: Array(line.utf8), defaults: defaults, lineNumber: lineNumber)
    }

    /// The answer to one input line, or `nil` for a blank line; generated references are drawn
    /// from `generator`.
    static func result(
        for line: [UInt8],
        defaults: AnalyzeSettings,
        lineNumber: Int? = nil,
        using generator: inout some RandomNumberGenerator
    ) -> JSONValue? {
        if StandardInput.isBlank(line) { return nil }
        var bytes = line[...]
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }

        var id = JSONValue.null
        do throws(InvalidInputError) {
            let request = try parse(bytes)
            id = request["id"] ?? .null
            let (text, settings) = try Self.request(request, defaults: defaults)
            let report = AnalyzeReport(analyzing: text, options: try settings.segmentationOptions(), using: &generator)
            guard case .object(let members) = report.json else { return nil }
            return .object([("id", id)] + members)
        } catch {
            let prefix = lineNumber.map { "line \($0): " } ?? ""
            return ["id": id, "error": CommandError(InvalidInputError(error, prefix: prefix)).json]
        }
    }

    /// The members a line may carry; others are ignored.
    static let memberNames: Set<String> = [
        "id", "text", "split", "maxParts", "reference", "referenceBits", "encoding", "languages",
        "lockingShiftLanguages", "singleShiftLanguages",
    ]

    /// The line as a JSON object, with only the members in ``memberNames``.
    private static func parse(_ bytes: ArraySlice<UInt8>) throws(InvalidInputError) -> JSONValue {
        do {
            _ = try UTF8Input.decode(Array(bytes))
        } catch {
            throw InvalidInputError(error)
        }
        let value: JSONValue
        do {
            value = try JSONValue.parse(bytes, keepingMembers: memberNames)
        } catch {
            throw InvalidInputError(error)
        }
        guard value.objectMembers != nil else {
            throw InvalidInputError("the line is not a JSON object")
        }
        return value
    }

    /// The text and the settings of one request: the defaults, overridden by the line's values.
    private static func request(
        _ request: JSONValue,
        defaults: AnalyzeSettings
    ) throws(InvalidInputError) -> (String, AnalyzeSettings) {
        guard let textValue = request["text"], !textValue.isNull else {
            throw InvalidInputError(#"the line has no "text""#)
        }
        guard let text = textValue.stringValue else {
            throw InvalidInputError(#""text" must be a string"#)
        }
        var settings = defaults
        if let name = try string(request, "split") {
            settings.split = try AnalyzeSettings.splitPolicy(named: name)
        }
        if let maxParts = try integer(request, "maxParts") { settings.maxParts = maxParts }
        if let reference = request["reference"] {
            settings.reference = reference.isNull ? nil : try integer(request, "reference")
        }
        if let bits = try integer(request, "referenceBits") { settings.referenceBits = bits }
        if let name = try string(request, "encoding") {
            settings.encodingPreference = try AnalyzeSettings.encodingPreference(named: name)
        }
        if let codes = try strings(request, "languages") {
            settings.setLanguages(try AnalyzeSettings.languages(named: codes))
        }
        if let codes = try strings(request, "lockingShiftLanguages") {
            settings.lockingShiftLanguages = try AnalyzeSettings.languages(named: codes, lockingShift: true)
        }
        if let codes = try strings(request, "singleShiftLanguages") {
            settings.singleShiftLanguages = try AnalyzeSettings.languages(named: codes)
        }
        return (text, settings)
    }

    /// The array-of-strings member `key`; `nil` when it is absent or `null`.
    private static func strings(_ request: JSONValue, _ key: String) throws(InvalidInputError) -> [String]? {
        guard let value = request[key], !value.isNull else { return nil }
        guard case .array(let elements) = value, let strings = Optional(elements.compactMap(\.stringValue)),
            strings.count == elements.count
        else { throw InvalidInputError(#""\#(key)" must be an array of language codes such as ["tr", "pt"]"#) }
        return strings
    }

    /// The string member `key`; `nil` when it is absent or `null`.
    private static func string(_ request: JSONValue, _ key: String) throws(InvalidInputError) -> String? {
        guard let value = request[key], !value.isNull else { return nil }
        guard let string = value.stringValue else { throw InvalidInputError(#""\#(key)" must be a string"#) }
        return string
    }

    /// The integer member `key`; `nil` when it is absent or `null`.
    private static func integer(_ request: JSONValue, _ key: String) throws(InvalidInputError) -> Int? {
        guard let value = request[key], !value.isNull else { return nil }
        guard let integer = value.intValue else { throw InvalidInputError(#""\#(key)" must be an integer"#) }
        return integer
    }
}
