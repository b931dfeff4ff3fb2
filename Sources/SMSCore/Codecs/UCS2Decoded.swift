/// Text decoded from UCS-2 (UTF-16 big-endian) octets, with what the decoder had to repair
/// (TS 23.038 6.2.3). Returned by ``UCS2Codec/decode(_:)``.
public struct UCS2Decoded: Hashable, Sendable {
    /// The decoded text; each lone surrogate and an odd trailing octet appear as U+FFFD.
    public var text: String
    /// What the decoder met, in input order; empty for well-formed UTF-16. Offsets count octets
    /// of the input.
    public var notes: [DecodingNote]

    /// Creates a result.
    ///
    /// - Parameters:
    ///   - text: The decoded text.
    ///   - notes: The repairs made.
    public init(text: String, notes: [DecodingNote] = []) {
        self.text = text
        self.notes = notes
    }

    /// The octet offsets of the lone surrogates replaced by U+FFFD.
    public var loneSurrogateOffsets: [Int] {
        notes.filter { $0.kind == .loneSurrogate }.map(\.offset)
    }

    /// Whether the input was well-formed UTF-16 with an even octet count (no notes).
    public var isClean: Bool { notes.isEmpty }

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
