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
/// options.encodingPreference = .ucs2
/// options.languages = [.turkish]   // national language tables, TS 23.038 annex A
/// ```
public struct SegmentationOptions: Hashable, Sendable {
    /// Where a part may end.
    public var split: SplitPolicy
    /// The most parts a message may have, 1...255. Segmenting text that needs more throws
    /// ``SegmentationError/tooManyParts(needed:maxParts:)``.
    public var maxParts: Int
    /// The concatenation reference written into each part's header: its size and, optionally,
    /// its number.
    public var reference: Reference
    /// Whether the encoding is chosen from the text or forced to UCS-2. A preference: the
    /// encoding actually used is ``SMSPlan/encoding`` and ``SMSPart/encoding``.
    public var encodingPreference: EncodingPreference
    /// The national locking-shift tables the engine may choose from (TS 23.038 annex A.3),
    /// in the caller's order of preference; none by default. Spanish, which has none, is
    /// dropped, as is a repeated language (reading the list back gives the languages kept).
    ///
    /// Networks and handsets must support national tables: enable only those the route does.
    /// The default alphabet is always a candidate too; see ``languages`` for the rule that
    /// chooses.
    public var lockingShiftLanguages: [NationalLanguage] {
        get { lockingShift.array }
        set { lockingShift = NationalLanguageList(newValue, where: \.hasLockingShiftTable) }
    }
    /// The national single-shift tables the engine may choose from (TS 23.038 annex A.2), in
    /// the caller's order of preference; none by default. A repeated language is dropped. The
    /// default extension table is always a candidate too.
    public var singleShiftLanguages: [NationalLanguage] {
        get { singleShift.array }
        set { singleShift = NationalLanguageList(newValue) }
    }
    /// ``lockingShiftLanguages``, stored inline.
    private(set) var lockingShift: NationalLanguageList
    /// ``singleShiftLanguages``, stored inline.
    private(set) var singleShift: NationalLanguageList

    /// Creates options; every parameter has the documented default.
    ///
    /// - Parameters:
    ///   - split: Where a part may end; ``SplitPolicy/graphemes`` by default.
    ///   - maxParts: The most parts, 1...255; 255 by default.
    ///   - reference: The concatenation reference; an 8-bit one drawn at random by default.
    ///   - encodingPreference: ``EncodingPreference/automatic`` by default.
    ///   - languages: National languages whose locking-shift and single-shift tables may be
    ///     used (``languages``); none by default.
    public init(
        split: SplitPolicy = .graphemes,
        maxParts: Int = 255,
        reference: Reference = .eightBit(),
        encodingPreference: EncodingPreference = .automatic,
        languages: [NationalLanguage] = []
    ) {
        self.split = split
        self.maxParts = maxParts
        self.reference = reference
        self.encodingPreference = encodingPreference
        self.lockingShift = NationalLanguageList(languages, where: \.hasLockingShiftTable)
        self.singleShift = NationalLanguageList(languages)
    }

    /// The languages whose tables may be used, both kinds (Spanish: its single-shift table
    /// only). Setting it sets ``lockingShiftLanguages`` and ``singleShiftLanguages``; reading
    /// it gives the languages of either list, the single-shift list's order first.
    ///
    /// The candidates are every pair of ({default alphabet} ∪ the locking-shift tables) ×
    /// ({default extension table} ∪ the single-shift tables) that can write the text. The
    /// chosen pair (``SMSPlan/tables``) has, in this order of importance: the fewest parts;
    /// the most septets left in the last part; the fewest national tables; the languages
    /// earliest in the caller's lists (the locking-shift table compared first, the default
    /// table before any language). When no pair can write the text, it goes as UCS-2.
    public var languages: [NationalLanguage] {
        get {
            NationalLanguageList(singleShiftLanguages + lockingShiftLanguages).array
        }
        set {
            lockingShift = NationalLanguageList(newValue, where: \.hasLockingShiftTable)
            singleShift = NationalLanguageList(newValue)
        }
    }

    /// Whether any national table is enabled.
    var usesNationalTables: Bool { lockingShift.count != 0 || singleShift.count != 0 }

    /// The length in octets of the user data header each part of a multi-part message carries:
    /// UDHL plus the concatenation element (TS 23.040 9.2.3.24.1 and 9.2.3.24.8), taken from
    /// the header built for ``Reference/size`` (see
    /// ``Concatenation/ReferenceSize/concatenatedHeaderOctets``).
    ///
    /// - Complexity: O(1).
    public var concatenatedHeaderOctets: Int {
        reference.size.concatenatedHeaderOctets
    }
}

extension SegmentationOptions {
    /// Where a part may end. Whatever the policy, a part never ends inside an escape pair
    /// (TS 23.038 6.2.1.1) or a UTF-16 surrogate pair.
    public enum SplitPolicy: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
        /// Never split a user-perceived character (an extended grapheme cluster, Unicode
        /// UAX #29): an emoji ZWJ sequence, a flag, a letter with its combining marks or CR LF
        /// stays in one part. A single character longer than a part is split as ``scalars``.
        case graphemes
        /// Fill each part as full as it goes, splitting between any two Unicode scalars (never
        /// inside one: an escape pair or a surrogate pair stays whole).
        case scalars
        /// End a part after the last whitespace in it when there is one (never splitting a
        /// user-perceived character); otherwise split as ``graphemes``.
        case words

        /// The policy's name on the command line and in JSON.
        public var description: String { rawValue }
    }

    /// The concatenation reference's size and number (TS 23.040 9.2.3.24.1 and 9.2.3.24.8).
    ///
    /// A `nil` ``value`` asks the segmenter to generate the number.
    ///
    /// ```swift
    /// SegmentationOptions(reference: .eightBit(0x4A))   // IEI 0x00, reference 74
    /// SegmentationOptions(reference: .sixteenBit())     // IEI 0x08, a random reference
    /// ```
    public struct Reference: Hashable, Sendable {
        /// The reference's size on the wire, which sets the header's length.
        public let size: Concatenation.ReferenceSize
        /// The reference number, or `nil` to have one drawn at random. Always 0...255 for
        /// ``Concatenation/ReferenceSize/eightBit``.
        public let value: UInt16?

        private init(size: Concatenation.ReferenceSize, value: UInt16?) {
            self.size = size
            self.value = value
        }

        /// Information element 0x00: an 8-bit reference.
        ///
        /// - Parameter value: The reference number, or `nil` (the default) to draw one.
        /// - Returns: The reference.
        public static func eightBit(_ value: UInt8? = nil) -> Self {
            Self(size: .eightBit, value: value.map(UInt16.init))
        }

        /// Information element 0x08: a 16-bit reference.
        ///
        /// - Parameter value: The reference number, or `nil` (the default) to draw one.
        /// - Returns: The reference.
        public static func sixteenBit(_ value: UInt16? = nil) -> Self {
            Self(size: .sixteenBit, value: value)
        }
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
