#if Clickatell
public import SMSCore

/// One inbound (MO) callback: a message a handset sent to the account's number, or one part
/// of a long one (reference §8.2).
///
/// Nothing in it is rejected: the text is decoded leniently per ``charset``, a `udh` that is
/// not a sound header is kept as ``udh`` and noted in ``ignoredHeaderReason``, a timestamp
/// that is not `YYYY-MM-DD HH:MM:SS` leaves ``timestamp`` `nil`.
///
/// ```swift
/// // …&from=279991235642&to=27123456789&timestamp=2008-08-06+09%3A43%3A50&text=Hi&udh=050003330201
/// part.timestamp                  // 1218008630 (09:43:50 at UTC+02:00)
/// part.concatenation?.sequence    // 1 (of 2, reference 0x33)
/// ```
public struct ClickatellInboundPart: Hashable, Sendable {
    /// `moMsgId`: Clickatell's id of this callback (each part has its own).
    public let moMessageID: String
    /// `api_id`, or `nil` when absent.
    public let apiID: String?
    /// `from`: the handset's number.
    public let from: String
    /// `to`: the account's number the handset sent to.
    public let to: String
    /// `timestamp` in seconds since 1970-01-01T00:00:00Z (converted from UTC+02:00), or `nil`
    /// when absent or unreadable.
    public let timestamp: Int64?
    /// `timestamp` as received (after form decoding), or `nil`.
    public let timestampText: String?
    /// `charset`, and how the text was read.
    public let charset: ClickatellInboundCharset
    /// `udh` as received (hex; empty when none).
    public let udh: String
    /// `network`, when present.
    public let network: String?
    /// The part as `SMSCore` sees it: header, text (decoded leniently) and decoding notes.
    public let userData: DecodedUserData
    /// Why a non-empty `udh` was ignored (not hex, or not a sound header), or `nil`.
    public let ignoredHeaderReason: String?

    /// The text of this callback (of this part only, for a long message).
    public var text: String { userData.text }

    /// The header's concatenation element, when it has a usable one
    /// (TS 23.040 9.2.3.24.1, 9.2.3.24.8).
    public var concatenation: Concatenation? {
        guard let concatenation = userData.concatenation, concatenation.isValid else { return nil }
        return concatenation
    }

    /// Reads an inbound callback's fields; `nil` when `moMsgId` and `text` are both absent.
    init?(_ fields: CallbackFields) {
        guard fields.octets("text") != nil || fields.octets("momsgid") != nil else { return nil }
        let text = fields.octets("text") ?? []
        moMessageID = fields.text("momsgid") ?? ""
        apiID = fields.nonEmptyText("api_id")
        from = fields.text("from") ?? ""
        to = fields.text("to") ?? ""
        timestampText = fields.text("timestamp")
        timestamp = timestampText.flatMap(InboundTimestamp.unixTime(of:))
        charset = ClickatellInboundCharset(name: fields.nonEmptyText("charset"))
        udh = fields.text("udh") ?? ""
        network = fields.nonEmptyText("network")

        var header = UserDataHeader()
        var ignoredHeaderReason: String? = nil
        let udhText = udh.filter { $0 != " " }
        if !udhText.isEmpty {
            do {
                header = try UserDataHeader(parsing: Hex.decode(udhText))
            } catch let error as HexError {
                ignoredHeaderReason = "udh is not hex: \(error)"
            } catch {
                ignoredHeaderReason = "udh is not a user data header: \(error)"
            }
        }
        self.ignoredHeaderReason = ignoredHeaderReason
        userData = DecodedUserData(header: header, encoding: .ucs2, payload: charset.userDataPayload(of: text))
    }
}
#endif
