#if Clickatell
/// The Windows-1252 byte of the characters that Clickatell's `unicode=0` text can carry.
///
/// With `unicode=0` the gateway reads `text` as ISO-8859-1 (Windows-1252 for `€`) and converts
/// it to GSM-7. A character can go this way only when it is GSM-7 *and* has such a byte; the
/// GSM-7 Greek capitals (Δ Φ Γ Λ Ω Π Ψ Σ Θ Ξ) have none, so a text with them goes as UCS-2.
enum Windows1252 {
    /// The Windows-1252 byte of a scalar, or `nil` when it has none.
    ///
    /// ASCII and U+00A0…U+00FF are the bytes of the same value; of the bytes 0x80…0x9F only
    /// `€` (0x80) matters here, the others map to no GSM-7 character.
    static func byte(for scalar: Unicode.Scalar) -> UInt8? {
        switch scalar.value {
        case 0x00..<0x80, 0xA0...0xFF: UInt8(scalar.value)
        case 0x20AC: 0x80
        case 0x201A: 0x82
        case 0x0192: 0x83
        case 0x201E: 0x84
        case 0x2026: 0x85
        case 0x2020: 0x86
        case 0x2021: 0x87
        case 0x02C6: 0x88
        case 0x2030: 0x89
        case 0x0160: 0x8A
        case 0x2039: 0x8B
        case 0x0152: 0x8C
        case 0x017D: 0x8E
        case 0x2018: 0x91
        case 0x2019: 0x92
        case 0x201C: 0x93
        case 0x201D: 0x94
        case 0x2022: 0x95
        case 0x2013: 0x96
        case 0x2014: 0x97
        case 0x02DC: 0x98
        case 0x2122: 0x99
        case 0x0161: 0x9A
        case 0x203A: 0x9B
        case 0x0153: 0x9C
        case 0x017E: 0x9E
        case 0x0178: 0x9F
        default: nil
        }
    }
}
#endif
