#if Clickatell
import SMSCore

/// Every call this module makes into `SMSCore`, in one place, so that renames in the engine's
/// API touch this file alone.
enum Engine {
    /// Whether GSM-7 (default alphabet or extension table, TS 23.038 6.2.1) holds the scalar.
    static func isGSM7(_ scalar: Unicode.Scalar) -> Bool {
        GSM7Alphabet.code(for: scalar) != nil
    }

    /// The plan of a text in the encoding that is actually sent: GSM-7 when `ucs2` is false
    /// (the caller has checked that GSM-7 holds every character), UCS-2 otherwise. Parts are
    /// counted as Clickatell splits them: filled to the limit (any scalar boundary, never inside
    /// an escape or surrogate pair) with an 8-bit concatenation reference, 153 / 67 units.
    static func plan(of text: String, ucs2: Bool) -> SMSPlan {
        let options = SegmentationOptions(
            split: .scalars,
            maxParts: 255,
            reference: .eightBit(0),
            encodingPreference: ucs2 ? .ucs2 : .automatic
        )
        return SMSPlan(analyzing: text, options: options)
    }

    /// The `text` parameter for `unicode=1`: UTF-16 big-endian hex, four digits per code unit.
    static func ucs2Hex(of text: String) -> String {
        Hex.encodeUTF16BigEndian(text)
    }

    /// Validates a recipient as typed.
    static func recipient(_ input: String) -> Result<MSISDN, AddressError> {
        Result { () throws(AddressError) in try MSISDN(validating: input) }
    }

    /// Validates a sender as typed.
    static func sender(_ input: String) throws(AddressError) -> SenderID {
        try SenderID(validating: input)
    }

    /// The digits of a numeric sender, or `nil` for an alphanumeric one.
    static func numericDigits(of sender: SenderID) -> String? {
        if case .numeric(let number) = sender { return number.digits }
        return nil
    }

    /// What `from` carries for a sender: digits without `+`, or the name.
    static func fromValue(of sender: SenderID) -> String {
        sender.value
    }

    /// Upper-case hex of octets (`udh`, `data`).
    static func hex(_ bytes: [UInt8]) -> String {
        Hex.encode(bytes)
    }

    /// The canonical digits of a number (what `to` carries).
    static func digits(of number: MSISDN) -> String {
        number.digits
    }
}
#endif
