/// How a text travels as SMS: its encoding, its length, and how many parts it takes.
///
/// ```swift
/// let plan = SMSPlan(analyzing: "Grüße aus Köln: 20€ {ok}")
/// plan.encoding      // .gsm7
/// plan.unitCount     // 27: € { } come from the extension table and cost 2 septets each
/// plan.partCount     // 1
/// plan.remaining     // 133 septets left before a second part
///
/// SMSPlan(analyzing: "Hi 👋").unitCount   // 5 UTF-16 units: the emoji is a surrogate pair
/// ```
///
/// Units are septets for GSM-7 (TS 23.038 6.2.1; an extension character counts 2) and UTF-16
/// code units for UCS-2 (6.2.3; a character outside the BMP counts 2), never `Character`s.
/// A text that fits one part takes one part of 160 septets or 70 units; a longer one is split
/// into parts of 153 / 67 (8-bit reference) or 152 / 66 (16-bit reference) as the split
/// policy allows (TS 23.040 9.2.3.24.1). The empty text is GSM-7, 0 units, 1 part.
///
/// With national language tables enabled (``SegmentationOptions/languages``), the plan uses
/// the pair of tables the rule chooses (``tables``), and each part's header announces them
/// (3 octets per national table): one part then holds 155 or 152 septets, a concatenated part
/// 149 or 146 (148 or 145 with a 16-bit reference). ``costWithStandardTables`` and
/// ``costAsUCS2`` say what the text would cost without them.
public struct SMSPlan: Hashable, Sendable, CustomStringConvertible {
    /// The encoding the text is sent in (see ``SegmentationOptions/encodingPreference`` for
    /// the caller's preference).
    public let encoding: SMSEncoding
    /// The GSM 7-bit tables the text is written with; ``GSM7Tables/standard`` for UCS-2.
    public let tables: GSM7Tables
    /// The length in septets (GSM-7) or UTF-16 code units (UCS-2).
    public let unitCount: Int
    /// The number of parts the text needs under the split policy (1 or more).
    public let partCount: Int
    /// The most units a part holds: 160 / 70 for a single part, less the header otherwise.
    public let unitsPerPart: Int
    /// The units still free in the last part.
    public let remaining: Int
    /// The number of Unicode scalars in the text.
    public let scalarCount: Int
    /// The number of UTF-16 code units in the text.
    public let utf16Count: Int
    /// What the text costs as GSM-7 with the default tables, or `nil` when they cannot write
    /// it (or UCS-2 was forced).
    public let costWithStandardTables: Cost?
    /// What the text costs as UCS-2.
    public let costAsUCS2: Cost

    /// What a text costs in one encoding and pair of tables.
    public struct Cost: Hashable, Sendable {
        /// The encoding.
        public let encoding: SMSEncoding
        /// Septets or UTF-16 code units.
        public let unitCount: Int
        /// Parts.
        public let partCount: Int
    }

    /// Counts a text in one pass.
    ///
    /// - Parameters:
    ///   - text: The message.
    ///   - options: The split policy, reference size, encoding preference and national
    ///     languages to follow.
    /// - Complexity: O(n) in scalars (times the number of enabled national tables); no
    ///   allocation.
    public init(analyzing text: some StringProtocol, options: SegmentationOptions = SegmentationOptions()) {
        // Without national tables, the default-table tallies alone: a small trivial value.
        guard options.usesNationalTables else {
            var tally = EncodingTally(options: options)
            tally.append(text)
            self = tally.plan
            return
        }
        var counter = SMSCounter(options: options)
        counter.append(text)
        self = counter.plan
    }

    init(
        encoding: SMSEncoding, tables: GSM7Tables, layout: Layout, scalarCount: Int, utf16Count: Int,
        costWithStandardTables: Cost?, costAsUCS2: Cost
    ) {
        self.encoding = encoding
        self.tables = tables
        self.unitCount = layout.unitCount
        self.partCount = layout.partCount
        self.unitsPerPart = layout.unitsPerPart
        self.remaining = layout.remaining
        self.scalarCount = scalarCount
        self.utf16Count = utf16Count
        self.costWithStandardTables = costWithStandardTables
        self.costAsUCS2 = costAsUCS2
    }

    /// Whether the text needs a concatenated message (more than one part).
    public var isConcatenated: Bool { partCount > 1 }

    /// For example `GSM-7, 27 septets, 1 part, 133 left`.
    public var description: String {
        let tables = encoding == .gsm7 && !tables.isStandard ? " (\(self.tables))" : ""
        return "\(encoding)\(tables), \(unitCount.counting(encoding.unitName)), \(partCount.counting("parts")), \(remaining) left"
    }

    /// Units, parts, capacity and room of a fill.
    struct Layout: Hashable, Sendable {
        var unitCount: Int
        var partCount: Int
        var unitsPerPart: Int
        var remaining: Int

        /// The layout of what `filler` has counted: one part when the units fit
        /// `singleCapacity`, the filler's parts of `concatenatedCapacity` otherwise.
        init(filler: PartFiller<Void>, singleCapacity: Int, concatenatedCapacity: Int) {
            unitCount = filler.total
            if filler.total <= singleCapacity {
                partCount = 1
                unitsPerPart = singleCapacity
                remaining = singleCapacity - filler.total
            } else {
                partCount = filler.completedParts + 1
                unitsPerPart = concatenatedCapacity
                remaining = concatenatedCapacity - filler.unitsInCurrentPart
            }
        }

        /// The cost in an encoding.
        func cost(_ encoding: SMSEncoding) -> Cost {
            Cost(encoding: encoding, unitCount: unitCount, partCount: partCount)
        }
    }
}
