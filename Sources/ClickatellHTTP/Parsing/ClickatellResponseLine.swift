#if Clickatell
/// One line of a Clickatell answer, as the reference's grammar (section 4) reads it.
///
/// ```swift
/// ClickatellResponseLine(parsing: "ID: 996f364775e24b8432f45d77da8eca47 To: 27999123456")
/// // .id(ClickatellIDLine(id: "996f…", status: nil, to: "27999123456"))
/// ClickatellResponseLine(parsing: "ERR: 105, Invalid Destination Address To: ")
/// // .error(ClickatellErrorLine(code: "105", message: "Invalid Destination Address", to: ""))
/// ```
///
/// Keys match in any case, white space is any run of spaces and tabs (or none after a colon),
/// keys may come in any order and unknown keys are ignored. A line that fits no form is kept
/// as ``unrecognized(_:)``.
public enum ClickatellResponseLine: Hashable, Sendable {
    /// `ID: <id> [Status: <status>] [To: <msisdn>]`.
    case id(ClickatellIDLine)
    /// `ERR: <code>, <description> [To: <msisdn>]`, or `ERR: <text>` without a code.
    case error(ClickatellErrorLine)
    /// `apiMsgId: <id> charge: <decimal> status: <status>` (or `ID:`/`Charge:`/`Status:`).
    case charge(ClickatellChargeLine)
    /// `Credit: <decimal>`, the decimal exactly as received.
    case credit(String)
    /// `OK` (payload `nil`), `OK:` (payload `""`) or `OK: <payload>`.
    case ok(payload: String?)
    /// A line that fits no form of the grammar, trimmed.
    case unrecognized(String)

    /// Parses one line (without its line break).
    ///
    /// - Parameter line: The line; surrounding spaces, tabs and a stray CR are ignored.
    /// - Complexity: O(n) in the line's length.
    public init(parsing line: some StringProtocol) {
        self = LineParser.parse(String(line))
    }
}

/// `ID: <id> [Status: <status>] [To: <msisdn>]`.
public struct ClickatellIDLine: Hashable, Sendable {
    /// The id (a message id, or a batch id for `startbatch`).
    public let id: String
    /// The status, when the line has one (`querymsg`, `delmsg`).
    public let status: ClickatellMessageStatus?
    /// The `To:` value: `nil` when absent, `""` when present but empty.
    public let to: String?

    /// A line with the given values.
    public init(id: String, status: ClickatellMessageStatus? = nil, to: String? = nil) {
        self.id = id
        self.status = status
        self.to = to
    }
}

/// `ERR: <code>, <description> [To: <msisdn>]`, or `ERR: <text>` without a code.
public struct ClickatellErrorLine: Hashable, Sendable {
    /// The code as received (`"001"`, `"0001"`), or `nil` for a code-less line.
    public let code: ClickatellErrorCode?
    /// The description (or the whole text of a code-less line), trimmed.
    public let message: String
    /// The `To:` value: `nil` when absent, `""` when present but empty.
    public let to: String?

    /// A line with the given values.
    public init(code: ClickatellErrorCode?, message: String, to: String? = nil) {
        self.code = code
        self.message = message
        self.to = to
    }

    /// The line as an error value.
    public var error: ClickatellError { .clickatellError(code, message: message) }

    /// For ERR 130: the Unix time named at the end of the description (`… until 1388534400`).
    public var blockedUntil: Int64? {
        guard let last = message.split(whereSeparator: { $0 == " " || $0 == "\t" }).last,
            last.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
        else { return nil }
        return Int64(last)
    }
}

/// `apiMsgId: <id> charge: <decimal> status: <status> [cliMsgId: <id>]`.
public struct ClickatellChargeLine: Hashable, Sendable {
    /// The message id.
    public let apiMessageID: String
    /// The charge, exactly as received (`"0.300000"`).
    public let charge: String
    /// The status.
    public let status: ClickatellMessageStatus
    /// The `cliMsgId:` value when present.
    public let clientMessageID: String?

    /// A line with the given values.
    public init(apiMessageID: String, charge: String, status: ClickatellMessageStatus, clientMessageID: String? = nil) {
        self.apiMessageID = apiMessageID
        self.charge = charge
        self.status = status
        self.clientMessageID = clientMessageID
    }
}
#endif
