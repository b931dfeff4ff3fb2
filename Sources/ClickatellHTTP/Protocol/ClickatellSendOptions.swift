#if Clickatell
/// The optional `sendmsg` parameters (reference section 3), also those of `startbatch`.
///
/// Every property is `nil` by default, which leaves the parameter out and Clickatell's default
/// in force. Booleans go on the wire as `0`/`1`, durations as whole minutes, times as Unix
/// seconds or `YYYY-MM-DDTHH:MM:SSZ`.
///
/// ```swift
/// var options = ClickatellSendOptions()
/// options.sender = try ClickatellSender(validating: "Acme")
/// options.callback = 3
/// options.deliveryAcknowledgement = true
/// options.scheduledTime = .unixTime(1_388_534_400)
/// ```
public struct ClickatellSendOptions: Hashable, Sendable {
    /// `from`: the sender, validated.
    public var sender: ClickatellSender?
    /// `callback`: which statuses are pushed to the account's callback URL (0–7).
    public var callback: Int?
    /// `deliv_ack`: request a handset acknowledgement.
    public var deliveryAcknowledgement: Bool?
    /// `deliv_time`: delay delivery by this many minutes (at most 10080).
    public var deliveryDelayMinutes: Int?
    /// `scheduled_time`: deliver at this time (at most 7 days ahead).
    public var scheduledTime: ClickatellScheduledTime?
    /// `max_credits`: the most credits the message may cost (`0.8`, `1`, `1.5`, `2`, `2.5`, `3`).
    public var maxCredits: String?
    /// `req_feat`: features the route must support.
    public var requiredFeatures: ClickatellRequiredFeatures?
    /// `queue`: priority, 1 (high) to 3 (low).
    public var queue: Int?
    /// `escalate`: escalate to an alternative route when the queue is long.
    public var escalate: Bool?
    /// `mo`: route through a two-way (reply-capable) route.
    public var mobileOriginated: Bool?
    /// `cliMsgId`: the caller's message id, 1 to 32 ASCII letters and digits. The client
    /// generates one when this is `nil`.
    public var clientMessageID: String?
    /// `msg_type`: the message type; `SMS_TEXT` when `nil`.
    public var messageType: ClickatellMessageType?
    /// `binary`: force 8-bit.
    public var binary: Bool?
    /// `validity`: how long the message may wait for delivery, 1–1440 minutes.
    public var validityMinutes: Int?
    /// `charset`: an undocumented extra some gateways read, such as `UTF-8`.
    public var charset: String?

    /// Options that send nothing optional.
    public init() {}

    /// The parameters after `to`, `from`, `text`, `unicode` and `concat`, in the reference's
    /// order.
    var trailingParameters: [ClickatellParameter] {
        var parameters: [ClickatellParameter] = []
        func add(_ name: String, _ value: String?) {
            if let value { parameters.append(ClickatellParameter(name, value)) }
        }
        add("callback", callback.map(String.init))
        add("deliv_ack", deliveryAcknowledgement.map(Self.flag))
        add("deliv_time", deliveryDelayMinutes.map(String.init))
        add("scheduled_time", scheduledTime?.value)
        add("max_credits", maxCredits)
        add("req_feat", requiredFeatures.map { String($0.rawValue) })
        add("queue", queue.map(String.init))
        add("escalate", escalate.map(Self.flag))
        add("mo", mobileOriginated.map(Self.flag))
        add("cliMsgId", clientMessageID)
        add("msg_type", messageType?.rawValue)
        add("binary", binary.map(Self.flag))
        add("validity", validityMinutes.map(String.init))
        add("charset", charset)
        return parameters
    }

    /// `1` for true, `0` for false: never `true`/`false`.
    static func flag(_ value: Bool) -> String { value ? "1" : "0" }

    /// Whether a client message id is 1 to 32 ASCII letters and digits, as `cliMsgId` must be.
    ///
    /// - Parameter value: The id.
    /// - Returns: Whether Clickatell accepts it.
    public static func isValidClientMessageID(_ value: String) -> Bool {
        (1...ClickatellLimits.maxClientMessageIDLength).contains(value.utf8.count)
            && value.utf8.allSatisfy { byte in
                (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            }
    }
}

/// The `scheduled_time` of a message: Unix seconds, or a UTC time written
/// `YYYY-MM-DDTHH:MM:SSZ`.
///
/// ```swift
/// ClickatellScheduledTime.unixTime(1_388_534_400).value                  // "1388534400"
/// ClickatellScheduledTime.utc(year: 2014, month: 1, day: 1, hour: 0, minute: 0, second: 0).value
/// // "2014-01-01T00:00:00Z"
/// ```
public struct ClickatellScheduledTime: Hashable, Sendable {
    /// The value sent.
    public let value: String

    /// A time as seconds since 1970-01-01 00:00 UTC.
    public static func unixTime(_ seconds: Int64) -> Self { Self(value: String(seconds)) }

    /// A UTC time.
    ///
    /// - Parameters:
    ///   - year: Four digits.
    ///   - month: 1–12.
    ///   - day: 1–31.
    ///   - hour: 0–23.
    ///   - minute: 0–59.
    ///   - second: 0–59.
    public static func utc(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) -> Self {
        func pad(_ number: Int, _ width: Int) -> String {
            let digits = String(number)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return Self(value: "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))Z")
    }
}

/// The `req_feat` bit mask: features the route must support.
public struct ClickatellRequiredFeatures: OptionSet, Hashable, Sendable {
    /// The mask.
    public let rawValue: UInt32
    /// A mask with the given bits.
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// 1: text.
    public static let text = Self(rawValue: 1)
    /// 2: 8-bit messaging.
    public static let eightBit = Self(rawValue: 2)
    /// 4: user data header.
    public static let userDataHeader = Self(rawValue: 4)
    /// 8: UCS-2.
    public static let ucs2 = Self(rawValue: 8)
    /// 16: alphanumeric source address.
    public static let alphanumericSender = Self(rawValue: 16)
    /// 32: numeric source address.
    public static let numericSender = Self(rawValue: 32)
    /// 512: flash messaging.
    public static let flash = Self(rawValue: 512)
    /// 8192: delivery acknowledgement.
    public static let deliveryAcknowledgement = Self(rawValue: 8192)
    /// 16384: concatenation.
    public static let concatenation = Self(rawValue: 16384)
}

/// The `msg_type` of a message (case-sensitive on the wire). Open: other values are kept.
public struct ClickatellMessageType: RawRepresentable, Hashable, Sendable {
    /// The value sent, such as `SMS_FLASH`.
    public let rawValue: String
    /// A type with the given value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `SMS_TEXT`, the default.
    public static let text = Self(rawValue: "SMS_TEXT")
    /// `SMS_FLASH`: shown at once, not stored.
    public static let flash = Self(rawValue: "SMS_FLASH")
    /// `SMS_NOKIA_OLOGO`.
    public static let nokiaOperatorLogo = Self(rawValue: "SMS_NOKIA_OLOGO")
    /// `SMS_NOKIA_GLOGO`.
    public static let nokiaGroupLogo = Self(rawValue: "SMS_NOKIA_GLOGO")
    /// `SMS_NOKIA_PICTURE`.
    public static let nokiaPicture = Self(rawValue: "SMS_NOKIA_PICTURE")
    /// `SMS_NOKIA_RINGTONE`.
    public static let nokiaRingtone = Self(rawValue: "SMS_NOKIA_RINGTONE")
    /// `SMS_NOKIA_RTTL`.
    public static let nokiaRTTL = Self(rawValue: "SMS_NOKIA_RTTL")
    /// `SMS_NOKIA_CLEAN`.
    public static let nokiaClean = Self(rawValue: "SMS_NOKIA_CLEAN")
    /// `SMS_NOKIA_VCARD`.
    public static let nokiaVCard = Self(rawValue: "SMS_NOKIA_VCARD")
    /// `SMS_NOKIA_VCAL`.
    public static let nokiaVCalendar = Self(rawValue: "SMS_NOKIA_VCAL")
}
#endif
