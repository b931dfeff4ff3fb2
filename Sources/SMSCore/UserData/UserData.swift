/// The user data of one short message as sent: TP-UD (header, fill bits and payload) and
/// TP-UDL, 3GPP TS 23.040 clauses 9.2.3.16 and 9.2.3.24.
///
/// TP-UDL counts septets for GSM-7 (the header and its fill bits included, rounded up to whole
/// septets) and octets for UCS-2 and 8-bit data (header included).
///
/// ```swift
/// let header = UserDataHeader(elements: [
///     .concatenation(Concatenation(reference: 0x4A, referenceSize: .eightBit, total: 2, sequence: 1))
/// ])
/// let gsm = UserData.gsm7(header: header, septets: try GSM7Codec.septets(of: "hello"))
/// gsm.length           // 12: 7 septets of header and fill, 5 of text
/// Hex.encode(gsm.bytes) // "0500034A0201D06536FB0D": header, 1 fill bit, 5 septets
///
/// let ucs = UserData.ucs2(header: UserDataHeader(), utf16: "Hi".utf16)
/// ucs.bytes            // 00 48 00 69
/// ucs.length           // 4
/// ```
public struct UserData: Hashable, Sendable {
    /// TP-UD: the header (UDHL and elements) when there is one, the fill bits, then the payload.
    public var bytes: [UInt8]
    /// TP-UDL: septets for GSM-7 (header and fill included), octets for UCS-2 and 8-bit data.
    public var length: Int

    /// Wraps received or stored user data.
    ///
    /// Nothing is checked here; ``DecodedUserData/init(parsing:encoding:hasHeader:)`` checks
    /// `length` against `bytes`.
    ///
    /// - Parameters:
    ///   - bytes: TP-UD.
    ///   - length: TP-UDL.
    public init(bytes: [UInt8], length: Int) {
        self.bytes = bytes
        self.length = length
    }

    /// GSM-7 user data: the header, the fill bits that put the first character on a septet
    /// boundary, and the packed septets (TS 23.040 9.2.3.24, TS 23.038 6.1.2.1.1).
    ///
    /// `length` is ⌈8 × header octets / 7⌉ + the septet count; `bytes` holds
    /// ⌈7 × `length` / 8⌉ octets, with zero fill and padding bits. Whether the result fits in
    /// one message (140 octets, TS 23.040 9.2.3.16) is the caller's concern; the segmenter
    /// sizes parts so it does.
    ///
    /// - Parameters:
    ///   - header: The header; an empty one means none (TP-UDHI clear).
    ///   - septets: The septet string, e.g. from ``GSM7Codec/septets(of:tables:)``.
    /// - Returns: TP-UD and TP-UDL.
    /// - Precondition: Every septet is below 0x80, and the header is encodable (see
    ///   ``UserDataHeader/encoded()``).
    /// - Complexity: O(*n*); one allocation.
    public static func gsm7(header: UserDataHeader, septets: some Collection<UInt8>) -> UserData {
        let headerOctets = header.encodedLength
        let fillBits = SeptetPacking.fillBits(afterHeaderOctets: headerOctets)
        let count = septets.count
        var bytes: [UInt8] = []
        bytes.reserveCapacity(headerOctets + SeptetPacking.packedLength(septetCount: count, fillBits: fillBits))
        header.append(to: &bytes)
        SeptetPacking.appendPacked(septets, fillBits: fillBits, to: &bytes)
        return UserData(bytes: bytes, length: SeptetPacking.headerSeptets(headerOctets: headerOctets) + count)
    }

    /// UCS-2 user data: the header, then each UTF-16 code unit big-endian (TS 23.038 6.2.3).
    ///
    /// `length` is the header octets plus 2 per code unit.
    ///
    /// - Parameters:
    ///   - header: The header; an empty one means none.
    ///   - utf16: The code units, e.g. `text.utf16`.
    /// - Returns: TP-UD and TP-UDL.
    /// - Precondition: The header is encodable.
    /// - Complexity: O(*n*); one allocation.
    public static func ucs2(header: UserDataHeader, utf16: some Collection<UInt16>) -> UserData {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(header.encodedLength + 2 * utf16.count)
        header.append(to: &bytes)
        UCS2Codec.appendBigEndianBytes(of: utf16, to: &bytes)
        return UserData(bytes: bytes, length: bytes.count)
    }

    /// 8-bit user data: the header, then the octets as given (TS 23.038 4, TS 23.040 9.2.3.16).
    ///
    /// - Parameters:
    ///   - header: The header; an empty one means none.
    ///   - octets: The payload.
    /// - Returns: TP-UD and TP-UDL (octets).
    /// - Precondition: The header is encodable.
    /// - Complexity: O(*n*); one allocation.
    public static func eightBit(header: UserDataHeader, octets: some Collection<UInt8>) -> UserData {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(header.encodedLength + octets.count)
        header.append(to: &bytes)
        bytes.append(contentsOf: octets)
        return UserData(bytes: bytes, length: bytes.count)
    }

    /// TP-UDL for packed GSM-7 user data received without it: the most septets the octets hold,
    /// less a final septet 0x00 that could be padding.
    ///
    /// *n* octets hold ⌊8*n* / 7⌋ septets (header and fill included). When 8*n* is a multiple
    /// of 7, the last septet fills the top 7 bits of the last octet, which is exactly what
    /// 7 zero bits of padding after one septet fewer look like (TS 23.040 pads with zero bits,
    /// not CR). Such a septet is taken as padding when it is 0x00, because a trailing `@` in a
    /// message of 8*k* septets is much rarer than padding. That guess is wrong for such a
    /// message: send TP-UDL whenever it is known. In every other case the count is exact.
    ///
    /// ```swift
    /// UserData.inferredGSM7Length(of: [0xE8, 0x32, 0x9B, 0xFD, 0x06], hasHeader: false)   // 5
    /// UserData.inferredGSM7Length(of: [0x31, 0xD9, 0x8C, 0x56, 0xB3, 0xDD, 0x00], hasHeader: false) // 7, not 8
    /// ```
    ///
    /// - Parameters:
    ///   - bytes: TP-UD.
    ///   - hasHeader: Whether TP-UD starts with a header (TP-UDHI); the header's septets are
    ///     never taken as padding.
    /// - Returns: The inferred TP-UDL in septets; compare with
    ///   ``SeptetPacking/maxSeptetCount(octetCount:fillBits:)`` to see whether a septet was
    ///   taken as padding.
    /// - Complexity: O(1) for random-access collections.
    public static func inferredGSM7Length(of bytes: some Collection<UInt8>, hasHeader: Bool) -> Int {
        let octets = bytes.count
        let capacity = SeptetPacking.maxSeptetCount(octetCount: octets)
        var headerSeptets = 0
        if hasHeader, let udhl = bytes.first {
            headerSeptets = SeptetPacking.headerSeptets(headerOctets: Int(udhl) + 1)
        }
        guard capacity > headerSeptets, (8 * octets) % 7 == 0, let last = bytes.dropFirst(octets - 1).first, last >> 1 == 0 else {
            return capacity
        }
        return capacity - 1
    }
}
