/// Something a decoder met and handled by a documented rule instead of failing: what it was,
/// where, and the value involved.
///
/// Decoding received user data never traps and never drops input silently. Where the input is
/// not what TS 23.038 expects, the decoders apply the rule the standard gives for receivers (or,
/// where it gives none, the one documented on ``Kind``) and add a note, so that a caller can
/// show the text and still tell the user that it was repaired.
///
/// Offsets count the decoder's input units: septets for ``GSM7Codec`` (from the first septet
/// after any header and fill bits), octets for ``UCS2Codec`` (from the first octet after any
/// header), and octets of TP-UD for ``Kind/octetsBeyondLength``.
///
/// ```swift
/// let decoded = GSM7Codec.decode([0x48, 0x1B, 0x41])   // ESC followed by undefined code 0x41
/// decoded.text                 // "HA"
/// decoded.notes[0].kind        // .escapeToUndefinedCode
/// decoded.notes[0].offset      // 1
/// decoded.notes[0].value       // 0x41
/// ```
public struct DecodingNote: Hashable, Sendable, CustomStringConvertible {
    /// What the decoder met.
    public let kind: Kind
    /// Where: the offset of the first unit concerned, in the units described above.
    public let offset: Int
    /// The septet, code unit or octet involved (see each ``Kind``); for
    /// ``Kind/octetsBeyondLength`` the number of octets.
    public let value: UInt32

    /// Creates a note; only the decoders make these.
    ///
    /// - Parameters:
    ///   - kind: What the decoder met.
    ///   - offset: Where, in the decoder's input units.
    ///   - value: The unit involved.
    init(kind: Kind, offset: Int, value: UInt32) {
        self.kind = kind
        self.offset = offset
        self.value = value
    }

    /// For example `septet 1: escape to undefined extension code 0x41, shown as the default-alphabet character (TS 23.038 6.2.1.1)`.
    public var description: String {
        let position = "\(kind.unitName) \(offset)"
        let hex = Hex.literal(value)
        switch kind {
        case .escapeToUndefinedCode:
            return "\(position): escape to undefined extension code \(hex), shown as the locking-shift table's character (TS 23.038 6.2.1.1)"
        case .reservedEscape:
            return "\(position): escape 0x1B 0x1B (reserved for another extension table), shown as a space (TS 23.038 6.2.1.1)"
        case .trailingEscape:
            return "\(position): escape 0x1B at the end with no code after it; nothing shown"
        case .invalidSeptet:
            return "\(position): \(hex) is not a septet; shown as U+FFFD"
        case .undefinedSeptet:
            return "\(position): the locking-shift table defines nothing at \(hex); shown as U+FFFD"
        case .loneSurrogate:
            return "\(position): lone surrogate \(hex); shown as U+FFFD"
        case .oddTrailingOctet:
            return "\(position): odd number of octets, trailing octet \(hex) shown as U+FFFD"
        case .octetsBeyondLength:
            return "\(position): \(Int(value).counting("octets")) after the end given by TP-UDL ignored"
        default:
            return "\(position): \(kind) \(hex)"
        }
    }
}

extension DecodingNote {
    /// The kind of a ``DecodingNote``. An open set: new kinds may be added.
    public struct Kind: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The kind's stable lowerCamelCase name, as used in JSON output, e.g.
        /// `escapeToUndefinedCode`.
        public let rawValue: String

        /// Creates a kind from its name.
        ///
        /// - Parameter rawValue: The name.
        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        /// GSM-7: the escape 0x1B followed by a code the extension table does not define
        /// (including 0x0D, CR2). As TS 23.038 6.2.1.1 requires, the character at that code in
        /// the locking-shift table (the default alphabet unless a national one is in force) is
        /// shown, or U+FFFD where that table is empty too. Offset: the escape; value: the code.
        public static let escapeToUndefinedCode = Self(rawValue: "escapeToUndefinedCode")
        /// GSM-7: 0x1B 0x1B. The extension table reserves 0x1B for a further extension table and
        /// TS 23.038 6.2.1.1 says to show a space; the septet after the pair is read as a new
        /// character. Offset: the first escape; value: 0x1B.
        public static let reservedEscape = Self(rawValue: "reservedEscape")
        /// GSM-7: the last septet is an escape with no code after it. Nothing is shown for it.
        /// Offset: the escape; value: 0x1B.
        public static let trailingEscape = Self(rawValue: "trailingEscape")
        /// GSM-7: an element above 0x7F in a septet string (unpacked data never has one).
        /// Shown as U+FFFD. Offset and value: that element.
        public static let invalidSeptet = Self(rawValue: "invalidSeptet")
        /// GSM-7: a septet that the national locking-shift table in force leaves empty (the
        /// Indic tables have such positions, TS 23.038 annex A.3). Shown as U+FFFD. Offset and
        /// value: that septet.
        public static let undefinedSeptet = Self(rawValue: "undefinedSeptet")
        /// UCS-2: a high surrogate not followed by a low one, or a low surrogate not preceded by
        /// a high one. Shown as U+FFFD. Offset: the octet where the unit starts; value: the unit.
        public static let loneSurrogate = Self(rawValue: "loneSurrogate")
        /// UCS-2: an odd number of octets; the last one is shown as U+FFFD. Offset: that octet;
        /// value: the octet.
        public static let oddTrailingOctet = Self(rawValue: "oddTrailingOctet")
        /// User data: octets after the end TP-UDL gives were ignored. Offset: the first of them
        /// in TP-UD; value: how many.
        public static let octetsBeyondLength = Self(rawValue: "octetsBeyondLength")

        /// The name, e.g. `loneSurrogate`.
        public var description: String { rawValue }

        /// The unit ``DecodingNote/offset`` counts for this kind.
        var unitName: String {
            switch self {
            case .escapeToUndefinedCode, .reservedEscape, .trailingEscape, .invalidSeptet, .undefinedSeptet: "septet"
            default: "octet"
            }
        }
    }
}
