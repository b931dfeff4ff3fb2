import SMSCore

/// Every call the sandbox makes into `SMSCore`, in one place: counting parts, validating
/// recipients, decoding `unicode=1` hex, and splitting inbound messages.
enum SMSCoreBridge {
    /// The parts a `text` needs as Clickatell would send it: GSM-7 for `unicode=0` (a character
    /// outside the GSM 03.38 alphabet counts as the `?` the gateway puts in its place), UCS-2
    /// for `unicode=1`, split between any two scalars.
    static func partCount(of text: String, unicode: Bool) -> Int {
        var options = SegmentationOptions(split: .scalars)
        if unicode {
            options.encodingPreference = .ucs2
            return SMSPlan(analyzing: text, options: options).partCount
        }
        var substituted = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            substituted.append(GSM7Alphabet.septetCount(for: scalar) == nil ? "?" : scalar)
        }
        return SMSPlan(analyzing: String(substituted), options: options).partCount
    }

    /// The canonical digits of a recipient written as the API takes it (international digits,
    /// no `+`), or `nil` when `SMSCore` does not accept it as a possible number.
    static func validRecipient(_ digits: String) -> String? {
        try? MSISDN(validating: digits).digits
    }

    /// The text of `unicode=1` hex (UTF-16 big-endian, four hex digits per code unit), or `nil`
    /// when it is not hex, not whole code units, or holds a lone surrogate (`ERR: 116`).
    static func textOfUCS2Hex(_ hex: String) -> String? {
        guard hex.utf8.count % 4 == 0, let bytes = try? Hex.decode(hex) else { return nil }
        let decoded = UCS2Codec.decode(bytes)
        return decoded.isClean ? decoded.text : nil
    }

    /// The parts of an inbound message as a handset's long message arrives: each part's text
    /// and its user data header as hex (`050003RRTTPP`), empty for a single part.
    static func inboundParts(of text: String, reference: UInt8) -> [(text: String, udh: String)] {
        let segmenter = SMSSegmenter(options: SegmentationOptions(split: .scalars, reference: .eightBit(reference)))
        guard let parts = try? segmenter.segment(text), parts.count > 1 else { return [(text, "")] }
        return parts.map { ($0.text, Hex.encode($0.header.encoded())) }
    }
}
