#if Clickatell
/// The status of a sent message, as `querymsg`, `delmsg`, `getmsgcharge` and callbacks report
/// it: three digits such as `"004"`.
///
/// The set is open (Clickatell warns that new statuses may appear, and error statuses may one
/// day not be final), so an unknown status is kept as received. Statuses compare by number.
///
/// ```swift
/// let status = ClickatellMessageStatus(rawValue: "004")
/// status.meaning    // "Received by recipient"
/// status.isFinal    // true
/// ClickatellMessageStatus(rawValue: "020").isFinal   // false: unknown, kept
/// ```
///
/// Meanings and classes follow the reference's section 6.
public struct ClickatellMessageStatus: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The status digits as received.
    public let rawValue: String

    /// A status with the given digits, kept as written.
    ///
    /// - Parameter rawValue: The status as received.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The status number, or `nil` when the raw value is not all ASCII digits.
    public var number: Int? {
        NumericCode.number(of: rawValue)
    }

    /// Whether two statuses are the same: by number when both are numeric, by text otherwise.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        NumericCode.equal(lhs.rawValue, rhs.rawValue)
    }

    /// Hashes consistently with `==`.
    public func hash(into hasher: inout Hasher) {
        NumericCode.hash(rawValue, into: &hasher)
    }

    /// The documented meaning, or `nil` for a status this version does not know.
    public var meaning: String? { Self.table[number ?? -1]?.meaning }

    /// Whether the status is final (004–007, 009, 010, 012, 014): it will not change again.
    /// Unknown statuses and 001 (message unknown, or reporting delayed) are not final.
    public var isFinal: Bool { Self.table[number ?? -1]?.isFinal ?? false }

    /// Whether the status is one of the documented intermediate ones (002, 003, 008, 011).
    public var isIntermediate: Bool {
        guard let entry = Self.table[number ?? -1] else { return false }
        return !entry.isFinal && self != .messageUnknown
    }

    /// The status and its meaning when known: `004 (Received by recipient)`.
    public var description: String {
        meaning.map { "\(rawValue) (\($0))" } ?? rawValue
    }

    /// 001: message unknown, or reporting delayed.
    public static let messageUnknown = Self(rawValue: "001")
    /// 002: message queued.
    public static let messageQueued = Self(rawValue: "002")
    /// 003: delivered to gateway (the last status where no delivery report exists).
    public static let deliveredToGateway = Self(rawValue: "003")
    /// 004: received by recipient (final, delivered).
    public static let receivedByRecipient = Self(rawValue: "004")
    /// 005: error with message (final, failed).
    public static let errorWithMessage = Self(rawValue: "005")
    /// 006: user cancelled message delivery (final, cancelled).
    public static let userCancelled = Self(rawValue: "006")
    /// 007: error delivering message (final, failed).
    public static let errorDeliveringMessage = Self(rawValue: "007")
    /// 008: OK, received by gateway.
    public static let receivedByGateway = Self(rawValue: "008")
    /// 009: routing error (final, failed).
    public static let routingError = Self(rawValue: "009")
    /// 010: message expired, no charge (final, failed).
    public static let messageExpired = Self(rawValue: "010")
    /// 011: message queued for later delivery.
    public static let queuedForLaterDelivery = Self(rawValue: "011")
    /// 012: out of credit (final, failed).
    public static let outOfCredit = Self(rawValue: "012")
    /// 014: maximum MT limit exceeded (final, failed).
    public static let maxMTLimitExceeded = Self(rawValue: "014")

    private static let table: [Int: (meaning: String, isFinal: Bool)] = [
        1: ("Message unknown", false),
        2: ("Message queued", false),
        3: ("Delivered to gateway", false),
        4: ("Received by recipient", true),
        5: ("Error with message", true),
        6: ("User cancelled message delivery", true),
        7: ("Error delivering message", true),
        8: ("OK (received by gateway)", false),
        9: ("Routing error", true),
        10: ("Message expired", true),
        11: ("Message queued for later delivery", false),
        12: ("Out of credit", true),
        14: ("Maximum MT limit exceeded", true),
    ]
}
#endif
