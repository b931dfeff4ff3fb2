/// One part of a message: its text, where it sits in the message, and what goes on the wire.
public struct SMSPart: Hashable, Sendable {
    /// The part's text.
    public var text: String
    /// The part's position in the message, in Unicode scalars.
    public var scalarRange: Range<Int>
    /// The part's position in the message, in UTF-16 code units.
    public var utf16Range: Range<Int>
    /// The part's length in septets (GSM-7) or UTF-16 code units (UCS-2).
    public var unitCount: Int
    /// The encoding of the whole message.
    public var encoding: SMSEncoding
    /// The user data header: empty for a single part, a concatenation element otherwise
    /// (TS 23.040 9.2.3.24.1 / 9.2.3.24.8).
    public var header: UserDataHeader
    /// TP-User-Data (header, fill bits, payload) and TP-User-Data-Length (TS 23.040 9.2.3.24,
    /// 9.2.3.16).
    public var userData: UserData

    /// The part's concatenation element: its reference, total and sequence number.
    public var concatenation: Concatenation? { header.concatenation }

    init(text: String, range: PartRange, encoding: SMSEncoding, concatenation: Concatenation?) {
        let utf8 = text.utf8
        let slice = text[utf8.index(utf8.startIndex, offsetBy: range.start.mark.utf8Offset)
            ..< utf8.index(utf8.startIndex, offsetBy: range.end.mark.utf8Offset)]
        self.text = String(slice)
        scalarRange = range.start.mark.scalarOffset..<range.end.mark.scalarOffset
        utf16Range = range.start.mark.utf16Offset..<range.end.mark.utf16Offset
        unitCount = range.end.units - range.start.units
        self.encoding = encoding
        header = UserDataHeader(elements: concatenation.map { [.concatenation($0)] } ?? [])
        switch encoding {
        case .gsm7:
            var septets: [UInt8] = []
            do {
                try GSM7Codec.appendSeptets(of: slice.unicodeScalars, to: &septets)
            } catch {
                preconditionFailure("SMSSegmenter chose GSM-7 for text that is not: \(error)")
            }
            userData = .gsm7(header: header, septets: septets)
        case .ucs2, .eightBit:  // the segmenter sends text as GSM-7 or UCS-2 only
            userData = .ucs2(header: header, utf16: slice.utf16)
        }
    }
}
