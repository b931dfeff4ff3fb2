/// The header and text of one received short message, decoded from TP-UD and TP-UDL
/// (3GPP TS 23.040 9.2.3.16 and 9.2.3.24, TS 23.038 6.2).
///
/// This is the inverse of ``UserData/gsm7(header:septets:)`` and
/// ``UserData/ucs2(header:utf16:)``: parse the header when TP-UDHI is set, skip it (and, for
/// GSM-7, the fill bits), then unpack and decode the payload. The result keeps the raw payload
/// so ``Reassembly`` can join parts.
///
/// ```swift
/// let received = UserData(bytes: try Hex.decode("050003490501E86F"), length: 9)
/// let part = try DecodedUserData(parsing: received, encoding: .gsm7, hasHeader: true)
/// part.concatenation   // reference 73 (8-bit), part 1 of 5
/// part.text            // "to"
/// ```
///
/// Decoding rules:
/// - GSM-7: TP-UDL septets are read; the header takes ⌈8 × header octets / 7⌉ of them.
///   Characters follow ``GSM7Codec/decode(_:tables:)`` with the tables the header selects
///   (``GSM7Tables/init(header:)``: national language elements 0x24 and 0x25).
/// - UCS-2: TP-UDL octets are read; the text follows ``UCS2Codec/decode(_:)``.
/// - 8-bit: TP-UDL octets are read; ``payload`` holds them and ``text`` is empty (8-bit data
///   has no character set).
/// - Octets after the end TP-UDL gives are ignored and noted
///   (``DecodingNote/Kind/octetsBeyondLength``).
/// - A header whose UDHL is sound but whose elements run past it is ignored, as
///   TS 23.040 9.2.3.24 prescribes: ``header`` is empty, ``ignoredHeaderError`` says why, and the
///   text after it is still decoded.
/// - TP-UDL above the usual maxima (160 septets, 140 octets) is accepted.
public struct DecodedUserData: Hashable, Sendable {
    /// The character set the part was decoded with.
    public let encoding: SMSEncoding
    /// The header; empty when TP-UDHI was clear or the header was ignored.
    public let header: UserDataHeader
    /// The octets the header occupies in TP-UD, UDHL included (0 without one); the payload
    /// starts after them (and, for GSM-7, after the fill bits).
    public let headerOctets: Int
    /// Why a header present in TP-UD was ignored, or `nil`.
    public let ignoredHeaderError: UserDataHeaderError?
    /// The payload after the header: one septet per element for GSM-7, octets for UCS-2 and
    /// 8-bit data.
    public let payload: [UInt8]
    /// The decoded text; empty for 8-bit data.
    public let text: String
    /// What the decoders repaired, in order. Offsets of character notes count payload septets
    /// (GSM-7) or payload octets (UCS-2); ``DecodingNote/Kind/octetsBeyondLength`` counts
    /// TP-UD octets.
    public let notes: [DecodingNote]

    /// Parses and decodes received user data.
    ///
    /// - Parameters:
    ///   - userData: TP-UD and TP-UDL.
    ///   - encoding: The character set from TP-DCS (TS 23.038 4).
    ///   - hasHeader: TP-UDHI: whether TP-UD starts with a header (TS 23.040 9.2.3.23).
    /// - Throws: ``UserDataError`` when TP-UDL is negative or needs more octets than TP-UD
    ///   holds, when UDHL is missing or runs past TP-UD, or when the header is longer than
    ///   TP-UDL allows. Each error gives the offset.
    /// - Complexity: O(*n*) in TP-UD.
    public init(parsing userData: UserData, encoding: SMSEncoding, hasHeader: Bool) throws(UserDataError) {
        let bytes = userData.bytes
        let length = userData.length
        guard length >= 0 else { throw .negativeLength(length) }
        let needed = encoding == .gsm7 ? SeptetPacking.packedLength(septetCount: length) : length
        guard needed <= bytes.count else {
            throw .lengthExceedsData(length: length, encoding: encoding, needed: needed, available: bytes.count)
        }

        var header = UserDataHeader()
        var headerOctets = 0
        var ignoredHeaderError: UserDataHeaderError? = nil
        if hasHeader {
            // Only the octets TP-UDL covers belong to TP-UD.
            let covered = bytes.prefix(needed)
            do {
                header = try UserDataHeader(parsing: covered)
            } catch where error.isLengthError {
                throw .invalidHeader(error)
            } catch {
                ignoredHeaderError = error
            }
            headerOctets = Int(covered[0]) + 1
        }

        var notes: [DecodingNote] = []
        let text: String
        switch encoding {
        case .gsm7:
            let headerSeptets = SeptetPacking.headerSeptets(headerOctets: headerOctets)
            guard headerSeptets <= length else {
                throw .headerExceedsLength(headerOctets: headerOctets, length: length, encoding: encoding)
            }
            let fillBits = SeptetPacking.fillBits(afterHeaderOctets: headerOctets)
            do {
                payload = try SeptetPacking.unpack(
                    bytes[headerOctets..<needed], septetCount: length - headerSeptets, fillBits: fillBits
                )
            } catch {
                // Unreachable: `needed` octets cover header, fill and every septet.
                throw .lengthExceedsData(length: length, encoding: encoding, needed: needed, available: bytes.count)
            }
            (text, notes) = Self.decode(payload, encoding: encoding, header: header)
        case .ucs2, .eightBit:
            payload = Array(bytes[headerOctets..<needed])
            (text, notes) = Self.decode(payload, encoding: encoding, header: header)
        }
        self.text = text
        if bytes.count > needed {
            notes.append(DecodingNote(kind: .octetsBeyondLength, offset: needed, value: UInt32(bytes.count - needed)))
        }
        self.encoding = encoding
        self.header = header
        self.headerOctets = headerOctets
        self.ignoredHeaderError = ignoredHeaderError
        self.notes = notes
    }

    /// A part whose header and payload arrived apart, as a gateway's callback delivers an
    /// inbound part: the header from one field, the characters from another.
    ///
    /// The payload is decoded as ``init(parsing:encoding:hasHeader:)`` decodes it, so
    /// ``Reassembly`` treats such parts like parts decoded from TP-UD. Text that arrived as
    /// characters, in any character set, is carried exactly as UCS-2: its UTF-16 big-endian
    /// octets (``UCS2Codec/bigEndianBytes(of:)``).
    ///
    /// ```swift
    /// let header = try UserDataHeader(parsing: Hex.decode("050003330201"))
    /// let part = DecodedUserData(header: header, encoding: .ucs2,
    ///                            payload: UCS2Codec.bigEndianBytes(of: "Hello, "))
    /// part.concatenation   // reference 51 (8-bit), part 1 of 2
    /// ```
    ///
    /// - Parameters:
    ///   - header: The header (empty when the part had none).
    ///   - encoding: The character set of the payload.
    ///   - payload: One septet per element for GSM-7 (values above 0x7F are noted and
    ///     replaced, as ``GSM7Codec/decode(_:tables:)`` does), octets for UCS-2 and 8-bit data.
    /// - Complexity: O(*n*) in the payload.
    public init(header: UserDataHeader, encoding: SMSEncoding, payload: [UInt8]) {
        self.encoding = encoding
        self.header = header
        self.headerOctets = header.encodedLength
        self.ignoredHeaderError = nil
        self.payload = payload
        (text, notes) = Self.decode(payload, encoding: encoding, header: header)
    }

    /// A part that arrived as characters with its header apart, as a gateway's callback
    /// delivers an inbound part: carried as UCS-2, the text's UTF-16 big-endian octets.
    ///
    /// ```swift
    /// let part = DecodedUserData(header: header, text: "Hello, ")
    /// ```
    ///
    /// - Parameters:
    ///   - header: The header (empty when the part had none).
    ///   - text: The part's text.
    /// - Complexity: O(*n*) in the text.
    public init(header: UserDataHeader, text: some StringProtocol) {
        self.init(header: header, encoding: .ucs2, payload: UCS2Codec.bigEndianBytes(of: text))
    }

    /// The text and notes of a payload, GSM-7 read with the tables the header selects; no text
    /// for 8-bit data.
    private static func decode(_ payload: [UInt8], encoding: SMSEncoding, header: UserDataHeader) -> (String, [DecodingNote]) {
        let decoded: DecodedText
        switch encoding {
        case .gsm7: decoded = GSM7Codec.decode(payload, tables: GSM7Tables(header: header))
        case .ucs2: decoded = UCS2Codec.decode(payload)
        case .eightBit: return ("", [])
        }
        return (decoded.text, decoded.notes)
    }

    /// The GSM 7-bit tables the header selects (national language elements 0x24 and 0x25,
    /// TS 23.040 9.2.3.24.15 and 9.2.3.24.16); ``GSM7Tables/standard`` when it selects none.
    /// Meaningful for GSM-7 parts.
    public var tables: GSM7Tables { GSM7Tables(header: header) }

    /// The concatenation element of the header, if any (see ``UserDataHeader/concatenation``).
    public var concatenation: Concatenation? { header.concatenation }

    /// Equal when every field is, comparing texts by Unicode scalars (not canonical
    /// equivalence).
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.encoding == rhs.encoding && lhs.header == rhs.header && lhs.headerOctets == rhs.headerOctets
            && lhs.ignoredHeaderError == rhs.ignoredHeaderError && lhs.payload == rhs.payload
            && lhs.notes == rhs.notes && lhs.text.unicodeScalars.elementsEqual(rhs.text.unicodeScalars)
    }

    /// Hashes every field, the text by its UTF-8.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(encoding)
        hasher.combine(header)
        hasher.combine(headerOctets)
        hasher.combine(ignoredHeaderError)
        hasher.combine(payload)
        hasher.combine(notes)
        for byte in text.utf8 { hasher.combine(byte) }
    }
}
