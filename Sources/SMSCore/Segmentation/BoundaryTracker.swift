/// Finds, scalar by scalar, where parts may end: between user-perceived characters (extended
/// grapheme clusters, Unicode UAX #29) and after whitespace.
///
/// Whether a boundary lies before a scalar depends only on the text before it and on the
/// scalar itself, so the tracker works incrementally. Between two ASCII scalars there is
/// always a boundary except inside CR LF (UAX #29 GB3), so runs of ASCII skip the general
/// grapheme machinery; after an ASCII scalar that machinery's state is simply "just saw this
/// scalar", which is restored before the next non-ASCII scalar.
struct BoundaryTracker: Sendable {
    private var characters = Unicode._CharacterRecognizer()
    /// The previous scalar when it was ASCII and `characters` has not seen it yet.
    private(set) var pendingASCII: UInt8?
    private var previousIsWhitespace = false

    /// Feeds the next scalar and tells which boundaries lie before it.
    @inline(__always)
    mutating func boundaries(before scalar: Unicode.Scalar) -> (character: Bool, word: Bool) {
        if scalar.isASCII { return boundaries(beforeASCII: UInt8(truncatingIfNeeded: scalar.value)) }
        if let previous = pendingASCII {
            characters = Unicode._CharacterRecognizer()
            _ = characters.hasBreak(before: Unicode.Scalar(previous))
            pendingASCII = nil
        }
        let character = characters.hasBreak(before: scalar)
        let word = character && previousIsWhitespace
        previousIsWhitespace = Self.endsWord(scalar)
        return (character, word)
    }

    /// Feeds the next scalar, an ASCII one, and tells which boundaries lie before it.
    @inline(__always)
    mutating func boundaries(beforeASCII byte: UInt8) -> (character: Bool, word: Bool) {
        let character = if let previous = pendingASCII {
            previous != 0x0D || byte != 0x0A
        } else {
            characters.hasBreak(before: Unicode.Scalar(byte))
        }
        pendingASCII = byte
        let word = character && previousIsWhitespace
        previousIsWhitespace = Self.endsWord(ascii: byte)
        return (character, word)
    }

    /// Records a run of ASCII scalars ending in `last` whose boundaries the caller worked out.
    mutating func skipASCII(last: UInt8) {
        pendingASCII = last
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
    static func endsWord(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09...0x0D: return true
        case 0..<0x80, 0xA0, 0x2007, 0x202F: return false
        default: return scalar.properties.isWhitespace
        }
    }
}
