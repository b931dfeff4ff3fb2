#if Clickatell
/// An error code of the Clickatell HTTP API, as received in `ERR: <code>, <description>`.
///
/// The set is open: Clickatell documents the codes below and has sent others (124–127 for OTP
/// commands), so an unknown code is kept as received, never fatal. Codes compare by their
/// number, so `"0001"` equals ``authenticationFailed`` (`"001"`), while ``rawValue`` keeps the
/// digits as they arrived.
///
/// ```swift
/// let code = ClickatellErrorCode(rawValue: "113")
/// code == .maxMessagePartsExceeded   // true
/// code.meaning                       // "Maximum message parts exceeded"
/// ClickatellErrorCode(rawValue: "999").meaning   // nil: unknown, kept
/// ```
///
/// Meanings and handling follow the reference's section 5 and Clickatell's error table.
public struct ClickatellErrorCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The code's digits as received, such as `"001"`.
    public let rawValue: String

    /// A code with the given digits, kept as written.
    ///
    /// - Parameter rawValue: The code as received (usually three digits).
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The code's number, or `nil` when the raw value is not all ASCII digits.
    public var number: Int? {
        NumericCode.number(of: rawValue)
    }

    /// Whether two codes are the same: by number when both are numeric, by text otherwise.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        NumericCode.equal(lhs.rawValue, rhs.rawValue)
    }

    /// Hashes consistently with `==`.
    public func hash(into hasher: inout Hasher) {
        NumericCode.hash(rawValue, into: &hasher)
    }

    /// The code and its meaning when known: `001 (Authentication failed)`.
    public var description: String {
        meaning.map { "\(rawValue) (\($0))" } ?? rawValue
    }

    /// Clickatell's documented meaning, or `nil` for a code this version does not know.
    public var meaning: String? { Self.meanings[number ?? -1] }

    /// Whether a fresh session may cure the error: 003 and 005 always, 001 when the request
    /// carried a session id (the client re-authenticates once and repeats the call).
    public var isSessionProblem: Bool {
        self == .authenticationFailed || self == .sessionIDExpired || self == .missingSessionID
    }

    /// Whether the error concerns the account or its configuration rather than one request:
    /// authentication (001, 002, 003, 005, 108), a frozen account (004), IP lockdown (007),
    /// credit (301, 302). Nothing sent with the same account will succeed until it is fixed.
    public var isAccountProblem: Bool {
        [1, 2, 3, 4, 5, 7, 108, 301, 302].contains(number ?? -1)
    }

    /// Whether the error is about one recipient (105, 114, 121, 122, 128) rather than the
    /// request.
    public var isRecipientProblem: Bool {
        [105, 114, 121, 122, 128].contains(number ?? -1)
    }

    /// Whether repeating the same request later may succeed: 901 (internal error). Mind
    /// idempotency: the client never repeats a `sendmsg` blindly.
    public var isRetryable: Bool { self == .internalError }

    /// 001: authentication failed.
    public static let authenticationFailed = Self(rawValue: "001")
    /// 002: unknown username or password.
    public static let unknownUsernameOrPassword = Self(rawValue: "002")
    /// 003: session ID expired.
    public static let sessionIDExpired = Self(rawValue: "003")
    /// 004: account frozen.
    public static let accountFrozen = Self(rawValue: "004")
    /// 005: missing session ID.
    public static let missingSessionID = Self(rawValue: "005")
    /// 007: IP lockdown violation.
    public static let ipLockdownViolation = Self(rawValue: "007")
    /// 101: invalid or missing parameters.
    public static let invalidOrMissingParameters = Self(rawValue: "101")
    /// 102: invalid user data header.
    public static let invalidUserDataHeader = Self(rawValue: "102")
    /// 103: unknown API message ID.
    public static let unknownAPIMessageID = Self(rawValue: "103")
    /// 104: unknown client message ID.
    public static let unknownClientMessageID = Self(rawValue: "104")
    /// 105: invalid destination address.
    public static let invalidDestinationAddress = Self(rawValue: "105")
    /// 106: invalid source address.
    public static let invalidSourceAddress = Self(rawValue: "106")
    /// 107: empty message.
    public static let emptyMessage = Self(rawValue: "107")
    /// 108: invalid or missing API ID.
    public static let invalidOrMissingAPIID = Self(rawValue: "108")
    /// 109: missing message ID.
    public static let missingMessageID = Self(rawValue: "109")
    /// 110: error with email message.
    public static let errorWithEmailMessage = Self(rawValue: "110")
    /// 111: invalid protocol.
    public static let invalidProtocol = Self(rawValue: "111")
    /// 112: invalid message type.
    public static let invalidMessageType = Self(rawValue: "112")
    /// 113: maximum message parts exceeded.
    public static let maxMessagePartsExceeded = Self(rawValue: "113")
    /// 114: cannot route message.
    public static let cannotRouteMessage = Self(rawValue: "114")
    /// 115: message expired.
    public static let messageExpired = Self(rawValue: "115")
    /// 116: invalid Unicode data.
    public static let invalidUnicodeData = Self(rawValue: "116")
    /// 120: invalid delivery time.
    public static let invalidDeliveryTime = Self(rawValue: "120")
    /// 121: destination mobile number blocked.
    public static let destinationBlocked = Self(rawValue: "121")
    /// 122: destination mobile opted out.
    public static let destinationOptedOut = Self(rawValue: "122")
    /// 123: invalid sender ID.
    public static let invalidSenderID = Self(rawValue: "123")
    /// 128: number delisted.
    public static let numberDelisted = Self(rawValue: "128")
    /// 130: maximum MT limit exceeded until a Unix time named in the description.
    public static let maxMTLimitExceeded = Self(rawValue: "130")
    /// 201: invalid batch ID.
    public static let invalidBatchID = Self(rawValue: "201")
    /// 202: no batch template.
    public static let noBatchTemplate = Self(rawValue: "202")
    /// 301: no credit left.
    public static let noCreditLeft = Self(rawValue: "301")
    /// 302: max allowed credit.
    public static let maxAllowedCredit = Self(rawValue: "302")
    /// 901: internal error; retryable, but mind idempotency.
    public static let internalError = Self(rawValue: "901")

    private static let meanings: [Int: String] = [
        1: "Authentication failed",
        2: "Unknown username or password",
        3: "Session ID expired",
        4: "Account frozen",
        5: "Missing session ID",
        7: "IP lockdown violation",
        101: "Invalid or missing parameters",
        102: "Invalid user data header",
        103: "Unknown API message ID",
        104: "Unknown client message ID",
        105: "Invalid destination address",
        106: "Invalid source address",
        107: "Empty message",
        108: "Invalid or missing API ID",
        109: "Missing message ID",
        110: "Error with email message",
        111: "Invalid protocol",
        112: "Invalid message type",
        113: "Maximum message parts exceeded",
        114: "Cannot route message",
        115: "Message expired",
        116: "Invalid Unicode data",
        120: "Invalid delivery time",
        121: "Destination mobile number blocked",
        122: "Destination mobile opted out",
        123: "Invalid sender ID",
        128: "Number delisted",
        130: "Maximum MT limit exceeded",
        201: "Invalid batch ID",
        202: "No batch template",
        301: "No credit left",
        302: "Max allowed credit",
        901: "Internal error",
    ]
}
#endif
