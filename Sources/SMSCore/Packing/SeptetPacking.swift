/// Packing GSM 7-bit septets into octets and back, 3GPP TS 23.038 clause 6.1.2.1.1 and
/// TS 23.040 clause 9.2.3.24.
///
/// Septets are packed least significant bit first: septet *i* occupies bits
/// `fill + 7i ..< fill + 7i + 7` of the output, counting bit 0 as the low bit of the first octet.
/// The *fill bits* are the zero bits that follow a user data header so that the first character
/// starts on a septet boundary of the whole TP-UD (TS 23.040 9.2.3.24): 1 after the usual
/// 6-octet concatenation header, 0 after a 7-octet one.
///
/// Unused bits at the end of the last octet are zero. No CR is added when 7 bits are left
/// over: TP-UDL gives the septet count, so the receiver is not confused by the padding
/// (the CR rule of TS 23.038 6.1.2.3.1 is for USSD and cell broadcast, which have no length).
///
/// ```swift
/// let septets: [UInt8] = [0x68, 0x65, 0x6C, 0x6C, 0x6F]             // "hello"
/// SeptetPacking.packed(septets, fillBits: 0)                       // E8 32 9B FD 06
/// try SeptetPacking.unpack([0xE8, 0x32, 0x9B, 0xFD, 0x06], septetCount: 5, fillBits: 0) == septets
/// SeptetPacking.fillBits(afterHeaderOctets: 6)                     // 1
/// ```
public enum SeptetPacking {
    /// The number of octets `septetCount` septets take after `fillBits` fill bits:
    /// ⌈(7 × septetCount + fillBits) / 8⌉.
    ///
    /// Any count up to `Int.max` gives its length without overflow, so a TP-UDL read from the
    /// wire can be checked against the octets received.
    ///
    /// - Parameters:
    ///   - septetCount: The number of septets, 0 or more.
    ///   - fillBits: The fill bits before the first septet, 0...6.
    /// - Returns: The packed length in octets.
    /// - Complexity: O(1).
    public static func packedLength(septetCount: Int, fillBits: Int = 0) -> Int {
        // Every 8 septets fill 7 octets exactly; only the rest needs rounding.
        7 * (septetCount / 8) + (7 * (septetCount % 8) + fillBits + 7) / 8
    }

    /// The fill bits between a user data header of `headerOctets` octets (UDHL included) and the
    /// first septet, so the text starts on a septet boundary (TS 23.040 9.2.3.24): 0...6.
    ///
    /// | header octets | 0 | 6 | 7 | 8 |
    /// |---|---|---|---|---|
    /// | fill bits | 0 | 1 | 0 | 6 |
    ///
    /// - Parameter headerOctets: The header length, 0 when there is none.
    /// - Returns: The number of fill bits.
    /// - Complexity: O(1).
    public static func fillBits(afterHeaderOctets headerOctets: Int) -> Int {
        (7 - (8 * headerOctets) % 7) % 7
    }

    /// The septets a user data header of `headerOctets` octets and its fill bits take out of
    /// TP-UDL: ⌈8 × headerOctets / 7⌉ (TS 23.040 9.2.3.16: 7 for a 6-octet header, 8 for a
    /// 7-octet one).
    ///
    /// - Parameter headerOctets: The header length, UDHL included; 0 when there is none.
    /// - Returns: The header's share of TP-UDL in septets.
    /// - Complexity: O(1).
    public static func headerSeptets(headerOctets: Int) -> Int {
        (8 * headerOctets + 6) / 7
    }

    /// The most septets that `octetCount` octets can hold after `fillBits` fill bits:
    /// ⌊(8 × octetCount − fillBits) / 7⌋.
    ///
    /// When the remainder is 0 the last septet lies entirely in the last octet's top 7 bits, so
    /// a sender with one septet fewer would have sent the same octet count with 7 zero bits of
    /// padding; this is why TP-UDL is needed to tell a trailing `@` (septet 0x00) from padding.
    ///
    /// - Parameters:
    ///   - octetCount: The number of packed octets.
    ///   - fillBits: The fill bits before the first septet, 0...6.
    /// - Returns: The septet capacity, never negative.
    /// - Complexity: O(1).
    public static func maxSeptetCount(octetCount: Int, fillBits: Int = 0) -> Int {
        max(0, (8 * octetCount - fillBits) / 7)
    }

    /// Packs septets after `fillBits` zero bits and appends the octets to a buffer.
    ///
    /// Exactly ``packedLength(septetCount:fillBits:)`` octets are appended; the fill bits and
    /// the unused high bits of the last octet are zero.
    ///
    /// - Parameters:
    ///   - septets: One septet per element, each 0x00...0x7F (an extension character is two
    ///     elements, 0x1B and its code; see ``GSM7Codec``).
    ///   - fillBits: The zero bits before the first septet, 0...6; see
    ///     ``fillBits(afterHeaderOctets:)``.
    ///   - buffer: The buffer to append to; capacity is reserved once.
    /// - Precondition: `fillBits` is in 0...6 and every septet is below 0x80.
    /// - Complexity: O(*n*) in the number of septets.
    public static func appendPacked(_ septets: some Collection<UInt8>, fillBits: Int, to buffer: inout [UInt8]) {
        precondition((0...6).contains(fillBits), "SeptetPacking: fillBits must be 0...6, not \(fillBits)")
        let count = septets.count
        let length = packedLength(septetCount: count, fillBits: fillBits)
        let start = buffer.count
        reserveForAppending(&buffer, length)
        withContiguous(septets) { source in
            buffer.append(contentsOf: repeatElement(0, count: length))
            buffer.withUnsafeMutableBufferPointer { target in
                _ = packCore(source, fillBits: fillBits, into: UnsafeMutableBufferPointer(rebasing: target[start...]))
            }
        }
    }

    /// Packs septets after `fillBits` zero bits into a new array of
    /// ``packedLength(septetCount:fillBits:)`` octets.
    ///
    /// - Parameters:
    ///   - septets: One septet per element, each 0x00...0x7F.
    ///   - fillBits: The zero bits before the first septet, 0...6.
    /// - Returns: The packed octets.
    /// - Precondition: `fillBits` is in 0...6 and every septet is below 0x80.
    /// - Complexity: O(*n*); one allocation.
    public static func packed(_ septets: some Collection<UInt8>, fillBits: Int = 0) -> [UInt8] {
        precondition((0...6).contains(fillBits), "SeptetPacking: fillBits must be 0...6, not \(fillBits)")
        let length = packedLength(septetCount: septets.count, fillBits: fillBits)
        return withContiguous(septets) { source in
            [UInt8](unsafeUninitializedCapacity: length) { buffer, initialized in
                initialized = packCore(source, fillBits: fillBits, into: buffer)
            }
        }
    }

    /// Unpacks `septetCount` septets that start after `fillBits` bits of `bytes`.
    ///
    /// The fill bits and any bits after the last septet are ignored, whatever their value.
    ///
    /// - Parameters:
    ///   - bytes: The packed octets, starting with the octet that holds the fill bits (for a
    ///     TP-UD with a header: the octets after the header).
    ///   - septetCount: The number of septets to read: TP-UDL minus the header's septets
    ///     (``headerSeptets(headerOctets:)``).
    ///   - fillBits: The bits to skip before the first septet, 0...6.
    /// - Returns: `septetCount` septets, each 0x00...0x7F.
    /// - Throws: ``SeptetPackingError`` when `bytes` holds fewer than
    ///   ``packedLength(septetCount:fillBits:)`` octets, or `septetCount` is negative.
    /// - Precondition: `fillBits` is in 0...6.
    /// - Complexity: O(*n*) in `septetCount`; one allocation.
    public static func unpack(
        _ bytes: some Collection<UInt8>, septetCount: Int, fillBits: Int = 0
    ) throws(SeptetPackingError) -> [UInt8] {
        precondition((0...6).contains(fillBits), "SeptetPacking: fillBits must be 0...6, not \(fillBits)")
        guard septetCount >= 0 else { throw .negativeSeptetCount(septetCount) }
        let needed = packedLength(septetCount: septetCount, fillBits: fillBits)
        let available = bytes.count
        guard needed <= available else {
            throw .insufficientData(septetCount: septetCount, fillBits: fillBits, needed: needed, available: available)
        }
        return withContiguous(bytes) { source in
            [UInt8](unsafeUninitializedCapacity: septetCount) { target, initialized in
                var bit = fillBits
                for index in 0..<septetCount {
                    let octet = bit >> 3
                    let shift = bit & 7
                    var window = UInt16(source[octet])
                    if shift > 1 { window |= UInt16(source[octet + 1]) << 8 }
                    target[index] = UInt8(truncatingIfNeeded: window >> UInt16(shift)) & 0x7F
                    bit += 7
                }
                initialized = septetCount
            }
        }
    }

    /// Packs `source` into `target`, which holds exactly the packed length; returns that length.
    private static func packCore(
        _ source: UnsafeBufferPointer<UInt8>, fillBits: Int, into target: UnsafeMutableBufferPointer<UInt8>
    ) -> Int {
        var accumulator: UInt64 = 0
        var bits = fillBits
        var written = 0
        for septet in source {
            precondition(septet < 0x80, "SeptetPacking: \(septet) is not a septet (0x00...0x7F)")
            accumulator |= UInt64(septet) << UInt64(bits)
            bits += 7
            if bits >= 56 {
                // Flush seven whole octets at once.
                for _ in 0..<7 {
                    target[written] = UInt8(truncatingIfNeeded: accumulator)
                    accumulator >>= 8
                    written += 1
                }
                bits -= 56
            }
        }
        while bits > 0 {
            target[written] = UInt8(truncatingIfNeeded: accumulator)
            accumulator >>= 8
            written += 1
            bits -= 8
        }
        return written
    }
}
