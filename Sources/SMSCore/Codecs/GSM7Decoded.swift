/// Text decoded from GSM-7 septets, with what the decoder had to repair
/// (TS 23.038 6.2.1 and 6.2.1.1). Returned by ``GSM7Codec/decode(_:)``.
public struct GSM7Decoded: Hashable, Sendable {
    /// The decoded text.
    public var text: String
    /// What the decoder met and how it handled it, in input order; empty for clean input.
    /// Offsets count septets of the input.
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

    /// Whether every septet decoded by the plain rules (no notes).
    public var isClean: Bool { notes.isEmpty }

    /// Hashable by the text's Unicode scalars, not canonical equivalence: two results are equal
    /// only when they hold the same scalars.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.notes == rhs.notes && lhs.text.unicodeScalars.elementsEqual(rhs.text.unicodeScalars)
    }

    /// Hashes the text's UTF-8 and the notes.
    public func hash(into hasher: inout Hasher) {
        for byte in text.utf8 { hasher.combine(byte) }
        hasher.combine(notes)
    }
}
