/// The GSM 7-bit default alphabet and its extension table, typed here from 3GPP TS 23.038
/// clauses 6.2.1 and 6.2.1.1 rather than taken from the engine, so that tests and the reference
/// models can hold the engine's generated tables to the standard.
public enum StandardGSM7 {
    /// TS 23.038 6.2.1, the default alphabet in septet order 0x00...0x7F; position 0x1B, the
    /// escape to the extension table, holds U+FFFF.
    public static let defaultAlphabet: [Unicode.Scalar] = Array(
        ("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u{FFFF}ÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà").unicodeScalars
    )

    /// TS 23.038 6.2.1.1, the default extension table: the septet sent after 0x1B, and its
    /// character.
    public static let extensionTable: [(septet: UInt8, scalar: Unicode.Scalar)] = [
        (0x0A, "\u{0C}"), (0x14, "^"), (0x28, "{"), (0x29, "}"), (0x2F, "\\"),
        (0x3C, "["), (0x3D, "~"), (0x3E, "]"), (0x40, "|"), (0x65, "€"),
    ]

    private static let costs: [Unicode.Scalar: Int] = {
        var costs: [Unicode.Scalar: Int] = [:]
        for scalar in defaultAlphabet where scalar != "\u{FFFF}" { costs[scalar] = 1 }
        for (_, scalar) in extensionTable { costs[scalar] = 2 }
        return costs
    }()

    /// The septets `scalar` costs in GSM-7: 1 in the default alphabet, 2 in the extension
    /// table (escape and code), `nil` when GSM-7 cannot carry it.
    public static func septetCount(for scalar: Unicode.Scalar) -> Int? { costs[scalar] }

    /// Whether GSM-7 carries every scalar of `text`.
    public static func canEncode(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { costs[$0] != nil }
    }
}
