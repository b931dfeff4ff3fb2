public import PropertyBased
public import SMSCore

/// Random texts and options for property tests of the national language tables: text drawn
/// mostly from one language's locking-shift and single-shift tables (as the JSON files give
/// them, ``NationalReference``), with default-alphabet characters, other languages' characters,
/// spacing and, now and then, characters no table has; options enabling a random list of
/// languages (both tables, locking shift only, single shift only, or two separate lists), every
/// split policy and reference size.
public enum NationalSampleText {
    /// One generated case.
    public struct Case: Sendable, CustomStringConvertible {
        /// The text.
        public var text: String
        /// The options.
        public var options: SegmentationOptions

        /// The text's scalars in hex and the options that matter, for failure reports.
        public var description: String {
            let scalars = text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ")
            let locking = options.lockingShiftLanguages.map(\.code).joined(separator: ",")
            let single = options.singleShiftLanguages.map(\.code).joined(separator: ",")
            return "[\(scalars)] (\(text.unicodeScalars.count) scalars) locking [\(locking)] single [\(single)] "
                + "split \(options.split) reference \(options.reference.size) \(options.encodingPreference)"
        }
    }

    /// Characters of no table: emoji, CJK, Cyrillic, a grave accent, TAB, ZWJ and ZWNJ (which
    /// join Indic letters into one user-perceived character), a combining acute.
    public static let foreign: [Unicode.Scalar] = ["😀", "中", "Ж", "`", "\t", "\u{200D}", "\u{200C}", "\u{301}", "👍"]

    /// Scalar lengths next to the capacities of one and two parts: 145...160 and 290...306.
    public static let limits = [145, 146, 148, 149, 152, 153, 155, 160, 290, 292, 296, 298, 304, 306]

    /// The characters of a language's locking-shift table (none for Spanish) and single-shift
    /// table, by identifier 0...13 (0: the default tables).
    static let characters: [(locking: [Unicode.Scalar], single: [Unicode.Scalar])] = (0...13).map { identifier in
        let tables = NationalReference.tables
        return (
            tables.locking[UInt8(identifier)]?.orderedCharacters ?? [],
            tables.single[UInt8(identifier)]?.orderedCharacters ?? []
        )
    }

    /// One scalar of the text's own languages: 0..<70 the main language's locking-shift table
    /// (the default alphabet for Spanish), 70..<90 its single-shift table, 90..<100 spacing.
    static func piece(kind: Int, index: Int, language: Int) -> [Unicode.Scalar] {
        let own = characters[language]
        switch kind {
        case 0..<70: return pick(own.locking.isEmpty ? characters[0].locking : own.locking, index)
        case 70..<90: return pick(own.single, index)
        default: return [[" "], [" "], ["\n"], ["\r", "\n"], ["\r"]][index % 5]
        }
    }

    /// One scalar from outside the text's main language: 0..<40 the default alphabet, 40..<50 the
    /// default extension table, 50..<90 the second language's tables, 90..<100 no table.
    static func extra(kind: Int, index: Int, second: Int) -> [Unicode.Scalar] {
        switch kind {
        case 0..<40: return pick(characters[0].locking, index)
        case 40..<50: return pick(characters[0].single, index)
        case 50..<70: return pick(characters[second].locking.isEmpty ? characters[second].single : characters[second].locking, index)
        case 70..<90: return pick(characters[second].single, index)
        default: return pick(foreign, index)
        }
    }

    private static func pick(_ list: [Unicode.Scalar], _ index: Int) -> [Unicode.Scalar] {
        list.isEmpty ? ["a"] : [list[index % list.count]]
    }

    /// Builds a case from generated choices.
    ///
    /// - Parameters:
    ///   - language: The text's main language, 1...13.
    ///   - second: A second language, 1...13, for the extras and the enabled list.
    ///   - mode: 0...9: 0–5 the main language only; extras from 6 the default tables, 7 the
    ///     second language, 8 both, 9 anywhere, characters of no table too. Unless 4, a text
    ///     for locking-shift tables only takes no single-shift characters, and a text for
    ///     single-shift tables only takes its letters mostly from the default alphabet.
    ///   - pieces: (kind 0...99, index) per scalar (``piece(kind:index:language:)``).
    ///   - extras: (position, kind 0...99, index) per scalar inserted (``extra(kind:index:second:)``).
    ///   - pad: 1...14 pads the text with the language's letters to a length in ``limits``;
    ///     other values leave it.
    ///   - enabled: Language indices 0...12 (repeats included, as callers may repeat).
    ///   - listMode: 0...9: 0 no languages, 1–5 the list with the main language inserted, 6 with
    ///     the main and second languages, 7 the list as generated, 8 all 13, 9 all 13 reversed.
    ///   - kind: 0–4 both tables of each (`languages`), 5–6 locking shift only, 7–8 single shift
    ///     only, 9 the list for locking shift and its reverse for single shift.
    ///   - layout: 0...13: the split policy (`% 3`) and reference size (`/ 3 % 2`); 13 forces
    ///     UCS-2.
    public static func build(
        language: Int, second: Int, mode: Int, pieces: [(Int, Int)], extras: [(Int, Int, Int)], pad: Int,
        enabled: [Int], listMode: Int, kind: Int, layout: Int
    ) -> Case {
        // With only one kind of table enabled, the text mostly keeps to what that kind can
        // write: the main language's locking-shift table alone, or the default alphabet with
        // its single-shift table (mode 4 keeps the mix, which such options cannot write).
        let onlyLocking = (5...6).contains(kind) && mode != 4
        let onlySingle = (7...8).contains(kind) && mode != 4
        var scalars: [Unicode.Scalar] = []
        for (pieceKind, index) in pieces {
            if onlyLocking, (70..<90).contains(pieceKind) {
                scalars += piece(kind: pieceKind - 70, index: index, language: language)
            } else if onlySingle, pieceKind < 70 {
                scalars += pick(characters[0].locking, index)
            } else {
                scalars += piece(kind: pieceKind, index: index, language: language)
            }
        }
        if mode >= 6 {
            // 6: the default tables; 7: the second language; 8: both; 9: also no table.
            let kinds = [6: 0..<50, 7: 50..<90, 8: 0..<90][mode] ?? 0..<100
            for (position, extraKind, index) in extras {
                scalars.insert(
                    contentsOf: extra(kind: kinds.lowerBound + extraKind % kinds.count, index: index, second: second),
                    at: scalars.isEmpty ? 0 : position % (scalars.count + 1))
            }
        }
        if (1...limits.count).contains(pad) {
            let target = limits[pad - 1] + (mode % 3) - 1
            var index = 0
            while scalars.count < target {
                scalars += piece(kind: index * 7 % 70, index: 0x41 + index, language: language)
                index += 1
            }
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)

        var list = enabled.map { NationalLanguage.allCases[$0 % 13] }
        let main = NationalLanguage.allCases[language - 1]
        switch listMode {
        case 0: list = []
        case 1...5: list.insert(main, at: min(listMode - 1, list.count))
        case 6: list = [main, NationalLanguage.allCases[second - 1]] + list
        case 8: list = NationalLanguage.allCases
        case 9: list = NationalLanguage.allCases.reversed()
        default: break
        }
        var options = SegmentationOptions(
            split: SegmentationOptions.SplitPolicy.allCases[layout % 3],
            reference: layout / 3 % 2 == 0 ? .eightBit() : .sixteenBit(),
            encodingPreference: layout == 13 ? .ucs2 : .automatic
        )
        switch kind {
        case 0...4: options.languages = list
        case 5...6: options.lockingShiftLanguages = list
        case 7...8: options.singleShiftLanguages = list
        default:
            options.lockingShiftLanguages = list
            options.singleShiftLanguages = list.reversed()
        }
        return Case(text: text, options: options)
    }

    /// The generator of cases: texts of 0...250 scalars and up to 3 extras (some padded next to a
    /// part limit).
    public static let generator = zip(
        zip(Gen.int(in: 1...13), Gen.int(in: 1...13), Gen.int(in: 0...9)),
        zip(Gen.int(in: 0...99), Gen.int(in: 0...0xFFFF)).array(of: 0...250),
        zip(Gen.int(in: 0...300), Gen.int(in: 0...99), Gen.int(in: 0...0xFFFF)).array(of: 0...3),
        Gen.int(in: 0...40),
        zip(Gen.int(in: 0...12).array(of: 0...4), Gen.int(in: 0...9), Gen.int(in: 0...9), Gen.int(in: 0...13))
    ).map { head, pieces, extras, pad, options in
        build(
            language: head.0, second: head.1, mode: head.2, pieces: pieces, extras: extras, pad: pad,
            enabled: options.0, listMode: options.1, kind: options.2, layout: options.3)
    }
}
