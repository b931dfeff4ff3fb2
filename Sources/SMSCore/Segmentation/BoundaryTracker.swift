/// Finds, scalar by scalar, where parts may end: between user-perceived characters (extended
/// grapheme clusters, Unicode UAX #29) and after whitespace.
///
/// Whether a boundary lies before a scalar depends only on the text before it and on the
/// scalar itself, so the tracker works incrementally.
///
/// Most SMS text is made of "simple" scalars (``isSimple(_:)``): ASCII, Latin-1, Latin
/// Extended, Greek, Cyrillic and €. Between two of them there is always a boundary except
/// inside CR LF (UAX #29 GB3, GB4, GB5, GB999), and the general grapheme machinery's state
/// after one of them is "just saw this scalar" whatever came before. So runs of simple
/// scalars skip that machinery, and its state is restored from the last simple scalar before
/// the next scalar that is not simple.
struct BoundaryTracker: Sendable {
    private var characters = Unicode._CharacterRecognizer()
    /// The previous scalar when it was simple and `characters` has not seen it yet.
    private(set) var pendingSimple: Unicode.Scalar?
    private var previousIsWhitespace = false

    /// Whether the scalar is simple: its Grapheme_Cluster_Break value is Control, CR, LF or
    /// Other, it cannot extend an emoji sequence, a regional-indicator pair or an Indic
    /// conjunct, and a boundary always separates it from another simple scalar (but for CR LF).
    @inline(__always)
    static func isSimple(_ value: UInt32) -> Bool {
        value < 0x300 || (0x370...0x482).contains(value) || value == 0x20AC
    }

    /// Feeds the next scalar and tells which boundaries lie before it.
    @inline(__always)
    mutating func boundaries(before scalar: Unicode.Scalar) -> (character: Bool, word: Bool) {
        if Self.isSimple(scalar.value) {
            return boundaries(beforeSimple: scalar, endsWord: Self.endsWord(scalar))
        }
        if let previous = pendingSimple {
            characters = Unicode._CharacterRecognizer()
            _ = characters.hasBreak(before: previous)
            pendingSimple = nil
        }
        return record(character: characters.hasBreak(before: scalar), endsWord: Self.endsWord(scalar))
    }

    /// ``boundaries(before:)`` for an ASCII scalar, which is always simple.
    @inline(__always)
    mutating func boundaries(beforeASCII byte: UInt8) -> (character: Bool, word: Bool) {
        boundaries(beforeSimple: Unicode.Scalar(byte), endsWord: Self.endsWord(ascii: byte))
    }

    @inline(__always)
    private mutating func boundaries(beforeSimple scalar: Unicode.Scalar, endsWord: Bool) -> (character: Bool, word: Bool) {
        let character = if let previous = pendingSimple {
            previous != "\r" || scalar != "\n"
        } else {
            characters.hasBreak(before: scalar)
        }
        pendingSimple = scalar
        return record(character: character, endsWord: endsWord)
    }

    /// Completes a step: a word boundary is a character boundary after whitespace.
    @inline(__always)
    private mutating func record(character: Bool, endsWord: Bool) -> (character: Bool, word: Bool) {
        let word = character && previousIsWhitespace
        previousIsWhitespace = endsWord
        return (character, word)
    }

    /// Records a run of ASCII scalars ending in `last` whose boundaries the caller worked out.
    mutating func skipASCII(last: UInt8) {
        pendingSimple = Unicode.Scalar(last)
        previousIsWhitespace = Self.endsWord(ascii: last)
    }

    /// Whether a part may end after this ASCII scalar under the `words` policy: space, or
    /// TAB, LF, VT, FF, CR.
    @inline(__always)
    static func endsWord(ascii byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    /// Whether a part may end after this scalar under the `words` policy: Unicode White_Space,
    /// except the no-break spaces U+00A0, U+2007 and U+202F.
    @inline(__always)
    static func endsWord(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x80: return endsWord(ascii: UInt8(truncatingIfNeeded: scalar.value))
        case 0x85, 0x1680, 0x2000...0x2006, 0x2008...0x200A, 0x2028, 0x2029, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
