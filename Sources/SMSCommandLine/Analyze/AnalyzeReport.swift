import SMSCore

/// Everything `sms analyze` says about one text: the plan, the characters that forced UCS-2,
/// and the parts (or why there are none).
///
/// Built once, then rendered as JSON (``json``) or as the readable report (``text``).
///
/// ```swift
/// let report = AnalyzeReport(analyzing: "Hello €", options: SegmentationOptions())
/// report.plan.unitCount     // 8: € is an extension character, 2 septets
/// report.parts?.count       // 1
/// report.json["hex"]        // "00480065006C006C006F002020AC"
/// ```
///
/// When the text needs more parts than `options.maxParts`, ``plan`` still holds the encoding,
/// units and the number of parts the text needs, ``error`` says why, and ``parts`` is `nil`.
struct AnalyzeReport: Sendable {
    /// The analysed message.
    var message: String
    /// The options it was analysed with.
    var options: SegmentationOptions
    /// The encoding, units and parts.
    var plan: SMSPlan
    /// The characters that forced UCS-2, in order: those neither the default tables nor any
    /// enabled national table has (empty for GSM-7 text).
    var nonGSMCharacters: [NonGSMCharacter]
    /// The parts, or the reason the text could not be segmented.
    var segmentation: Result<[SMSPart], SegmentationError>

    /// Analyses a text, drawing a generated concatenation reference (when `options` asks for
    /// one) from the system's random number generator.
    ///
    /// - Complexity: O(n) in the text's scalars.
    init(analyzing text: String, options: SegmentationOptions) {
        var generator = SystemRandomNumberGenerator()
        self.init(analyzing: text, options: options, using: &generator)
    }

    /// Analyses a text, drawing a generated concatenation reference from `generator`.
    init(analyzing text: String, options: SegmentationOptions, using generator: inout some RandomNumberGenerator) {
        message = text
        self.options = options
        plan = SMSPlan(analyzing: text, options: options)
        nonGSMCharacters = plan.encoding == .gsm7 ? [] : Self.charactersNoTableHas(in: text, options: options)
        do throws(SegmentationError) {
            segmentation = .success(try SMSSegmenter(options: options).segment(text, using: &generator))
        } catch {
            segmentation = .failure(error)
        }
    }

    /// The characters of `text` that neither the default tables nor any national table the
    /// options enable can write.
    static func charactersNoTableHas(in text: String, options: SegmentationOptions) -> [NonGSMCharacter] {
        let outsideDefault = GSM7Alphabet.nonGSMCharacters(in: text)
        guard !options.languages.isEmpty else { return outsideDefault }
        let tables = options.lockingShiftLanguages.map { GSM7Tables(lockingShift: $0) }
            + options.singleShiftLanguages.map { GSM7Tables(singleShift: $0) }
        return outsideDefault.filter { character in !tables.contains { $0.code(for: character.scalar) != nil } }
    }

    /// The parts, or `nil` when the text could not be segmented.
    var parts: [SMSPart]? { try? segmentation.get() }

    /// Why the text could not be segmented, or `nil` when it was.
    var error: SegmentationError? {
        if case .failure(let error) = segmentation { return error }
        return nil
    }

    /// The concatenation reference the parts carry, or `nil` for a single part or no parts.
    var reference: Int? {
        parts?.first?.header.concatenation.map { Int($0.reference) }
    }

    /// The size of the concatenation reference the options ask for: 8 or 16.
    var referenceBits: Int { options.reference.size.bitCount }
}
