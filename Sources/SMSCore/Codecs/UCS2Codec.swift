/// Text to UCS-2 octets and back: UTF-16 big-endian, as SMS carries it (3GPP TS 23.038
/// clause 6.2.3, TS 23.040 9.2.3.16).
///
/// TS 23.038 names the 16-bit alphabet UCS-2; handsets and SMSCs send UTF-16, so a character
/// outside the Basic Multilingual Plane travels as a surrogate pair (two code units, four
/// octets). This codec writes and reads UTF-16 big-endian.
///
/// ```swift
/// UCS2Codec.bigEndianBytes(of: "Hi 👋")   // 00 48 00 69 00 20 D8 3D DC 4B
/// UCS2Codec.decode([0x00, 0x48, 0xD8, 0x3D]).text   // "H\u{FFFD}", with a loneSurrogate note
/// ```
public enum UCS2Codec {
    /// The UTF-16 big-endian octets of a text: two per UTF-16 code unit.
    ///
    /// - Parameter text: The text.
    /// - Returns: `2 × text.utf16.count` octets.
    /// - Complexity: O(*n*) in UTF-16 code units; one allocation.
    public static func bigEndianBytes(of text: some StringProtocol) -> [UInt8] {
        withContiguousUTF8(of: text) { utf8 in
            let count = 2 * utf16Count(ofUTF8: utf8)
            return [UInt8](unsafeUninitializedCapacity: count) { output, initialized in
                initialized = writeBigEndian(utf8: utf8, to: output, at: 0)
            }
        }
    }

    /// The big-endian octets of UTF-16 code units, two per unit.
    ///
    /// - Parameter units: The code units; they are written as given, even lone surrogates.
    /// - Returns: `2 × units.count` octets.
    /// - Complexity: O(*n*); one allocation.
    public static func bigEndianBytes(ofUTF16 units: some Collection<UInt16>) -> [UInt8] {
        var bytes: [UInt8] = []
        appendBigEndianBytes(of: units, to: &bytes)
        return bytes
    }

    /// Appends the big-endian octets of UTF-16 code units to a buffer, two per unit.
    ///
    /// - Parameters:
    ///   - units: The code units (for a text, `text.utf16`).
    ///   - buffer: The buffer to append to; capacity is reserved once.
    /// - Complexity: O(*n*).
    public static func appendBigEndianBytes(of units: some Collection<UInt16>, to buffer: inout [UInt8]) {
        let start = buffer.count
        // A string's code units are transcoded straight from its UTF-8.
        if let view = units as? String.UTF16View {
            appendBigEndianBytes(ofUTF8Of: String(view), to: &buffer)
            return
        }
        if let view = units as? Substring.UTF16View {
            appendBigEndianBytes(ofUTF8Of: Substring(view), to: &buffer)
            return
        }
        buffer.append(contentsOf: repeatElement(0, count: 2 * units.count))
        buffer.withUnsafeMutableBufferPointer { target in
            var index = start
            func write(_ unit: UInt16) { index = writeBigEndian(unit, to: target, at: index) }
            if units.withContiguousStorageIfAvailable({ $0.forEach(write) }) == nil {
                units.forEach(write)
            }
        }
    }

    private static func appendBigEndianBytes(ofUTF8Of text: some StringProtocol, to bytes: inout [UInt8]) {
        withContiguousUTF8(of: text) { utf8 in
            let start = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: 2 * utf16Count(ofUTF8: utf8)))
            bytes.withUnsafeMutableBufferPointer { target in
                _ = writeBigEndian(utf8: utf8, to: target, at: start)
            }
        }
    }

    /// Writes the UTF-16BE form of valid UTF-8 at `start`; returns the end index.
    private static func writeBigEndian(
        utf8: UnsafeBufferPointer<UInt8>, to output: UnsafeMutableBufferPointer<UInt8>, at start: Int
    ) -> Int {
        var index = start
        forEachUTF16Unit(inUTF8: utf8) { unit in index = writeBigEndian(unit, to: output, at: index) }
        return index
    }

    /// Writes one code unit, high octet first, at `index`; returns the next index.
    @inline(__always)
    private static func writeBigEndian(_ unit: UInt16, to output: UnsafeMutableBufferPointer<UInt8>, at index: Int) -> Int {
        output[index] = UInt8(truncatingIfNeeded: unit >> 8)
        output[index + 1] = UInt8(truncatingIfNeeded: unit)
        return index + 2
    }

    /// Decodes UTF-16 big-endian octets into text.
    ///
    /// Every input decodes; anything unusual is replaced and noted:
    ///
    /// | input | shown | note |
    /// |---|---|---|
    /// | a high surrogate not followed by a low one, or a low one without a high one before it | U+FFFD for that unit | ``DecodingNote/Kind/loneSurrogate`` (octet offset of the unit) |
    /// | an odd number of octets | U+FFFD for the last octet | ``DecodingNote/Kind/oddTrailingOctet`` |
    ///
    /// U+0000 and noncharacters are kept as sent.
    ///
    /// - Parameter bytes: The octets, big-endian, two per code unit.
    /// - Returns: The text and the notes, in input order.
    /// - Complexity: O(*n*); allocates the string and, only when there are notes, the notes.
    public static func decode(_ bytes: some Collection<UInt8>) -> DecodedText {
        withContiguous(bytes) { decode(buffer: $0) }
    }

    private static func decode(buffer source: UnsafeBufferPointer<UInt8>) -> DecodedText {
        var notes: [DecodingNote] = []
        let unitCount = source.count / 2
        // A BMP unit is at most 3 UTF-8 octets, a surrogate pair (two units) 4, U+FFFD 3.
        let text = makeString(utf8Capacity: 3 * unitCount + 3) { output in
            var written = 0
            var unitIndex = 0
            @inline(__always) func unit(_ i: Int) -> UInt32 {
                UInt32(source[2 * i]) << 8 | UInt32(source[2 * i + 1])
            }
            while unitIndex < unitCount {
                let value = unit(unitIndex)
                if value & 0xF800 != 0xD800 {
                    written = writeUTF8(value, to: output, at: written)
                    unitIndex += 1
                } else if value < 0xDC00, unitIndex + 1 < unitCount, unit(unitIndex + 1) & 0xFC00 == 0xDC00 {
                    let low = unit(unitIndex + 1)
                    written = writeUTF8(0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00), to: output, at: written)
                    unitIndex += 2
                } else {
                    notes.append(DecodingNote(kind: .loneSurrogate, offset: 2 * unitIndex, value: value))
                    written = writeUTF8(0xFFFD, to: output, at: written)
                    unitIndex += 1
                }
            }
            if source.count % 2 == 1 {
                let offset = source.count - 1
                notes.append(DecodingNote(kind: .oddTrailingOctet, offset: offset, value: UInt32(source[offset])))
                written = writeUTF8(0xFFFD, to: output, at: written)
            }
            return written
        }
        return DecodedText(text: text, notes: notes)
    }
}
