public import PropertyBased
public import SMSCore

/// Random message text for property tests, weighted toward what breaks SMS engines: plain GSM
/// text, extension characters (two septets), emoji (surrogate pairs, ZWJ sequences, flags),
/// combining marks, CR LF, and lengths near the part limits.
public enum SampleText {
    /// The GSM-7 characters that cost one septet.
    public static let basic: [String] = GSM7Alphabet.allCodes.filter { $0.code.septetCount == 1 }.map { String($0.scalar) }
    /// The GSM-7 extension characters (two septets: ESC and a code).
    public static let extended: [String] = GSM7Alphabet.allCodes.filter { $0.code.septetCount == 2 }.map { String($0.scalar) }
    /// Short words, some with Latin-1 letters that GSM-7 carries.
    public static let words = ["hello", "reply", "STOP", "code", "Köln", "über", "12:30", "ok?"]
    /// Spaces and line breaks, CR LF among them.
    public static let spacing = [" ", " ", " ", "\n", "\r\n", "\r", "  "]
    /// Emoji: surrogate pairs, modifiers, ZWJ sequences, flags, keycaps.
    public static let emoji = [
        "😀", "👋", "👍🏽", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🇫🇷", "🇩🇪🇫🇷", "❤️", "✌🏿", "🧑🏻‍💻", "1️⃣", "𝄞", "🀄",
    ]
    /// Combining marks, ZWJ and a variation selector, alone and after a letter.
    public static let combining = ["e\u{301}", "a\u{308}\u{304}", "\u{301}", "n\u{303}", "\u{200D}", "\u{FE0F}"]
    /// Other traps: non-GSM letters, grave accent, TAB, no-break space, ESC and NUL.
    public static let other = ["Ж", "中", "ç", "`", "\t", "\u{A0}", "ğ", "ş", "\u{2126}", "’", "—", "\u{1B}", "\u{0}"]
    /// Lengths (in pieces of one septet) that put a text next to a part limit.
    public static let limits = [70, 67, 66, 134, 132, 160, 153, 152, 306, 304]

    /// A piece of text of the given kind; `index` picks inside the kind.
    public static func piece(kind: Int, index: Int, gsmOnly: Bool) -> String {
        func pick(_ list: [String]) -> String { list[index % list.count] }
        switch kind {
        case 0..<45: return pick(basic)
        case 45..<60: return pick(words)
        case 60..<72: return pick(spacing)
        case 72..<82: return pick(extended)
        case _ where gsmOnly: return pick(basic)
        case 82..<90: return pick(emoji)
        case 90..<94: return pick(combining)
        case 94..<98: return pick(other)
        default:
            // Any scalar at all (surrogate code points are not scalars: step over them).
            let value = UInt32(index % 0x10_F800)
            return String(Unicode.Scalar(value < 0xD800 ? value : value + 0x800) ?? "?")
        }
    }

    /// Builds a text from generated choices: `mode` 0–1 is GSM-7 only, 2 mixed; `pad` > 0
    /// pads with letters to one septet or unit either side of a part limit.
    public static func build(mode: Int, pieces: [(Int, Int)], pad: Int) -> String {
        var text = ""
        for (kind, index) in pieces { text += piece(kind: kind, index: index, gsmOnly: mode < 2) }
        if pad > 0 {
            let target = limits[pad % limits.count] * (1 + pad % 3) + pad % 3 - 1
            let units = text.unicodeScalars.count
            if units < target { text += String(repeating: "x", count: target - units) }
        }
        return text
    }

    /// The generator of sample texts.
    public static let generator = zip(
        Gen.int(in: 0...2),
        zip(Gen.int(in: 0...99), Gen.int(in: 0...0x10FFFF)).array(of: 0...220),
        Gen.int(in: 0...40)
    ).map { mode, pieces, pad in build(mode: mode, pieces: pieces, pad: pad > 10 ? 0 : pad) }

    /// Every combination of split policy and reference size.
    public static let optionSets: [SegmentationOptions] = SegmentationOptions.SplitPolicy.allCases.flatMap { split in
        [SegmentationOptions(split: split), SegmentationOptions(split: split, reference: .sixteenBit())]
    } + [SegmentationOptions(encodingPreference: .ucs2)]
}
