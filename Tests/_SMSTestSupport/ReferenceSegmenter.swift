public import SMSCore

/// A plain, slow restatement of the segmentation rule, written independently of the engine:
/// arrays of scalars and costs from the standard's table (``StandardGSM7``), character
/// boundaries taken from `String`'s own `Character` view, and a direct greedy loop. Property tests compare the engine's fast paths against it.
public enum ReferenceSegmenter {
    /// What the reference split gives for one text.
    public struct Result: Equatable, Sendable {
        /// The encoding chosen.
        public var encoding: SMSEncoding
        /// The whole text's length in units (septets or UTF-16 code units).
        public var units: Int
        /// Each part as a range of scalar offsets.
        public var parts: [Range<Int>]
        /// Each part's length in units.
        public var partUnits: [Int]
        /// The units one part holds.
        public var unitsPerPart: Int
    }

    /// Splits `text` under `options` by the plain rule.
    public static func split(_ text: String, options: SegmentationOptions) -> Result {
        let scalars = Array(text.unicodeScalars)
        let gsm7 = options.encodingPreference == .automatic && StandardGSM7.canEncode(text)
        let costs = scalars.map { gsm7 ? StandardGSM7.septetCount(for: $0) ?? 0 : ($0.value > 0xFFFF ? 2 : 1) }
        let total = costs.reduce(0, +)
        let encoding: SMSEncoding = gsm7 ? .gsm7 : .ucs2
        if total <= (gsm7 ? 160 : 70) {
            return Result(encoding: encoding, units: total, parts: [0..<scalars.count], partUnits: [total], unitsPerPart: gsm7 ? 160 : 70)
        }
        let headerOctets: Int
        // TS 23.040 9.2.3.24.1 / 9.2.3.24.8: UDHL, IEI, IEDL and 3 or 4 octets of data.
        switch options.reference.size {
        case .eightBit: headerOctets = 6
        case .sixteenBit: headerOctets = 7
        }
        let limit = gsm7 ? (140 - headerOctets) * 8 / 7 : (140 - headerOctets) / 2
        let parts = greedyParts(costs: costs, limit: limit, boundaries: Boundaries(text, split: options.split))
        return Result(
            encoding: encoding,
            units: total,
            parts: parts,
            partUnits: parts.map { costs[$0].reduce(0, +) },
            unitsPerPart: limit
        )
    }

    /// Where a part may end in a text, by scalar offset: character boundaries from `String`'s
    /// `Character` view, word boundaries after whitespace (but not after a no-break space).
    public struct Boundaries: Sendable {
        /// The text's scalars.
        public let scalars: [Unicode.Scalar]
        /// The policy the boundaries follow.
        public let split: SegmentationOptions.SplitPolicy
        private let characterStarts: Set<Int>

        /// The boundaries of `text` under `split`.
        public init(_ text: String, split: SegmentationOptions.SplitPolicy) {
            scalars = Array(text.unicodeScalars)
            self.split = split
            var starts = Set<Int>()
            var offset = 0
            for character in text {
                starts.insert(offset)
                offset += character.unicodeScalars.count
            }
            characterStarts = starts
        }

        /// Whether a part may end before scalar `i` without cutting a character (always, under
        /// ``SegmentationOptions/SplitPolicy/scalars``).
        public func isCharacterBoundary(_ i: Int) -> Bool {
            split == .scalars || characterStarts.contains(i)
        }

        /// Whether scalar `i` starts a character that follows whitespace, under
        /// ``SegmentationOptions/SplitPolicy/words``.
        public func isWordBoundary(_ i: Int) -> Bool {
            guard split == .words, i > 0, isCharacterBoundary(i) else { return false }
            let previous = scalars[i - 1]
            return previous.properties.isWhitespace && ![0xA0, 0x2007, 0x202F].contains(previous.value)
        }
    }

    /// The greedy split: fill each part up to `limit` units; when the next scalar does not fit,
    /// end the part at its last word boundary, else its last character boundary, else before
    /// that scalar. Scalars are never cut, so neither are escape pairs or surrogate pairs.
    ///
    /// - Parameters:
    ///   - costs: Each scalar's units.
    ///   - limit: The units a part holds.
    ///   - boundaries: Where parts may end.
    /// - Returns: The parts as ranges of scalar offsets; one (possibly empty) part at least.
    public static func greedyParts(costs: [Int], limit: Int, boundaries: Boundaries) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = 0
        var units = 0
        var i = 0
        while i < costs.count {
            if units + costs[i] <= limit {
                units += costs[i]
                i += 1
                continue
            }
            let candidates = Array((start + 1)...i).reversed()
            let cut = candidates.first(where: boundaries.isWordBoundary)
                ?? candidates.first(where: boundaries.isCharacterBoundary)
                ?? i
            parts.append(start..<cut)
            start = cut
            units = costs[cut..<i].reduce(0, +)
        }
        parts.append(start..<costs.count)
        return parts
    }
}
