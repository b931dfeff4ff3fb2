/// Text decoded from received user data, with what the decoder had to repair. Returned by
/// ``GSM7Codec/decode(_:tables:)`` (TS 23.038 6.2.1 and 6.2.1.1) and ``UCS2Codec/decode(_:)``
/// (TS 23.038 6.2.3).
///
/// Offsets in ``notes`` count units of the decoder's input: septets for GSM-7, octets for
/// UCS-2.
///
/// ```swift
/// let decoded = UCS2Codec.decode([0x00, 0x48, 0xD8, 0x3D])
/// decoded.text                    // "H\u{FFFD}"
/// decoded.isClean                 // false
/// decoded.loneSurrogateOffsets    // [2]
/// ```
public struct DecodedText: Hashable, Sendable {
    /// The decoded text; what could not be decoded appears as U+FFFD (or, for an escape with
    /// nothing after it, not at all).
    public let text: String
    /// What the decoder met and how it handled it, in input order; empty for clean input.
    /// Offsets count septets (GSM-7) or octets (UCS-2) of the input.
    public let notes: [DecodingNote]

    /// Creates a result; only the decoders make these.
    ///
    /// - Parameters:
    ///   - text: The decoded text.
    ///   - notes: The repairs made.
    init(text: String, notes: [DecodingNote] = []) {
        self.text = text
        self.notes = notes
    }

    /// Whether the input decoded by the plain rules (no notes): every septet a defined
    /// character, or well-formed UTF-16 with an even octet count.
    public var isClean: Bool { notes.isEmpty }

    /// The offsets of the lone surrogates replaced by U+FFFD: the notes of kind
    /// ``DecodingNote/Kind/loneSurrogate``. Only UCS-2 input has them.
    public var loneSurrogateOffsets: [Int] {
        notes.filter { $0.kind == .loneSurrogate }.map(\.offset)
    }

    /// Equal only when the texts hold the same Unicode scalars (not canonical equivalence) and
    /// the notes are equal.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.notes == rhs.notes && lhs.text.unicodeScalars.elementsEqual(rhs.text.unicodeScalars)
    }

    /// Hashes the text's UTF-8 and the notes.
    public func hash(into hasher: inout Hasher) {
        for byte in text.utf8 { hasher.combine(byte) }
        hasher.combine(notes)
    }
}
