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
    /// The options the count follows (the split policy, the reference size and the encoding
    /// preference matter; `maxParts` does not limit counting).
    public let options: SegmentationOptions
    /// The Unicode scalars appended so far.
    public internal(set) var scalarCount = 0
    var boundaries = BoundaryTracker()
    /// Whether some pair of tables can write every scalar so far (and UCS-2 is not forced).
    var isGSM7: Bool
    /// The septet tally with the default tables; meaningful while `isGSM7` and no national
    /// table is enabled.
    var gsm7: PartFiller<Void>
    /// The UTF-16 tally.
    var ucs2: PartFiller<Void>
    /// The tallies of every enabled pair of tables, when national tables are enabled.
    var national: NationalCandidates?

    /// Creates an empty counter.
    public init(options: SegmentationOptions = SegmentationOptions()) {
        self.options = options
        let headerOctets = options.concatenatedHeaderOctets
        isGSM7 = options.encodingPreference == .automatic
        gsm7 = PartFiller(limit: SMSEncoding.gsm7.unitsPerPart(headerOctets: headerOctets), policy: options.split, start: ())
        ucs2 = PartFiller(limit: SMSEncoding.ucs2.unitsPerPart(headerOctets: headerOctets), policy: options.split, start: ())
        if options.usesNationalTables { national = NationalCandidates(options: options) }
    }

    /// Appends text.
    ///
    /// - Complexity: O(n) in the scalars of `text` (times the number of enabled national
    ///   tables); no allocation.
    public mutating func append(_ text: some StringProtocol) {
        if national != nil {
            for scalar in text.unicodeScalars { append(scalar) }
            return
        }
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { appendUTF8($0) }
        if done == nil {
            for scalar in text.unicodeScalars { append(scalar) }
        }
    }

    /// Appends one scalar.
    ///
    /// - Complexity: O(1); no allocation.
    public mutating func append(_ scalar: Unicode.Scalar) {
        if scalar.isASCII, national == nil { return appendASCII(UInt8(truncatingIfNeeded: scalar.value)) }
        scalarCount += 1
        let (character, word) = options.split == .scalars
            ? (true, true) : boundaries.boundaries(before: scalar)
        if national == nil {
            addGSM7(code: GSM7Alphabet.rawCode(scalar.value), character: character, word: word)
        } else if isGSM7 {
            national?.add(scalar.value, character: character, word: word)
            isGSM7 = national?.isViable ?? false
        }
        ucs2.add(cost: UTF16.width(scalar), mark: (), characterBoundary: character, wordBoundary: word) { _ in }
    }

    /// Appends valid UTF-8, taking runs of ASCII without decoding them.
    private mutating func appendUTF8(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                var end = index + 1
                while end < bytes.count, bytes[end] < 0x80 { end += 1 }
                appendASCIIRun(UnsafeBufferPointer(rebasing: bytes[index..<end]))
                index = end
                continue
            }
            // String storage is valid UTF-8, so every sequence is whole and decodes to a scalar.
            let (value, length) = scalarValue(inUTF8: bytes, at: index)
            append(Unicode.Scalar(value) ?? "\u{FFFD}")
            index += length
        }
    }

    /// ``append(_:)-(Unicode.Scalar)`` for an ASCII scalar, without the general lookups: it
    /// runs wherever ASCII is not taken a block at a time.
    @inline(__always)
    mutating func appendASCII(_ byte: UInt8) {
        scalarCount += 1
        let (character, word) = options.split == .scalars
            ? (true, true) : boundaries.boundaries(beforeASCII: byte)
        addGSM7(code: GSM7Alphabet.latin1Codes[Int(byte)], character: character, word: word)
        ucs2.add(cost: 1, mark: (), characterBoundary: character, wordBoundary: word) { _ in }
    }

    @inline(__always)
    private mutating func addGSM7(code: UInt8, character: Bool, word: Bool) {
        guard isGSM7 else { return }
        if code == GSM7Alphabet.noCode {
            isGSM7 = false
        } else {
            gsm7.add(cost: GSM7Alphabet.septetCount(rawCode: code), mark: (), characterBoundary: character, wordBoundary: word) { _ in }
        }
    }

    /// The answer for the text appended so far.
    ///
    /// - Complexity: O(*l* × *s*) in the enabled locking-shift and single-shift tables; no
    ///   allocation.
    public var plan: SMSPlan {
        let ucs2Layout = SMSPlan.Layout(
            filler: ucs2, singleCapacity: SMSEncoding.ucs2.unitsPerPart(headerOctets: 0), concatenatedCapacity: ucs2.limit)
        let costAsUCS2 = ucs2Layout.cost(.ucs2)
        var encoding = SMSEncoding.ucs2
        var tables = GSM7Tables.standard
        var layout = ucs2Layout
        var standard: SMSPlan.Layout? = nil
        if let national {
            standard = isGSM7 ? national.standardLayout : nil
            if isGSM7, let best = national.best(options: options) {
                (encoding, tables, layout) = (.gsm7, best.tables, best.layout)
            }
        } else if isGSM7 {
            standard = SMSPlan.Layout(
                filler: gsm7, singleCapacity: SMSEncoding.gsm7.unitsPerPart(headerOctets: 0), concatenatedCapacity: gsm7.limit)
            (encoding, layout) = (.gsm7, standard ?? ucs2Layout)
        }
        return SMSPlan(
            encoding: encoding, tables: tables, layout: layout, scalarCount: scalarCount, utf16Count: ucs2.total,
            costWithStandardTables: standard?.cost(.gsm7), costAsUCS2: costAsUCS2)
    }
}
