/// Text to GSM 7-bit septets and back, with the default alphabet and its extension table
/// (3GPP TS 23.038 clauses 6.2.1 and 6.2.1.1) or a national pair of tables (annex A, see
/// ``GSM7Tables``).
///
/// A *septet string* is one septet per `UInt8` (0x00...0x7F), before packing. A character of the
/// extension table (`€ [ ] { } \ ^ ~ |` and form feed) is two elements, the escape 0x1B and its
/// code. Pack a septet string with ``SeptetPacking``.
///
/// Encoding is exact: no normalisation, no transliteration, so `e` + U+0301 and U+00E7 `ç`
/// throw (see ``GSM7Alphabet``). Decoding never fails; it follows the receiver rules of
/// TS 23.038 and reports what it repaired as ``DecodingNote``s.
///
/// ```swift
/// let septets = try GSM7Codec.septets(of: "20€")   // 32 30 1B 65
/// GSM7Codec.decode(septets).text                     // "20€"
/// ```
public enum GSM7Codec {
    /// Appends the septets of each scalar to a septet string.
    ///
    /// A character of the locking-shift table (the default alphabet unless `tables` says
    /// otherwise) adds one septet, a character of the single-shift table two (0x1B and its
    /// code).
    ///
    /// - Parameters:
    ///   - scalars: The text as Unicode scalars (`text.unicodeScalars`).
    ///   - tables: The tables to write with; ``GSM7Tables/standard`` by default.
    ///   - buffer: The septet string to append to. When the function throws, it is left as it
    ///     was.
    /// - Throws: ``GSM7EncodingError`` for the first scalar the tables lack, with its scalar
    ///   offset in `scalars`.
    /// - Complexity: O(*n*) in scalars.
    public static func appendSeptets(
        of scalars: some Sequence<Unicode.Scalar>, tables: GSM7Tables = .standard, to buffer: inout [UInt8]
    ) throws(GSM7EncodingError) {
        // A string's scalars are read straight from its UTF-8.
        if let view = scalars as? String.UnicodeScalarView {
            try appendSeptets(ofUTF8Of: String(view), tables: tables, to: &buffer)
            return
        }
        if let view = scalars as? Substring.UnicodeScalarView {
            try appendSeptets(ofUTF8Of: Substring(view), tables: tables, to: &buffer)
            return
        }
        let start = buffer.count
        reserveForAppending(&buffer, scalars.underestimatedCount)
        var offset = 0
        for scalar in scalars {
            guard appendSeptets(ofScalarValue: scalar.value, tables: tables, to: &buffer) else {
                buffer.removeSubrange(start...)
                throw .unencodable(scalar, offset: offset, tables: tables)
            }
            offset += 1
        }
    }

    /// The septet string of a text.
    ///
    /// - Parameters:
    ///   - text: The text.
    ///   - tables: The tables to write with; ``GSM7Tables/standard`` by default.
    /// - Returns: One septet per locking-shift character, two per single-shift character.
    /// - Throws: ``GSM7EncodingError`` for the first scalar the tables lack.
    /// - Complexity: O(*n*) in scalars.
    public static func septets(of text: some StringProtocol, tables: GSM7Tables = .standard) throws(GSM7EncodingError) -> [UInt8] {
        var septets: [UInt8] = []
        try appendSeptets(ofUTF8Of: text, tables: tables, to: &septets)
        return septets
    }

    private static func appendSeptets(
        ofUTF8Of text: some StringProtocol, tables: GSM7Tables, to septets: inout [UInt8]
    ) throws(GSM7EncodingError) {
        let failure: (value: UInt32, offset: Int)? = withContiguousUTF8(of: text) { utf8 in
            let start = septets.count
            reserveForAppending(&septets, utf8.count)
            var index = 0
            var offset = 0
            while index < utf8.count {
                let (value, length) = scalarValue(inUTF8: utf8, at: index)
                guard appendSeptets(ofScalarValue: value, tables: tables, to: &septets) else {
                    septets.removeSubrange(start...)
                    return (value, offset)
                }
                index += length
                offset += 1
            }
            return nil
        }
        if let failure {
            throw .unencodable(Unicode.Scalar(failure.value) ?? "\u{FFFD}", offset: failure.offset, tables: tables)
        }
    }

    /// Appends the one or two septets of a scalar value; `false`, appending nothing, when the
    /// tables have no code for it.
    @inline(__always)
    private static func appendSeptets(ofScalarValue value: UInt32, tables: GSM7Tables, to septets: inout [UInt8]) -> Bool {
        guard let raw = tables.rawCode(value) else { return false }
        if raw < 0x80 {
            septets.append(raw)
        } else {
            septets.append(GSM7Alphabet.escape)
            septets.append(raw & 0x7F)
        }
        return true
    }

    /// Decodes a septet string into text, following the receiver rules of TS 23.038 6.2.1.1.
    ///
    /// Every septet string decodes; anything unusual is handled as follows and noted:
    ///
    /// | input | shown | note |
    /// |---|---|---|
    /// | 0x1B + a defined extension code | the extension character | — |
    /// | 0x1B + an undefined code *c* (e.g. 0x41, or 0x0D CR2) | the locking-shift table's character at *c* | ``DecodingNote/Kind/escapeToUndefinedCode`` |
    /// | a septet a national locking-shift table leaves empty | U+FFFD | ``DecodingNote/Kind/undefinedSeptet`` |
    /// | 0x1B 0x1B | a space; the next septet starts a new character | ``DecodingNote/Kind/reservedEscape`` |
    /// | 0x1B as the last septet | nothing | ``DecodingNote/Kind/trailingEscape`` |
    /// | an element above 0x7F | U+FFFD | ``DecodingNote/Kind/invalidSeptet`` |
    ///
    /// Septet 0x00 is `@`: padding is never guessed here. (``DecodedUserData`` uses TP-UDL to
    /// know how many septets there are.)
    ///
    /// ```swift
    /// GSM7Codec.decode([0x1B, 0x65]).text          // "€"
    /// GSM7Codec.decode([0x1B, 0x41]).text          // "A", with an escapeToUndefinedCode note
    /// GSM7Codec.decode([0x41, 0x1B]).notes.count   // 1 (trailing escape)
    /// ```
    ///
    /// - Parameters:
    ///   - septets: One septet per element.
    ///   - tables: The tables the septets were written with; ``GSM7Tables/standard`` by default.
    /// - Returns: The text and the notes, in input order.
    /// - Complexity: O(*n*); allocates the string and, only when there are notes, the notes.
    public static func decode(_ septets: some Collection<UInt8>, tables: GSM7Tables = .standard) -> DecodedText {
        withContiguous(septets) { decode(buffer: $0, tables: tables) }
    }

    private static func decode(buffer source: UnsafeBufferPointer<UInt8>, tables: GSM7Tables) -> DecodedText {
        let basic = GSM7Tables.lockingDecoding[Int(tables.lockingShift?.identifier ?? 0)]
        var notes: [DecodingNote] = []
        let count = source.count
        // Every default-alphabet character is at most 2 UTF-8 octets; € (two septets) and U+FFFD
        // (one) are 3.
        let text = makeString(utf8Capacity: 3 * count) { output in
            var written = 0
            var index = 0
            while index < count {
                let septet = source[index]
                switch septet {
                case 0x80...:
                    notes.append(DecodingNote(kind: .invalidSeptet, offset: index, value: UInt32(septet)))
                    written = writeUTF8(0xFFFD, to: output, at: written)
                    index += 1
                case GSM7Alphabet.escape where index + 1 == count:
                    notes.append(DecodingNote(kind: .trailingEscape, offset: index, value: 0x1B))
                    index += 1
                case GSM7Alphabet.escape:
                    let code = source[index + 1]
                    if code >= 0x80 {
                        notes.append(DecodingNote(kind: .invalidSeptet, offset: index + 1, value: UInt32(code)))
                        written = writeUTF8(0xFFFD, to: output, at: written)
                    } else if code == GSM7Alphabet.escape {
                        notes.append(DecodingNote(kind: .reservedEscape, offset: index, value: 0x1B))
                        written = writeUTF8(0x20, to: output, at: written)
                    } else if let scalar = tables.scalar(forExtended: code) {
                        written = writeUTF8(scalar.value, to: output, at: written)
                    } else {
                        notes.append(DecodingNote(kind: .escapeToUndefinedCode, offset: index, value: UInt32(code)))
                        let value = basic[Int(code)]
                        written = writeUTF8(value == 0 ? 0xFFFD : UInt32(value), to: output, at: written)
                    }
                    index += 2
                default:
                    let value = basic[Int(septet)]
                    if value == 0 {
                        notes.append(DecodingNote(kind: .undefinedSeptet, offset: index, value: UInt32(septet)))
                        written = writeUTF8(0xFFFD, to: output, at: written)
                    } else {
                        written = writeUTF8(UInt32(value), to: output, at: written)
                    }
                    index += 1
                }
            }
            return written
        }
        return DecodedText(text: text, notes: notes)
    }
}
