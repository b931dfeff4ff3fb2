/// Counts text appended piece by piece, for a "characters left" field or a stream.
///
/// After any sequence of appends, ``plan`` equals `SMSPlan(analyzing:options:)` of the
/// concatenated text: the counter runs the same rule, keeping GSM-7 and UCS-2 tallies side by
/// side so that a late non-GSM character switches the answer without re-reading the text.
///
/// ```swift
/// var counter = SMSCounter()
/// counter.append("Grüße ")
/// counter.append("aus Köln")
/// counter.plan == SMSPlan(analyzing: "Grüße aus Köln")   // true
/// ```
///
/// Appending is O(n) in the appended scalars and allocates nothing.
public struct SMSCounter: Sendable {
    /// The options the count follows (the split policy, the reference size, the encoding
    /// preference and the national languages matter; `maxParts` does not limit counting).
    public let options: SegmentationOptions
    /// The scalar, boundary, UTF-16 and default-table tallies.
    var tally: EncodingTally
    /// The tallies of every enabled pair of tables, when national tables are enabled; the
    /// default-table septets are then counted here, not in `tally`.
    var national: NationalCandidates?

    /// The Unicode scalars appended so far.
    public var scalarCount: Int { tally.scalarCount }

    /// Creates an empty counter.
    public init(options: SegmentationOptions = SegmentationOptions()) {
        self.options = options
        tally = EncodingTally(options: options)
        if options.usesNationalTables { national = NationalCandidates(options: options) }
    }

    /// Appends text.
    ///
    /// - Complexity: O(n) in the scalars of `text` (times the number of enabled national
    ///   tables); no allocation.
    public mutating func append(_ text: some StringProtocol) {
        guard national != nil else { return tally.append(text) }
        for scalar in text.unicodeScalars { append(scalar) }
    }

    /// Appends one scalar.
    ///
    /// - Complexity: O(1) (times the number of enabled national tables); no allocation.
    public mutating func append(_ scalar: Unicode.Scalar) {
        guard national != nil else { return tally.append(scalar) }
        let (character, word) = tally.countScalar(scalar)
        if tally.isGSM7 {
            national!.add(scalar.value, character: character, word: word)
            tally.isGSM7 = national!.isViable
        }
    }

    /// The answer for the text appended so far.
    ///
    /// - Complexity: O(*l* × *s*) in the enabled locking-shift and single-shift tables; no
    ///   allocation.
    public var plan: SMSPlan {
        guard let national else { return tally.plan }
        let ucs2Layout = tally.ucs2Layout
        let standard = tally.isGSM7 ? national.standardLayout : nil
        let best = tally.isGSM7 ? national.best(options: options) : nil
        return SMSPlan(
            encoding: best == nil ? .ucs2 : .gsm7, tables: best?.tables ?? .standard, layout: best?.layout ?? ucs2Layout,
            scalarCount: tally.scalarCount, utf16Count: tally.ucs2.total,
            costWithStandardTables: standard?.cost(.gsm7), costAsUCS2: ucs2Layout.cost(.ucs2))
    }
}
