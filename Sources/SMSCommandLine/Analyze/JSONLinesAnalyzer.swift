import SMSCore

/// `sms analyze --jsonl`: one JSON object in, one JSON object out, line by line.
///
/// Each input line is an object with a string `text` and, optionally, `id`, `split`,
/// `maxParts`, `reference`, `referenceBits`, `encoding` and `allNonGSM`. Those option values
/// win over the command's flags (`reference: null` asks for a generated reference); other
/// members are ignored, whatever they hold. The answer is the ``AnalyzeReport/json`` object
/// with `id` first, echoed as the same JSON value (`null` when the line has none).
///
/// ```swift
/// JSONLinesAnalyzer.process(line: #"{"id": 7, "text": "Hi", "encoding": "ucs2"}"#, defaults: AnalyzeSettings())
/// // {"id":7,"encoding":"UCS-2","unitName":"UTF-16 units","units":2,…}
/// JSONLinesAnalyzer.process(line: #"{"id": "a", "maxParts": 2.5, "text": "Hi"}"#, defaults: AnalyzeSettings())
/// // {"id":"a","error":{"code":"invalidInput","message":"\"maxParts\" must be a whole number between 1 and 255, not 2.5","offset":null}}
/// ```
///
/// Every line is answered with its `id` when the `id` itself could be read, even when the rest
/// of the line is wrong: `{"id": …, "error": {"code", "message", "offset"}}`
/// (``CommandError``), the message naming the member at fault and starting with `line N: ` when
/// the line number is known. Codes: `invalidUTF8` and `invalidJSON` (offset: the byte of the
/// line), `invalidInput` (a member that cannot be used; offset `null`), `nestingTooDeep` (an
/// `id` nested deeper than ``JSONValue/maxDepth``) and `lineTooLong` (a line longer than
/// ``JSONRequest/maxLineLength``). A text that needs more parts than allowed gives the report
/// with its `tooManyParts` error (its message also starts with `line N: `). Blank lines give
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

    /// The answer to one line: a report or an error, with the line's `id`.
    enum Answer {
        /// The line's text, analysed.
        case report(id: JSONValue, AnalyzeReport)
        /// Why the line could not be analysed.
        case error(id: JSONValue, CommandError)

        /// The answer as one JSON value, `id` first.
        var json: JSONValue {
            switch self {
            case .report(let id, let report):
                guard case .object(let members) = report.json else { return ["id": id] }
                return .object([("id", id)] + members)
            case .error(let id, let error):
                return ["id": id, "error": error.json]
            }
        }

        /// Writes the answer as one line of JSON (a line break after it), a piece at a time:
        /// an answer that lists every character that forced UCS-2 is never held whole.
        func write(to sink: (String) -> Void) {
            switch self {
            case .report(let id, let report):
                report.writeJSON(pretty: false, leading: [("id", id)], to: sink)
            case .error:
                sink(json.serialized() + "\n")
            }
        }
    }

    /// The answer to a line as ``ByteStream`` reads it, or `nil` for a blank line: a line too
    /// long to keep is answered with a `lineTooLong` error.
    static func answer(
        for line: ByteStream.Line, defaults: AnalyzeSettings, using generator: inout some RandomNumberGenerator
    ) -> Answer? {
        if line.isTooLong {
            let error = InvalidInputError(JSONRequest.LineTooLongError(byteCount: line.byteCount), prefix: "line \(line.number): ")
            return .error(id: .null, CommandError(error))
        }
        return answer(for: line.bytes, defaults: defaults, lineNumber: line.number, using: &generator)
    }

    /// As ``answer(for:defaults:using:)-(ByteStream.Line,_,_)``, as one JSON value.
    static func result(
        for line: ByteStream.Line, defaults: AnalyzeSettings, using generator: inout some RandomNumberGenerator
    ) -> JSONValue? {
        answer(for: line, defaults: defaults, using: &generator)?.json
    }

    /// The answer to one input line as one JSON value, or `nil` for a blank line.
    static func result(
        for line: [UInt8],
        defaults: AnalyzeSettings,
        lineNumber: Int? = nil,
        using generator: inout some RandomNumberGenerator
    ) -> JSONValue? {
        answer(for: line, defaults: defaults, lineNumber: lineNumber, using: &generator)?.json
    }

    /// The answer to one input line, or `nil` for a blank line; generated references are drawn
    /// from `generator`.
    static func answer(
        for line: [UInt8],
        defaults: AnalyzeSettings,
        lineNumber: Int? = nil,
        using generator: inout some RandomNumberGenerator
    ) -> Answer? {
        if StandardInput.isBlank(line) { return nil }
        var bytes = line[...]
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }

        var id = JSONValue.null
        do throws(InvalidInputError) {
            let request: JSONRequest
            do {
                request = try JSONRequest(parsing: bytes, keeping: memberNames)
            } catch {
                id = error.readMember("id") ?? .null
                throw InvalidInputError(error)
            }
            id = request["id"] ?? .null
            let (text, settings) = try Self.request(request, defaults: defaults)
            var report = AnalyzeReport(
                analyzing: text, options: try settings.segmentationOptions(), maxNonGSMListed: settings.maxNonGSMListed,
                using: &generator)
            report.errorPrefix = lineNumber.map { "line \($0): " } ?? ""
            return .report(id: id, report)
        } catch {
            let prefix = lineNumber.map { "line \($0): " } ?? ""
            return .error(id: id, CommandError(InvalidInputError(error, prefix: prefix)))
        }
    }

    /// The members a line may carry; others are ignored.
    static let memberNames: Set<String> = [
        "id", "text", "split", "maxParts", "reference", "referenceBits", "encoding", "allNonGSM", "languages",
        "lockingShiftLanguages", "singleShiftLanguages",
    ]

    /// The text and the settings of one request: the defaults, overridden by the line's values,
    /// each checked on its own so that an error names its member.
    private static func request(
        _ request: JSONRequest,
        defaults: AnalyzeSettings
    ) throws(InvalidInputError) -> (String, AnalyzeSettings) {
        guard let text = try request.string("text") else {
            throw InvalidInputError(#"the line has no "text""#)
        }
        var settings = defaults
        let splits = AnalyzeSettings.names(of: SegmentationOptions.SplitPolicy.self)
        if let split = try request.choice("split", expected: splits, SegmentationOptions.SplitPolicy.init(rawValue:)) {
            settings.split = split
        }
        let preferences = AnalyzeSettings.names(of: SegmentationOptions.EncodingPreference.self)
        if let preference = try request.choice("encoding", expected: preferences, SegmentationOptions.EncodingPreference.init(rawValue:)) {
            settings.encodingPreference = preference
        }
        if let maxParts = try request.integer("maxParts", expected: "a whole number between 1 and 255", isAllowed: { (1...255).contains($0) }) {
            settings.maxParts = maxParts
        }
        if let bits = try request.integer("referenceBits", expected: "8 or 16", isAllowed: { $0 == 8 || $0 == 16 }) {
            settings.referenceBits = bits
        }
        if let reference = request["reference"] {
            let largest = settings.referenceBits == 16 ? 65535 : 255
            settings.reference = try request.integer(
                "reference", expected: "null or a whole number between 0 and \(largest) (\(settings.referenceBits)-bit references)",
                isAllowed: { (0...largest).contains($0) })
            if reference.isNull { settings.reference = nil }
        } else if let reference = settings.reference, settings.referenceBits == 8, reference > 255 {
            // The flags' 16-bit reference does not fit the line's 8-bit size.
            throw InvalidInputError(#""referenceBits" 8 does not hold the reference \#(reference) given with --reference; give "reference" too"#)
        }
        if let all = try request.bool("allNonGSM") { settings.allNonGSM = all }
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
    private static func strings(_ request: JSONRequest, _ key: String) throws(InvalidInputError) -> [String]? {
        guard let value = request[key], !value.isNull else { return nil }
        guard case .array(let elements) = value, let strings = Optional(elements.compactMap(\.stringValue)),
            strings.count == elements.count
        else {
            throw InvalidInputError(#""\#(key)" must be an array of language codes such as ["tr", "pt"], not \#(JSONRequest.shown(value))"#)
        }
        return strings
    }
}
