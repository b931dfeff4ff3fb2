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
///
/// The report is bounded by the text: the parts are at most 255, and the characters that
/// forced UCS-2 are counted (``nonGSMCount``) but listed only up to ``defaultMaxNonGSMListed``
/// unless the caller asks for all of them; then they are found again as they are written
/// (``listedNonGSM``), never held.
struct AnalyzeReport: Sendable {
    /// How many characters that forced UCS-2 are listed unless all are asked for
    /// (`--all-non-gsm`, `"allNonGSM": true`).
    static let defaultMaxNonGSMListed = 100

    /// The analysed message.
    var message: String
    /// The options it was analysed with.
    var options: SegmentationOptions
    /// The encoding, units and parts.
    var plan: SMSPlan
    /// The first characters that forced UCS-2, in order, when the list is bounded; empty when
    /// every one is listed (``listsAllNonGSM``: see ``listedNonGSM``). They are those neither the
    /// default tables nor any enabled national table has; none for GSM-7 text.
    var nonGSMCharacters: [NonGSMCharacter]
    /// Whether every character GSM-7 cannot carry is listed.
    var listsAllNonGSM: Bool
    /// How many characters GSM-7 cannot carry, listed or not.
    var nonGSMCount: Int
    /// The parts, or the reason the text could not be segmented.
    var segmentation: Result<[SMSPart], SegmentationError>
    /// What the message of ``error`` starts with in the JSON report: `line N: ` for a
    /// `--jsonl` line, as every other error of that line.
    var errorPrefix = ""

    /// Analyses a text, drawing a generated concatenation reference (when `options` asks for
    /// one) from the system's random number generator.
    ///
    /// - Parameters:
    ///   - text: The message.
    ///   - options: The segmentation options.
    ///   - maxNonGSMListed: The most characters that forced UCS-2 to list; `nil` lists all.
    /// - Complexity: O(n) in the text's scalars; memory O(n) for the parts (at most 255 of
    ///   them) plus O(`maxNonGSMListed`), or O(n) when every character is listed.
    init(analyzing text: String, options: SegmentationOptions, maxNonGSMListed: Int? = defaultMaxNonGSMListed) {
        var generator = SystemRandomNumberGenerator()
        self.init(analyzing: text, options: options, maxNonGSMListed: maxNonGSMListed, using: &generator)
    }

    /// Analyses a text, drawing a generated concatenation reference from `generator`.
    init(
        analyzing text: String, options: SegmentationOptions, maxNonGSMListed: Int? = defaultMaxNonGSMListed,
        using generator: inout some RandomNumberGenerator
    ) {
        message = text
        self.options = options
        plan = SMSPlan(analyzing: text, options: options)
        listsAllNonGSM = maxNonGSMListed == nil
        if plan.encoding == .gsm7 {
            (nonGSMCharacters, nonGSMCount) = ([], 0)
        } else if options.languages.isEmpty {
            if let maxNonGSMListed {
                nonGSMCharacters = GSM7Alphabet.nonGSMCharacters(in: text, maxCount: max(0, maxNonGSMListed))
                nonGSMCount =
                    nonGSMCharacters.count < maxNonGSMListed ? nonGSMCharacters.count : GSM7Alphabet.nonGSMCount(in: text)
            } else {
                nonGSMCharacters = []
                nonGSMCount = GSM7Alphabet.nonGSMCount(in: text)
            }
        } else {
            let forcing = Self.charactersNoTableHas(in: text, options: options)
            nonGSMCharacters = maxNonGSMListed.map { Array(forcing.prefix(max(0, $0))) } ?? []
            nonGSMCount = forcing.reduce(0) { count, _ in count + 1 }
        }
        do throws(SegmentationError) {
            segmentation = .success(try SMSSegmenter(options: options).segment(text, using: &generator))
        } catch {
            segmentation = .failure(error)
        }
    }

    /// The characters of `text` that neither the default tables nor any national table the
    /// options enable can write, found as the sequence is iterated.
    static func charactersNoTableHas(
        in text: String, options: SegmentationOptions
    ) -> LazyFilterSequence<NonGSMCharacters> {
        let tables = options.lockingShiftLanguages.map { GSM7Tables(lockingShift: $0) }
            + options.singleShiftLanguages.map { GSM7Tables(singleShift: $0) }
        return NonGSMCharacters(analyzing: text).lazy.filter { character in
            !tables.contains { $0.code(for: character.scalar) != nil }
        }
    }

    /// The parts, or `nil` when the text could not be segmented.
    var parts: [SMSPart]? { try? segmentation.get() }

    /// The characters that forced UCS-2 that the report lists, in order: the bounded list, or
    /// every one, found in the text as the sequence is iterated.
    var listedNonGSM: AnySequence<NonGSMCharacter> {
        guard listsAllNonGSM else { return AnySequence(nonGSMCharacters) }
        guard plan.encoding == .ucs2 else { return AnySequence([]) }
        guard !options.languages.isEmpty else { return AnySequence(NonGSMCharacters(analyzing: message)) }
        return AnySequence(Self.charactersNoTableHas(in: message, options: options))
    }

    /// How many characters that forced UCS-2 the report lists.
    var listedNonGSMCount: Int { listsAllNonGSM ? nonGSMCount : nonGSMCharacters.count }

    /// How many characters that forced UCS-2 are not listed.
    var unlistedNonGSMCount: Int { nonGSMCount - listedNonGSMCount }

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
