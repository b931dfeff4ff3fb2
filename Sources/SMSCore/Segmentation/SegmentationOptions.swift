/// How text is split into the parts of a concatenated SMS.
///
/// The defaults send GSM-7 when the text allows it, split on user-perceived characters, use an
/// 8-bit concatenation reference chosen at random, and allow up to 255 parts (the most a
/// concatenation information element can number, TS 23.040 9.2.3.24.1).
///
/// ```swift
/// var options = SegmentationOptions()
/// options.split = .words
/// options.maxParts = 3
/// options.reference = .sixteenBit(0x1234)
/// ```
public struct SegmentationOptions: Hashable, Sendable {
    /// Where a part may end.
    public var split: SplitPolicy
    /// The most parts a message may have, 1...255. Segmenting text that needs more throws
    /// ``SegmentationError/tooManyParts(needed:limit:)``.
    public var maxParts: Int
    /// The concatenation reference written into each part's header.
    public var reference: Reference
    /// Whether the encoding is chosen from the text or forced to UCS-2.
    public var encoding: EncodingPreference

    /// Creates options; every parameter has the documented default.
    public init(
        split: SplitPolicy = .graphemes,
        maxParts: Int = 255,
        reference: Reference = .eightBit(nil),
        encoding: EncodingPreference = .automatic
    ) {
        self.split = split
        self.maxParts = maxParts
        self.reference = reference
        self.encoding = encoding
    }

    /// The length in octets of the user data header each part of a multi-part message carries:
    /// UDHL plus the concatenation element (TS 23.040 9.2.3.24.1 and 9.2.3.24.8).
    public var concatenatedHeaderOctets: Int {
        switch reference {
        case .eightBit: 6
        case .sixteenBit: 7
        }
    }
}

extension SegmentationOptions {
    /// Where a part may end. Whatever the policy, a part never ends inside an escape pair
    /// (TS 23.038 6.2.1.1) or a UTF-16 surrogate pair.
    public enum SplitPolicy: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
        /// Never split a user-perceived character (an extended grapheme cluster, Unicode
        /// UAX #29): an emoji ZWJ sequence, a flag, a letter with its combining marks or CR LF
        /// stays in one part. A single character longer than a part is split as ``codeUnits``.
        case graphemes
        /// Fill each part to its limit, splitting between any two Unicode scalars.
        case codeUnits = "code-units"
        /// End a part after the last whitespace in it when there is one (never splitting a
        /// user-perceived character); otherwise split as ``graphemes``.
        case words

        /// The policy's name on the command line and in JSON.
        public var description: String { rawValue }
    }

    /// The concatenation reference number and its size (TS 23.040 9.2.3.24.1 and 9.2.3.24.8).
    ///
    /// `nil` asks the segmenter to generate the number.
    public enum Reference: Hashable, Sendable {
        /// Information element 0x00: an 8-bit reference, 6 octets of header per part.
        case eightBit(UInt8?)
        /// Information element 0x08: a 16-bit reference, 7 octets of header per part.
        case sixteenBit(UInt16?)
    }

    /// Whether the engine chooses the encoding.
    public enum EncodingPreference: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
        /// GSM-7 when every character is in the default alphabet or its extension table,
        /// UCS-2 otherwise.
        case automatic = "auto"
        /// Always UCS-2, even for text GSM-7 could carry.
        case ucs2

        /// The preference's name on the command line and in JSON.
        public var description: String { rawValue }
    }
}
