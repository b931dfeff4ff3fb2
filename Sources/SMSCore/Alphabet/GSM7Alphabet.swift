/// The GSM 7-bit default alphabet and its default extension table, 3GPP TS 23.038 clause 6.2.1
/// and 6.2.1.1.
///
/// Every scalar of the default alphabet costs one septet; a scalar of the extension table
/// (`^ { } \ [ ~ ] | €` and form feed) is sent as the escape septet 0x1B followed by its code,
/// so it costs two. Lookups are exact: there is no normalisation and no folding, so `ç` (U+00E7)
/// is not GSM-7 (septet 0x09 is `Ç`, U+00C7), U+001B (ESC) is not a character, and a grave
/// accent or TAB forces UCS-2.
///
/// ```swift
/// GSM7Alphabet.code(for: "A")   // .basic(0x41)
/// GSM7Alphabet.code(for: "€")   // .extended(0x65): sent as 1B 65
/// GSM7Alphabet.code(for: "`")   // nil
/// ```
public enum GSM7Alphabet {
    /// The escape septet that announces a character of the extension table (TS 23.038 6.2.1.1).
    public static let escape: UInt8 = 0x1B

    /// The septet code of a scalar, or `nil` when neither the default alphabet nor its extension
    /// table holds it.
    ///
    /// - Complexity: O(1); no allocation.
    public static func code(for scalar: Unicode.Scalar) -> GSM7Code? {
        let raw = rawCode(scalar.value)
        if raw == noCode { return nil }
        return raw & extensionFlag == 0 ? .basic(raw) : .extended(raw & 0x7F)
    }

    /// The number of septets a scalar costs in GSM-7 (1 or 2), or `nil` when it is not GSM-7.
    ///
    /// - Complexity: O(1); no allocation.
    public static func septetCount(for scalar: Unicode.Scalar) -> Int? {
        code(for: scalar)?.septetCount
    }

    /// The character at a septet of the default alphabet (TS 23.038 6.2.1), or `nil` for the
    /// escape septet 0x1B and for values above 0x7F.
    public static func scalar(forBasic septet: UInt8) -> Unicode.Scalar? {
        guard septet < 0x80, septet != escape else { return nil }
        return Unicode.Scalar(basicScalars[Int(septet)])
    }

    /// The character at a septet of the default extension table (TS 23.038 6.2.1.1), or `nil`
    /// where the table defines nothing.
    public static func scalar(forExtended septet: UInt8) -> Unicode.Scalar? {
        guard septet < 0x80 else { return nil }
        let value = extensionScalars[Int(septet)]
        return value == 0 ? nil : Unicode.Scalar(value)
    }

    /// Every character of the default alphabet with its code, in septet order; then every
    /// character of the extension table.
    public static var allCodes: [(scalar: Unicode.Scalar, code: GSM7Code)] {
        var result: [(scalar: Unicode.Scalar, code: GSM7Code)] = []
        for septet in UInt8(0)..<0x80 {
            if let scalar = scalar(forBasic: septet) { result.append((scalar, .basic(septet))) }
        }
        for septet in UInt8(0)..<0x80 {
            if let scalar = scalar(forExtended: septet) { result.append((scalar, .extended(septet))) }
        }
        return result
    }

    /// The septets a packed table code costs: 1, or 2 for an extension character. Meaningless
    /// for ``noCode``.
    @inline(__always)
    static func septetCount(rawCode: UInt8) -> Int {
        rawCode & extensionFlag == 0 ? 1 : 2
    }

    /// The packed table code of a scalar value: the septet, the septet with ``extensionFlag``,
    /// or ``noCode``.
    @inline(__always)
    static func rawCode(_ value: UInt32) -> UInt8 {
        value < 0x100 ? latin1Codes[Int(value)] : codeBeyondLatin1(value)
    }
}

/// Where a character sits in the GSM 7-bit default alphabet (TS 23.038 6.2.1) or its extension
/// table (6.2.1.1).
public enum GSM7Code: Hashable, Sendable {
    /// A septet of the default alphabet.
    case basic(UInt8)
    /// A septet of the extension table, sent after the escape septet 0x1B.
    case extended(UInt8)

    /// The septets that carry this character: one, or the escape 0x1B and the extension code.
    public var septetCount: Int {
        switch self {
        case .basic: 1
        case .extended: 2
        }
    }
}
