/// A place between two scalars of the text: how many units precede it, and where it is.
struct SplitPoint<Mark> {
    /// The units (septets or UTF-16 units) before this point, from the start of the text.
    var units: Int
    /// The caller's position data (offsets, indices), or `Void` when only counting.
    var mark: Mark
}

/// The greedy part-filling rule shared by counting and segmentation, one scalar at a time.
///
/// Each scalar arrives with its cost and whether a user-perceived-character boundary and a
/// word boundary lie before it. When the next scalar would overflow the current part, the part
/// ends at the best boundary the policy allows: the last word boundary, then the last
/// character boundary, then the point before the scalar. Scalars are atomic, so neither an
/// escape pair nor a surrogate pair is ever split. Boundaries before a scalar depend only on
/// the text up to that scalar, so feeding text piece by piece gives the one-shot answer.
struct PartFiller<Mark> {
    /// The most units one part holds.
    let limit: Int
    /// Where parts may end.
    let policy: SegmentationOptions.SplitPolicy
    /// The units fed so far.
    private(set) var total = 0
    /// Where the current part starts.
    private(set) var partStart: SplitPoint<Mark>
    /// The parts completed before the current one.
    private(set) var completedParts = 0
    private var lastCharacterBoundary: SplitPoint<Mark>?
    private var lastWordBoundary: SplitPoint<Mark>?

    init(limit: Int, policy: SegmentationOptions.SplitPolicy, start: Mark) {
        self.limit = limit
        self.policy = policy
        self.partStart = SplitPoint(units: 0, mark: start)
    }

    /// The units in the current (last) part.
    var unitsInCurrentPart: Int { total - partStart.units }

    /// Adds one scalar that costs `cost` units; `mark` locates the point before it.
    ///
    /// `onCut` receives the end of each part this scalar completes (at most two).
    @inline(__always)
    mutating func add(
        cost: Int,
        mark: Mark,
        characterBoundary: Bool,
        wordBoundary: Bool,
        onCut: (SplitPoint<Mark>) -> Void
    ) {
        let point = SplitPoint(units: total, mark: mark)
        if total > partStart.units, policy != .scalars, characterBoundary {
            lastCharacterBoundary = point
            if wordBoundary, policy == .words { lastWordBoundary = point }
        }
        while point.units + cost - partStart.units > limit {
            let cut = lastWordBoundary ?? lastCharacterBoundary ?? point
            onCut(cut)
            completedParts += 1
            partStart = cut
            if let boundary = lastWordBoundary, boundary.units <= cut.units { lastWordBoundary = nil }
            if let boundary = lastCharacterBoundary, boundary.units <= cut.units { lastCharacterBoundary = nil }
        }
        total += cost
    }
}

extension PartFiller where Mark == Void {
    /// The units the current part can still take.
    var room: Int { limit - unitsInCurrentPart }

    /// Adds a run of scalars that costs `units` and fits in the current part, so that no part
    /// ends inside it; the offsets (in units from the run's start) locate the last boundaries
    /// inside the run, as ``add(cost:mark:characterBoundary:wordBoundary:onCut:)`` would have
    /// recorded them.
    ///
    /// - Precondition: `units <= room`.
    mutating func addWithoutCut(units: Int, lastCharacterBoundary character: Int?, lastWordBoundary word: Int?) {
        if policy != .scalars {
            if let character, total + character > partStart.units {
                lastCharacterBoundary = SplitPoint(units: total + character, mark: ())
            }
            if policy == .words, let word, total + word > partStart.units {
                lastWordBoundary = SplitPoint(units: total + word, mark: ())
            }
        }
        total += units
    }
}

extension SplitPoint: Sendable where Mark: Sendable {}
extension PartFiller: Sendable where Mark: Sendable {}
