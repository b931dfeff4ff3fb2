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
public struct SMSPlan: Hashable, Sendable, CustomStringConvertible {
    /// The encoding the text is sent in (see ``SegmentationOptions/encodingPreference`` for
    /// the caller's preference).
    public let encoding: SMSEncoding
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

    /// Counts a text in one pass.
    ///
    /// - Parameters:
    ///   - text: The message.
    ///   - options: The split policy, reference size and encoding preference to follow.
    /// - Complexity: O(n) in scalars; no allocation.
    public init(analyzing text: some StringProtocol, options: SegmentationOptions = SegmentationOptions()) {
        var counter = SMSCounter(options: options)
        counter.append(text)
        self = counter.plan
    }

    init(
        encoding: SMSEncoding,
        unitCount: Int,
        concatenatedPartCount: Int,
        unitsInLastConcatenatedPart: Int,
        headerOctets: Int,
        scalarCount: Int,
        utf16Count: Int
    ) {
        self.encoding = encoding
        self.unitCount = unitCount
        self.scalarCount = scalarCount
        self.utf16Count = utf16Count
        let single = encoding.unitsPerPart(headerOctets: 0)
        if unitCount <= single {
            partCount = 1
            unitsPerPart = single
            remaining = single - unitCount
        } else {
            partCount = concatenatedPartCount
            unitsPerPart = encoding.unitsPerPart(headerOctets: headerOctets)
            remaining = unitsPerPart - unitsInLastConcatenatedPart
        }
    }

    /// Whether the text needs a concatenated message (more than one part).
    public var isConcatenated: Bool { partCount > 1 }

    /// For example `GSM-7, 27 septets, 1 part, 133 left`.
    public var description: String {
        "\(encoding), \(unitCount.counting(encoding.unitName)), \(partCount.counting("parts")), \(remaining) left"
    }
}
