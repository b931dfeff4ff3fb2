/// Splits text into the parts of a concatenated SMS, each with its header and user data.
///
/// ```swift
/// let segmenter = SMSSegmenter(options: .init(maxParts: 3, reference: .eightBit(0x4A)))
/// for part in try segmenter.segment(longText) {
///     part.header.encoded()   // 05 00 03 4A 03 01 …
///     part.userData.bytes     // header, fill bit, packed septets (or UTF-16BE)
///     part.userData.length    // TP-UDL
/// }
/// ```
///
/// The parts follow the same rule as ``SMSPlan``: a text that fits one part (160 septets or
/// 70 UTF-16 units) is one part with no header; a longer one is filled greedily up to 153/67
/// (8-bit reference) or 152/66 (16-bit reference) units per part, ending each part where
/// the split policy allows, and never inside an escape pair or a surrogate pair
/// (TS 23.040 9.2.3.24.1, TS 23.038 6.2.1.1). Joining the parts' texts gives back the input
/// scalar for scalar.
///
/// With national language tables enabled, the text is written with the pair ``SMSPlan``
/// chooses, and every part's header carries elements 0x25 and 0x24 for its national tables
/// (TS 23.040 9.2.3.24.16 and 9.2.3.24.15), even a single part.
public struct SMSSegmenter: Sendable {
    /// The options every call follows.
    public var options: SegmentationOptions

    /// Creates a segmenter.
    public init(options: SegmentationOptions = SegmentationOptions()) {
        self.options = options
    }

    /// Splits text into parts, generating the concatenation reference (when the options leave
    /// it to the segmenter) from the system's random number generator.
    ///
    /// - Throws: ``SegmentationError/tooManyParts(needed:maxParts:)`` when the text needs more
    ///   parts than `maxParts`; ``SegmentationError/invalidMaxParts(_:)`` when `maxParts` is
    ///   outside 1...255.
    /// - Complexity: O(n) in scalars.
    public func segment(_ text: some StringProtocol) throws(SegmentationError) -> [SMSPart] {
        var generator = SystemRandomNumberGenerator()
        return try segment(text, using: &generator)
    }

    /// Splits text into parts, drawing a generated concatenation reference from `generator`.
    ///
    /// - Throws: See ``segment(_:)``.
    public func segment(
        _ text: some StringProtocol,
        using generator: inout some RandomNumberGenerator
    ) throws(SegmentationError) -> [SMSPart] {
        guard (1...255).contains(options.maxParts) else { throw .invalidMaxParts(options.maxParts) }
        let text = String(text)
        let encoding: SMSEncoding
        var tables = GSM7Tables.standard
        if options.encodingPreference == .ucs2 {
            encoding = .ucs2
        } else if options.usesNationalTables {
            let plan = SMSPlan(analyzing: text, options: options)
            (encoding, tables) = (plan.encoding, plan.tables)
        } else {
            encoding = GSM7Alphabet.canEncode(text) ? .gsm7 : .ucs2
        }
        let ranges = partRanges(of: text, encoding: encoding, tables: tables)
        guard ranges.count <= options.maxParts else {
            throw .tooManyParts(needed: ranges.count, maxParts: options.maxParts)
        }
        let reference = options.reference.value ?? options.reference.size.randomValue(using: &generator)
        return ranges.enumerated().map { number, range in
            SMSPart(
                text: text,
                range: range,
                encoding: encoding,
                tables: tables,
                concatenation: ranges.count == 1
                    ? nil
                    : Concatenation(
                        reference: reference,
                        referenceSize: options.reference.size,
                        total: UInt8(ranges.count),
                        sequence: UInt8(number + 1)
                    )
            )
        }
    }

    /// The position of a split point in the text.
    struct Position {
        var scalarOffset = 0
        var utf16Offset = 0
        var utf8Offset = 0

        /// The position without its UTF-8 offset.
        var textPosition: TextPosition { TextPosition(scalarOffset: scalarOffset, utf16Offset: utf16Offset) }
    }

    /// The parts' ranges: the same rule as ``SMSCounter``, remembering where each part ends.
    func partRanges(of text: String, encoding: SMSEncoding, tables: GSM7Tables) -> [PartRange] {
        let nationalTables = encoding == .gsm7 ? tables.nationalTableCount : 0
        let singleCapacity = encoding == .gsm7
            ? NationalCandidates.singleCapacity(nationalTables: nationalTables) : encoding.unitsPerPart(headerOctets: 0)
        var filler = PartFiller(
            limit: encoding == .gsm7
                ? NationalCandidates.concatenatedCapacity(nationalTables: nationalTables, options: options)
                : encoding.unitsPerPart(headerOctets: options.concatenatedHeaderOctets),
            policy: options.split,
            start: Position()
        )
        var boundaries = BoundaryTracker()
        var cuts: [SplitPoint<Position>] = []
        var position = Position()
        withContiguousUTF8(of: text) { utf8 in
            while position.utf8Offset < utf8.count {
                let (value, length) = scalarValue(inUTF8: utf8, at: position.utf8Offset)
                let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                let (character, word) = options.split == .scalars
                    ? (true, true) : boundaries.boundaries(before: scalar)
                let width = UTF16.width(scalar)
                // GSM-7 is chosen only for text the tables write, so every scalar has a code.
                let cost = encoding == .gsm7 ? GSM7Alphabet.septetCount(rawCode: tables.rawCode(value) ?? 0) : width
                filler.add(cost: cost, mark: position, characterBoundary: character, wordBoundary: word) {
                    cuts.append($0)
                }
                position.scalarOffset += 1
                position.utf16Offset += width
                position.utf8Offset += length
            }
        }
        let origin = SplitPoint(units: 0, mark: Position())
        let end = SplitPoint(units: filler.total, mark: position)
        if filler.total <= singleCapacity {
            return [PartRange(start: origin, end: end)]
        }
        cuts.append(end)
        return cuts.indices.map { PartRange(start: $0 == 0 ? origin : cuts[$0 - 1], end: cuts[$0]) }
    }
}

extension Concatenation.ReferenceSize {
    /// A reference number of this size drawn from `generator`.
    func randomValue(using generator: inout some RandomNumberGenerator) -> UInt16 {
        switch self {
        case .eightBit: UInt16(UInt8.random(in: .min ... .max, using: &generator))
        case .sixteenBit: UInt16.random(in: .min ... .max, using: &generator)
        }
    }
}

/// Where one part starts and ends in the text.
struct PartRange {
    var start: SplitPoint<SMSSegmenter.Position>
    var end: SplitPoint<SMSSegmenter.Position>
}
