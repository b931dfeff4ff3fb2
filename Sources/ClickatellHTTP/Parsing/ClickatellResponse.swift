#if Clickatell
/// A Clickatell answer body, parsed whatever it holds.
///
/// Parsing never fails and never traps: the body is decoded as UTF-8 (a byte order mark is
/// dropped) or, when it is not valid UTF-8, as Latin-1; then it is classified. Protocol bodies
/// become ``lines`` (LF or CR LF line ends, blank lines skipped); HTML pages, JSON from
/// Clickatell's newer platform, empty bodies and junk are told apart in ``form-swift.property``
/// so that the caller can say plainly what happened.
///
/// ```swift
/// let response = ClickatellResponse(parsing: Array("ID: 1a To: 447700900123\r\nERR: 114, Cannot route message To: 447700900124\r\n".utf8))
/// response.form     // .lines
/// response.lines    // [.id(…), .error(…)]
///
/// ClickatellResponse(parsing: Array(#"{"messages":[],"errorCode":108}"#.utf8)).form
/// // .newPlatformJSON(errorCode: "108")
/// ```
public struct ClickatellResponse: Hashable, Sendable {
    /// What kind of body it is.
    public enum Form: Hashable, Sendable {
        /// Lines of the protocol's grammar (some may still be ``ClickatellResponseLine/unrecognized(_:)``).
        case lines
        /// No bytes, or only white space.
        case empty
        /// An HTML page (a proxy error, a wrong host).
        case html
        /// A JSON body from Clickatell's newer platform, with its `errorCode` when it has one.
        case newPlatformJSON(errorCode: String?)
        /// Text in which no line fits the grammar (`Invalid API token`).
        case unrecognized
    }

    /// What kind of body it is.
    public let form: Form
    /// The non-blank lines, parsed, in order (empty unless ``form-swift.property`` is
    /// ``Form-swift.enum/lines`` or ``Form-swift.enum/unrecognized``).
    public let lines: [ClickatellResponseLine]
    /// The body as decoded text, for diagnostics. It may hold a session id (the answer to
    /// `auth`): do not log it.
    public let text: String

    /// Parses a body.
    ///
    /// - Parameter body: The bytes as received.
    /// - Complexity: O(n) in bytes.
    public init(parsing body: some Collection<UInt8>) {
        let text = BodyDecoding.decode(Array(body))
        self.text = text
        let scalars = text.unicodeScalars
        guard let first = scalars.first(where: { !BodyDecoding.isWhitespace($0) }) else {
            form = .empty
            lines = []
            return
        }
        if first == "<" {
            form = .html
            lines = []
            return
        }
        if first == "{" || first == "[" {
            form = .newPlatformJSON(errorCode: BodyDecoding.jsonMember("errorCode", in: text))
            lines = []
            return
        }
        var parsed: [ClickatellResponseLine] = []
        for rawLine in scalars.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = String(String.UnicodeScalarView(rawLine))
            if LineParser.trim(Substring(line)).isEmpty { continue }
            parsed.append(ClickatellResponseLine(parsing: line))
        }
        lines = parsed
        let recognized = parsed.contains { if case .unrecognized = $0 { false } else { true } }
        form = recognized ? .lines : .unrecognized
    }

    /// A short, printable excerpt of the body for error messages (at most 120 characters,
    /// control characters shown as spaces).
    var excerpt: String {
        let cleaned = String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
        let trimmed = LineParser.trim(Substring(cleaned))
        return trimmed.count > 120 ? String(trimmed.prefix(120)) + "…" : String(trimmed)
    }
}
#endif
