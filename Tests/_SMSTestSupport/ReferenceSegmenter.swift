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

        var characterStarts = Set<Int>()
        var offset = 0
        for character in text {
            characterStarts.insert(offset)
            offset += character.unicodeScalars.count
        }
        func isCharacterBoundary(_ i: Int) -> Bool {
            options.split == .scalars || characterStarts.contains(i)
        }
        func isWordBoundary(_ i: Int) -> Bool {
            guard options.split == .words, i > 0, isCharacterBoundary(i) else { return false }
            let previous = scalars[i - 1]
            return previous.properties.isWhitespace && ![0xA0, 0x2007, 0x202F].contains(previous.value)
        }

        var parts: [Range<Int>] = []
        var start = 0
        var units = 0
        var i = 0
        while i < scalars.count {
            if units + costs[i] <= limit {
                units += costs[i]
                i += 1
                continue
            }
            let candidates = Array((start + 1)...i).reversed()
            let cut = candidates.first(where: isWordBoundary)
                ?? candidates.first(where: isCharacterBoundary)
                ?? i
            parts.append(start..<cut)
            start = cut
            units = costs[cut..<i].reduce(0, +)
        }
        parts.append(start..<scalars.count)
        return Result(
            encoding: encoding,
            units: total,
            parts: parts,
            partUnits: parts.map { costs[$0].reduce(0, +) },
            unitsPerPart: limit
        )
    }
}
