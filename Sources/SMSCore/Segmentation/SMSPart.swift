/// One part of a message: its text, where it sits in the message, and what goes on the wire.
///
/// ``SMSSegmenter`` makes parts; they are read-only.
///
/// ```swift
/// let parts = try SMSSegmenter().segment(longText)
/// parts[1].range.lowerBound.scalarOffset   // 153: where part 2 starts, in Unicode scalars
/// parts[1].header.encoded()                // 05 00 03 REF 02 02
/// ```
public struct SMSPart: Hashable, Sendable {
    /// The part's text.
    public let text: String
    /// The part's place in the message: from the position of its first scalar to the position
    /// after its last, in Unicode scalars and UTF-16 code units.
    public let range: Range<TextPosition>
    /// The part's length in septets (GSM-7) or UTF-16 code units (UCS-2).
    public let unitCount: Int
    /// The encoding of the whole message.
    public let encoding: SMSEncoding
    /// The GSM 7-bit tables of the whole message; ``GSM7Tables/standard`` for UCS-2.
    public let tables: GSM7Tables
    /// The user data header: a concatenation element when the message has several parts
    /// (TS 23.040 9.2.3.24.1 / 9.2.3.24.8), then the national language elements of
    /// ``tables`` (9.2.3.24.16 / 9.2.3.24.15); empty for a single part with the standard
    /// tables.
    public let header: UserDataHeader
    /// TP-User-Data (header, fill bits, payload) and TP-User-Data-Length (TS 23.040 9.2.3.24,
    /// 9.2.3.16).
    public let userData: UserData

    /// The part's concatenation element: its reference, total and sequence number.
    public var concatenation: Concatenation? { header.concatenation }

    init(text: String, range: PartRange, encoding: SMSEncoding, tables: GSM7Tables, concatenation: Concatenation?) {
        let utf8 = text.utf8
        let slice = text[utf8.index(utf8.startIndex, offsetBy: range.start.mark.utf8Offset)
            ..< utf8.index(utf8.startIndex, offsetBy: range.end.mark.utf8Offset)]
        self.text = String(slice)
        self.range = range.start.mark.textPosition..<range.end.mark.textPosition
        unitCount = range.end.units - range.start.units
        self.encoding = encoding
        self.tables = tables
        let header = UserDataHeader(
            elements: (concatenation.map { [.concatenation($0)] } ?? []) + (encoding == .gsm7 ? tables.informationElements : []))
        self.header = header
        switch encoding {
        case .gsm7:
            var septets: [UInt8] = []
            do {
                try GSM7Codec.appendSeptets(of: slice.unicodeScalars, tables: tables, to: &septets)
            } catch {
                preconditionFailure("SMSSegmenter chose GSM-7 for text that is not: \(error)")
            }
            userData = .gsm7(header: header, septets: septets)
        case .ucs2, .eightBit:  // the segmenter sends text as GSM-7 or UCS-2 only
            userData = .ucs2(header: header, utf16: slice.utf16)
        }
    }
}
