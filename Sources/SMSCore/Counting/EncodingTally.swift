/// The tallies behind every count: scalars, user-perceived-character and word boundaries, the
/// UTF-16 units as UCS-2 parts, and the septets as GSM-7 parts with the default tables.
///
/// `SMSPlan(analyzing:)` with no national table enabled runs on this alone: a small trivial
/// value (no references, a few hundred bytes), so counting a short text costs no copying of
/// the national candidates' state. ``SMSCounter`` adds that state when tables are enabled.
struct EncodingTally: Sendable {
    /// Where parts may end.
    let split: SegmentationOptions.SplitPolicy
    /// The Unicode scalars counted so far.
    var scalarCount = 0
    var boundaries = BoundaryTracker()
    /// Whether GSM-7 can still carry the text (and UCS-2 is not forced). With national tables
    /// enabled, ``SMSCounter`` keeps it for every pair and ``gsm7`` is not fed.
    var isGSM7: Bool
    /// The septet tally with the default tables; meaningful while ``isGSM7``.
    var gsm7: PartFiller<Void>
    /// The UTF-16 tally.
    var ucs2: PartFiller<Void>

    /// Empty tallies for the options' split policy, reference size and encoding preference.
    init(options: SegmentationOptions) {
        split = options.split
        let headerOctets = options.concatenatedHeaderOctets
        isGSM7 = options.encodingPreference == .automatic
        gsm7 = PartFiller(limit: SMSEncoding.gsm7.unitsPerPart(headerOctets: headerOctets), policy: split, start: ())
        ucs2 = PartFiller(limit: SMSEncoding.ucs2.unitsPerPart(headerOctets: headerOctets), policy: split, start: ())
    }

    /// Counts text with the default tables.
    ///
    /// - Complexity: O(n) in the scalars of `text`; no allocation.
    mutating func append(_ text: some StringProtocol) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { appendUTF8($0) }
        if done == nil {
            for scalar in text.unicodeScalars { append(scalar) }
        }
    }

    /// Counts one scalar with the default tables.
    @inline(__always)
    mutating func append(_ scalar: Unicode.Scalar) {
        if scalar.isASCII { return appendASCII(UInt8(truncatingIfNeeded: scalar.value)) }
        let (character, word) = countScalar(scalar)
        addGSM7(code: GSM7Alphabet.rawCode(scalar.value), character: character, word: word)
    }

    /// Counts a scalar in everything but the septets: the scalar count, the boundaries and
    /// UTF-16. Returns the boundaries before it, for the septet tallies.
    @inline(__always)
    mutating func countScalar(_ scalar: Unicode.Scalar) -> (character: Bool, word: Bool) {
        scalarCount += 1
        let (character, word) = split == .scalars ? (true, true) : boundaries.boundaries(before: scalar)
        ucs2.add(cost: UTF16.width(scalar), mark: (), characterBoundary: character, wordBoundary: word) { _ in }
        return (character, word)
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
        let (character, word) = split == .scalars ? (true, true) : boundaries.boundaries(beforeASCII: byte)
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

    /// The UCS-2 layout of what was counted.
    var ucs2Layout: SMSPlan.Layout {
        SMSPlan.Layout(filler: ucs2, singleCapacity: SMSEncoding.ucs2.unitsPerPart(headerOctets: 0), concatenatedCapacity: ucs2.limit)
    }

    /// The plan with the default tables: GSM-7 while ``isGSM7``, UCS-2 otherwise.
    var plan: SMSPlan {
        let ucs2Layout = ucs2Layout
        let standard = isGSM7
            ? SMSPlan.Layout(
                filler: gsm7, singleCapacity: SMSEncoding.gsm7.unitsPerPart(headerOctets: 0), concatenatedCapacity: gsm7.limit)
            : nil
        return SMSPlan(
            encoding: isGSM7 ? .gsm7 : .ucs2, tables: .standard, layout: standard ?? ucs2Layout, scalarCount: scalarCount,
            utf16Count: ucs2.total, costWithStandardTables: standard?.cost(.gsm7), costAsUCS2: ucs2Layout.cost(.ucs2))
    }
}
