/// The `sendmsg` parameters besides `to` and `text`, checked as the reference's §3 lists
/// them. Unknown parameters are ignored, as the gateway ignores them.
struct SendOptions {
    var unicode = false
    var concat: Int
    var callback = 0
    var clientMessageID: String?
    var from = ""
    /// Unix time of release, when scheduled or deferred.
    var releaseAt: Double?

    static let messageTypes: Set<String> = [
        "SMS_TEXT", "SMS_FLASH", "SMS_NOKIA_OLOGO", "SMS_NOKIA_GLOGO", "SMS_NOKIA_PICTURE", "SMS_NOKIA_RINGTONE",
        "SMS_NOKIA_RTTL", "SMS_NOKIA_CLEAN", "SMS_NOKIA_VCARD", "SMS_NOKIA_VCAL",
    ]

    /// Reads and checks the options: 101 for a value out of range, 106 for a bad `from`, 112
    /// for an unknown `msg_type`, 120 for a bad delivery time, 102 for a `udh` that is not hex.
    init(parsing parameters: FormParameters, defaultConcat: Int, now: Double) throws(APIError) {
        func integer(_ name: String, in range: ClosedRange<Int>, default value: Int, error: APIError = .invalidParameters) throws(APIError) -> Int {
            guard let text = parameters.nonEmpty(name) else { return value }
            guard text.utf8.count <= 12, text.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
                  let number = Int(text), range.contains(number)
            else { throw error }
            return number
        }
        unicode = try integer("unicode", in: 0...1, default: 0) == 1
        concat = try integer("concat", in: 1...35, default: defaultConcat)
        callback = try integer("callback", in: 0...7, default: 0)
        for flag in ["deliv_ack", "escalate", "mo", "binary"] { _ = try integer(flag, in: 0...1, default: 0) }
        _ = try integer("queue", in: 1...3, default: 3)
        _ = try integer("validity", in: 1...1440, default: 1440)
        _ = try integer("req_feat", in: 0...65_535, default: 0)
        if let credits = parameters.nonEmpty("max_credits"), !["0.8", "1", "1.5", "2", "2.5", "3"].contains(credits) {
            throw .invalidParameters
        }
        if let type = parameters.nonEmpty("msg_type"), !Self.messageTypes.contains(type) { throw .invalidMessageType }
        if let udh = parameters.nonEmpty("udh"), !Self.isHex(udh) { throw .invalidUserDataHeader }
        if let id = parameters.nonEmpty("cliMsgId") {
            guard id.utf8.count <= 32, id.utf8.allSatisfy({ (0x21...0x7E).contains($0) }) else { throw .invalidParameters }
            clientMessageID = id
        }
        if let from = parameters.nonEmpty("from") {
            guard Self.isValidSender(from) else { throw .invalidSource }
            self.from = from
        }
        let deferral = try integer("deliv_time", in: 1...10_080, default: 0, error: .invalidDeliveryTime)
        if deferral > 0 { releaseAt = now + Double(deferral * 60) }
        if let scheduled = parameters.nonEmpty("scheduled_time") {
            let time: Int? = scheduled.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) && scheduled.utf8.count <= 12
                ? Int(scheduled) : CivilTime.parseUTC(scheduled)
            guard let time, Double(time) <= now + 7 * 86_400 else { throw .invalidDeliveryTime }
            if Double(time) > now { releaseAt = Double(time) }
        }
    }

    /// 1–16 digits, or 1–11 ASCII letters, digits and spaces with at least one letter.
    static func isValidSender(_ from: String) -> Bool {
        let bytes = Array(from.utf8)
        let isDigit: (UInt8) -> Bool = { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        let isLetter: (UInt8) -> Bool = { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0 | 0x20) }
        if bytes.allSatisfy(isDigit) { return (1...16).contains(bytes.count) }
        return (1...11).contains(bytes.count) && bytes.contains(where: isLetter)
            && bytes.allSatisfy { isDigit($0) || isLetter($0) || $0 == UInt8(ascii: " ") }
    }

    /// Whether a text is an even number of hex digits.
    static func isHex(_ text: String) -> Bool {
        text.utf8.count % 2 == 0 && text.utf8.allSatisfy {
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0 | 0x20)
        }
    }
}
