/// The character sets of SMS user data, 3GPP TS 23.038 clause 4 (the data coding scheme).
///
/// The engine chooses ``gsm7`` when every character is in the default alphabet or its extension
/// table, and ``ucs2`` otherwise. ``eightBit`` is binary data and is never chosen for text.
public enum SMSEncoding: Hashable, Sendable, CustomStringConvertible {
    /// The GSM 7-bit default alphabet (TS 23.038 6.2.1), counted in septets.
    case gsm7
    /// 8-bit data, counted in octets.
    case eightBit
    /// UCS-2 (TS 23.038 6.2.3), sent as UTF-16 big-endian and counted in UTF-16 code units, so a
    /// character outside the Basic Multilingual Plane counts 2.
    case ucs2

    /// The name used in reports and JSON: `"GSM-7"`, `"8-bit"` or `"UCS-2"`.
    public var description: String {
        switch self {
        case .gsm7: "GSM-7"
        case .eightBit: "8-bit"
        case .ucs2: "UCS-2"
        }
    }

    /// The unit user data is counted in: `"septets"`, `"octets"` or `"UTF-16 units"`.
    public var unitName: String {
        switch self {
        case .gsm7: "septets"
        case .eightBit: "octets"
        case .ucs2: "UTF-16 units"
        }
    }

    /// The most octets of TP-User-Data one message carries (TS 23.040 9.2.3.24 and 9.2.3.16).
    public static let maxUserDataOctets = 140

    /// The number of units that fit in one part after a user data header of the given length.
    ///
    /// `headerOctets` counts the whole header, UDHL included (0 when there is none). GSM-7 text
    /// starts on a septet boundary after the header (TS 23.040 9.2.3.24), so the header costs
    /// ⌈8 × headerOctets / 7⌉ septets:
    ///
    /// | header | GSM-7 | 8-bit | UCS-2 |
    /// |---|---|---|---|
    /// | none | 160 | 140 | 70 |
    /// | 6 octets (8-bit reference) | 153 | 134 | 67 |
    /// | 7 octets (16-bit reference) | 152 | 133 | 66 |
    ///
    /// - Complexity: O(1).
    @inlinable
    public func unitsPerPart(headerOctets: Int) -> Int {
        let octets = Self.maxUserDataOctets - headerOctets
        switch self {
        case .gsm7: return octets * 8 / 7
        case .eightBit: return octets
        case .ucs2: return octets / 2
        }
    }
}
