public import Testing

/// One message record of `testdata/peer-vectors-public.jsonl`: a text and the answers that
/// independent peer libraries computed for it (see `testdata/README.md`). Only the reference
/// `value` of each answer is read; which peers agreed is left in the file.
///
/// Keys in the file are snake case (`code_points`); here they are camel case (`codePoints`).
public struct PeerMessage: Decodable, Sendable, CustomTestStringConvertible {
    /// One answer of the record: the reference value the peers were checked against.
    public struct Field<Value: Decodable & Sendable>: Decodable, Sendable {
        /// The reference value.
        public var value: Value
    }

    /// A length and its unit.
    public struct Length: Decodable, Sendable {
        /// `septets` for GSM-7 text, `utf16` for UCS-2 text.
        public var unit: String
        /// The length in that unit.
        public var n: Int
    }

    /// One part of the text split at code-unit boundaries with an 8-bit concatenation reference.
    public struct Segment: Decodable, Sendable {
        /// The part's text.
        public var text: String
        /// The part's bounds as scalar offsets into the whole text: `[start, end]`.
        public var cp: [Int]
        /// The part's bounds as UTF-16 offsets into the whole text: `[start, end]`.
        public var u16: [Int]
        /// The part's length in septets or UTF-16 code units.
        public var len: Int
    }

    /// One part's GSM-7 user data as sent.
    public struct Packed: Decodable, Sendable {
        /// The user data header in hex, or `nil` for a single-part message.
        public var udh: String?
        /// TP-UDL: the user data length in septets, header included.
        public var udl: Int?
        /// The user data (header, fill bits and packed septets) in hex.
        public var ud: String
    }

    /// The record's identifier, such as `p0001`.
    public var id: String
    /// What the record exercises, such as `ascii-boundary`.
    public var category: String
    /// A short remark on the record, where it has one.
    public var note: String?
    /// The message text.
    public var text: String
    /// The text's Unicode scalar count.
    public var codePoints: Int
    /// The text's UTF-16 code unit count.
    public var utf16Units: Int
    /// The 8-bit concatenation reference the peers used for multi-part messages.
    public var concatRef: Int
    /// Whether the text fits the GSM-7 alphabet (basic table and extension).
    public var gsm7: Field<Bool>
    /// The text's length in its encoding's units.
    public var length: Field<Length>
    /// The number of parts.
    public var parts: Field<Int>
    /// The parts, split at code-unit boundaries.
    public var segments: Field<[Segment]>
    /// The whole text as UTF-16 big-endian, in hex.
    public var ucs2Hex: Field<String>
    /// Each part's packed GSM-7 user data; `nil` for UCS-2 text and for
    /// GSM-7 text of more than 255 parts.
    public var gsm7Packed: Field<[Packed]?>

    /// The identifier, category and note, shown as the argument of a parameterised test.
    public var testDescription: String { "\(id) \(category)\(note.map { " (\($0))" } ?? "")" }
}
