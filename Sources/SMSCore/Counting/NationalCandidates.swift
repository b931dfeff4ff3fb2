/// The table pairs a text could be written with when national language tables are enabled
/// (TS 23.038 annex A), counted together in one pass with fixed-size state.
///
/// A pair's septet count and part boundaries depend only on its locking-shift table: a
/// character costs 1 when that table has it and otherwise 2 (from the single-shift table,
/// if the pair can write it at all). So one candidate per locking-shift table carries a mask
/// of the single-shift tables still able to write the text, and two fills: one with the
/// capacity of a part whose header announces no national single-shift table, one with the
/// capacity of a part whose header does (3 octets more, TS 23.040 9.2.3.24.15).
struct NationalCandidates: Sendable {
    /// One locking-shift table and what it has counted.
    struct Candidate: Sendable {
        /// The single-shift tables (bit *j* for single-shift candidate *j*)
        /// that, with this locking-shift table, can write every scalar so far.
        var viableSingles: UInt16
        /// The fill for the default extension table (bit 0).
        var withoutSingleShift: PartFiller<Void>
        /// The fill for a national single-shift table (the other bits).
        var withSingleShift: PartFiller<Void>
    }

    /// The enabled locking-shift languages; candidate *i* > 0 is language *i* − 1, candidate 0
    /// the default alphabet.
    private let lockingShift: NationalLanguageList
    /// The enabled single-shift languages; bit *j* > 0 of a mask is language *j* − 1, bit 0 the
    /// default extension table.
    private let singleShift: NationalLanguageList
    private var candidates: FixedArray13<Candidate>
    /// Whether some pair can still write the text.
    private(set) var isViable = true

    /// The number of locking-shift candidates, the default alphabet included.
    var lockingCount: Int { lockingShift.count + 1 }
    /// The number of single-shift candidates, the default extension table included.
    var singleCount: Int { singleShift.count + 1 }

    /// The candidates the options enable, with nothing counted.
    init(options: SegmentationOptions) {
        // The lists hold distinct languages, with locking-shift tables only where they should.
        lockingShift = options.lockingShift
        singleShift = options.singleShift
        let empty = PartFiller<Void>(limit: 0, policy: options.split, start: ())
        candidates = FixedArray13(repeating: Candidate(viableSingles: 0, withoutSingleShift: empty, withSingleShift: empty))
        let allSingles = UInt16(truncatingIfNeeded: (1 << singleCount) - 1)
        for index in 0..<lockingCount {
            let nationalLocking = index == 0 ? 0 : 1
            candidates[index] = Candidate(
                viableSingles: allSingles,
                withoutSingleShift: PartFiller(
                    limit: Self.concatenatedCapacity(nationalTables: nationalLocking, options: options),
                    policy: options.split, start: ()),
                withSingleShift: PartFiller(
                    limit: Self.concatenatedCapacity(nationalTables: nationalLocking + 1, options: options),
                    policy: options.split, start: ()))
        }
    }

    /// The identifier of locking-shift candidate `index` (0: the default alphabet).
    @inline(__always)
    private func lockingIdentifier(_ index: Int) -> UInt8 {
        index == 0 ? 0 : lockingShift.identifier(at: index - 1)
    }

    /// The identifier of single-shift candidate `index` (0: the default extension table).
    @inline(__always)
    private func singleIdentifier(_ index: Int) -> UInt8 {
        index == 0 ? 0 : singleShift.identifier(at: index - 1)
    }

    /// Counts one scalar in every pair still viable.
    ///
    /// - Complexity: O(*l* log *t* + *s* log *t*) for *l* locking and *s* single-shift
    ///   candidates; no allocation.
    mutating func add(_ value: UInt32, character: Bool, word: Bool) {
        var singles: UInt16? = nil
        var viable = false
        for index in 0..<lockingCount {
            let inLockingShiftTable = GSM7Tables.lockingSeptet(of: value, in: Int(lockingIdentifier(index))) != nil
            if !inLockingShiftTable, singles == nil { singles = singleTablesHolding(value) }
            let mask = inLockingShiftTable ? UInt16.max : singles ?? 0
            let cost = inLockingShiftTable ? 1 : 2
            let stillViable = candidates.update(index) { candidate in
                guard candidate.viableSingles != 0 else { return false }
                candidate.viableSingles &= mask
                if candidate.viableSingles & 1 != 0 {
                    candidate.withoutSingleShift.add(
                        cost: cost, mark: (), characterBoundary: character, wordBoundary: word) { _ in }
                }
                if candidate.viableSingles & ~1 != 0 {
                    candidate.withSingleShift.add(
                        cost: cost, mark: (), characterBoundary: character, wordBoundary: word) { _ in }
                }
                return candidate.viableSingles != 0
            }
            viable = viable || stillViable
        }
        isViable = viable
    }

    /// The single-shift candidates that hold a scalar, as a mask.
    private func singleTablesHolding(_ value: UInt32) -> UInt16 {
        var mask: UInt16 = 0
        for index in 0..<singleCount where GSM7Tables.singleSeptet(of: value, in: Int(singleIdentifier(index))) != nil {
            mask |= 1 << index
        }
        return mask
    }

    /// What a pair costs: its septets, parts, capacity and room left.
    struct Outcome {
        var tables: GSM7Tables
        var layout: SMSPlan.Layout
        /// Where the pair stands in the caller's order: locking candidate, then single.
        var order: (locking: Int, single: Int)
    }

    /// The pair the rule chooses (``SegmentationOptions/languages``), or `nil` when none can
    /// write the text.
    func best(options: SegmentationOptions) -> Outcome? {
        var best: Outcome? = nil
        for index in 0..<lockingCount {
            let candidate = candidates[index]
            let locking = NationalLanguage(identifier: lockingIdentifier(index))
            for single in 0..<singleCount where candidate.viableSingles & (1 << single) != 0 {
                let tables = GSM7Tables(lockingShift: locking, singleShift: NationalLanguage(identifier: singleIdentifier(single)))
                let filler = single == 0 ? candidate.withoutSingleShift : candidate.withSingleShift
                let outcome = Outcome(
                    tables: tables,
                    layout: SMSPlan.Layout(
                        filler: filler,
                        singleCapacity: Self.singleCapacity(nationalTables: tables.nationalTableCount),
                        concatenatedCapacity: filler.limit),
                    order: (index, single))
                if best.map({ outcome.isBetter(than: $0) }) ?? true { best = outcome }
            }
        }
        return best
    }

    /// What the default tables cost, when they can write the text.
    var standardLayout: SMSPlan.Layout? {
        let candidate = candidates[0]
        guard candidate.viableSingles & 1 != 0 else { return nil }
        return SMSPlan.Layout(
            filler: candidate.withoutSingleShift, singleCapacity: Self.singleCapacity(nationalTables: 0),
            concatenatedCapacity: candidate.withoutSingleShift.limit)
    }

    /// Septets in a part with no concatenation element and `nationalTables` national language
    /// elements: UDHL and 3 octets per element (TS 23.040 9.2.3.24.15, 9.2.3.24.16) when there
    /// are any: 160, 155, 152.
    static func singleCapacity(nationalTables: Int) -> Int {
        SMSEncoding.gsm7.unitsPerPart(headerOctets: nationalTables == 0 ? 0 : 1 + 3 * nationalTables)
    }

    /// Septets in a part of a concatenated message with `nationalTables` national language
    /// elements: 153, 149, 146 with an 8-bit reference; 152, 148, 145 with a 16-bit one.
    static func concatenatedCapacity(nationalTables: Int, options: SegmentationOptions) -> Int {
        SMSEncoding.gsm7.unitsPerPart(headerOctets: options.concatenatedHeaderOctets + 3 * nationalTables)
    }
}

extension NationalCandidates.Outcome {
    /// The rule: fewer parts; more septets left in the last part; fewer national tables; the
    /// caller's order, the locking-shift table first.
    func isBetter(than other: Self) -> Bool {
        if layout.partCount != other.layout.partCount { return layout.partCount < other.layout.partCount }
        if layout.remaining != other.layout.remaining { return layout.remaining > other.layout.remaining }
        if tables.nationalTableCount != other.tables.nationalTableCount {
            return tables.nationalTableCount < other.tables.nationalTableCount
        }
        if order.locking != other.order.locking { return order.locking < other.order.locking }
        return order.single < other.order.single
    }
}
