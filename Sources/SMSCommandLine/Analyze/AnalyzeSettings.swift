import Foundation
import SMSCore

/// The options of one `sms analyze` run, as the user gave them, before they are checked.
///
/// The command's flags fill one of these; in `--jsonl` mode each line may override any of them
/// (``JSONLinesAnalyzer``). ``segmentationOptions()`` checks the combination and builds the
/// engine's options.
///
/// ```swift
/// var settings = AnalyzeSettings()
/// settings.reference = 0x1234
/// settings.referenceBits = 16
/// let options = try settings.segmentationOptions()   // .sixteenBit(0x1234), 152 septets a part
/// ```
struct AnalyzeSettings: Hashable, Sendable {
    /// Where a part may end.
    var split: SegmentationOptions.SplitPolicy = .graphemes
    /// The most parts allowed, 1...255.
    var maxParts = 255
    /// The concatenation reference; `nil` lets the segmenter draw one at random.
    var reference: Int?
    /// The size of the concatenation reference: 8 or 16 bits.
    var referenceBits = 8
    /// Whether the encoding follows the text or is forced to UCS-2.
    var encodingPreference: SegmentationOptions.EncodingPreference = .automatic
    /// National locking-shift tables the engine may use (TS 23.038 annex A.3).
    var lockingShiftLanguages: [NationalLanguage] = []
    /// National single-shift tables the engine may use (TS 23.038 annex A.2).
    var singleShiftLanguages: [NationalLanguage] = []
    /// Whether every character that forced UCS-2 is listed, rather than the first
    /// ``AnalyzeReport/defaultMaxNonGSMListed``.
    var allNonGSM = false

    /// The most characters that forced UCS-2 a report lists: `nil` (all) with ``allNonGSM``.
    var maxNonGSMListed: Int? { allNonGSM ? nil : AnalyzeReport.defaultMaxNonGSMListed }

    /// The engine's options for these settings.
    ///
    /// - Throws: ``InvalidInputError`` when `maxParts` is outside 1...255, `referenceBits` is not
    ///   8 or 16, or `reference` does not fit in `referenceBits` (0...255 or 0...65535).
    func segmentationOptions() throws(InvalidInputError) -> SegmentationOptions {
        guard (1...255).contains(maxParts) else {
            throw InvalidInputError("the maximum number of parts must be between 1 and 255, not \(maxParts)")
        }
        let reference: SegmentationOptions.Reference
        switch referenceBits {
        case 8:
            guard let value = self.reference else { reference = .eightBit(); break }
            guard let octet = UInt8(exactly: value) else {
                throw InvalidInputError("an 8-bit reference must be between 0 and 255, not \(value)")
            }
            reference = .eightBit(octet)
        case 16:
            guard let value = self.reference else { reference = .sixteenBit(); break }
            guard let word = UInt16(exactly: value) else {
                throw InvalidInputError("a 16-bit reference must be between 0 and 65535, not \(value)")
            }
            reference = .sixteenBit(word)
        default:
            throw InvalidInputError("the reference size must be 8 or 16 bits, not \(referenceBits)")
        }
        var options = SegmentationOptions(split: split, maxParts: maxParts, reference: reference, encodingPreference: encodingPreference)
        options.lockingShiftLanguages = lockingShiftLanguages
        options.singleShiftLanguages = singleShiftLanguages
        return options
    }

    /// Sets both tables of each language (Spanish: its single-shift table only), as
    /// ``SegmentationOptions/languages`` does.
    mutating func setLanguages(_ languages: [NationalLanguage]) {
        lockingShiftLanguages = languages.filter(\.hasLockingShiftTable)
        singleShiftLanguages = languages
    }

    /// The languages named by ISO 639-1 codes (`tr`, `es`, `pt`, `bn`, `gu`, `hi`, `kn`, `ml`,
    /// `or`, `pa`, `ta`, `te`, `ur`), in order, without repeats; an empty name is skipped.
    ///
    /// - Parameters:
    ///   - codes: The codes.
    ///   - lockingShift: Whether the languages are for locking-shift tables, which Spanish
    ///     lacks.
    /// - Throws: ``InvalidInputError`` for an unknown code, or Spanish as a locking-shift table.
    static func languages(named codes: [String], lockingShift: Bool = false) throws(InvalidInputError) -> [NationalLanguage] {
        var languages: [NationalLanguage] = []
        for code in codes {
            let code = code.trimmingCharacters(in: .whitespaces)
            if code.isEmpty { continue }
            guard let language = NationalLanguage(code: code) else {
                let known = NationalLanguage.allCases.map(\.code).joined(separator: ", ")
                throw InvalidInputError("\"\(code)\" is not a national language of TS 23.038; the languages are \(known)")
            }
            if lockingShift && !language.hasLockingShiftTable {
                throw InvalidInputError("Spanish (es) has no locking-shift table (TS 23.038 A.3.2); use it as a single-shift table")
            }
            if !languages.contains(language) { languages.append(language) }
        }
        return languages
    }

    /// The split policy named `name`: `graphemes`, `scalars` or `words`.
    ///
    /// - Throws: ``InvalidInputError`` for any other name.
    static func splitPolicy(named name: String) throws(InvalidInputError) -> SegmentationOptions.SplitPolicy {
        guard let policy = SegmentationOptions.SplitPolicy(rawValue: name) else {
            throw InvalidInputError("the split policy must be \(Self.names(of: SegmentationOptions.SplitPolicy.self)), not \"\(name)\"")
        }
        return policy
    }

    /// The encoding preference named `name`: `auto` or `ucs2`.
    ///
    /// - Throws: ``InvalidInputError`` for any other name.
    static func encodingPreference(named name: String) throws(InvalidInputError) -> SegmentationOptions.EncodingPreference {
        guard let preference = SegmentationOptions.EncodingPreference(rawValue: name) else {
            throw InvalidInputError("the encoding must be \(Self.names(of: SegmentationOptions.EncodingPreference.self)), not \"\(name)\"")
        }
        return preference
    }

    /// `a, b or c` from a type's raw values.
    static func names<T: CaseIterable & RawRepresentable>(of type: T.Type) -> String where T.RawValue == String {
        let names = type.allCases.map(\.rawValue)
        guard names.count > 1, let last = names.last else { return names.joined() }
        return names.dropLast().joined(separator: ", ") + " or " + last
    }
}
