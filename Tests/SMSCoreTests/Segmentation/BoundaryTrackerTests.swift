@testable import SMSCore
import Testing

/// The tracker takes shortcuts for "simple" scalars; these tests hold it to `String`'s own
/// `Character` boundaries around every simple scalar, next to scalars that take part in the
/// grapheme rules (marks, ZWJ, emoji, regional indicators, Hangul, Indic, prepend).
@Suite struct BoundaryTrackerTests {
    static let probes: [Unicode.Scalar] = [
        "a", "\r", "\n", "é", "\u{301}", "\u{200D}", "\u{FE0F}", "😀", "🇫", "\u{1100}", "\u{1161}",
        "\u{AC00}", "\u{915}", "\u{94D}", "\u{600}", "\u{903}", "©", "\u{1F3FD}",
    ]

    /// The boundary before each scalar, as the tracker reports it.
    static func trackerBoundaries(_ scalars: [Unicode.Scalar]) -> [Bool] {
        var tracker = BoundaryTracker()
        return scalars.map { tracker.boundaries(before: $0).character }
    }

    /// The boundary before each scalar, from `String`'s `Character` view.
    static func characterBoundaries(_ scalars: [Unicode.Scalar]) -> [Bool] {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        var result = [Bool](repeating: false, count: scalars.count)
        var offset = 0
        for character in String(view) {
            result[offset] = true
            offset += character.unicodeScalars.count
        }
        return result
    }

    @Test func everySimpleScalarBetweenTrickyNeighboursMatchesCharacterBoundaries() {
        let simple = (UInt32(0)...0x20AC).filter(BoundaryTracker.isSimple).compactMap(Unicode.Scalar.init)
        #expect(simple.count > 1000)
        for scalar in simple {
            for before in Self.probes {
                for after in Self.probes {
                    let text = [before, scalar, after, scalar, scalar, after]
                    let tracked = Self.trackerBoundaries(text).dropFirst()
                    let expected = Self.characterBoundaries(text).dropFirst()
                    if tracked != expected {
                        Issue.record("\(text.map(\.codePointDescription)): \(Array(tracked)) ≠ \(Array(expected))")
                        return
                    }
                }
            }
        }
    }

    @Test func whitespaceEndsWordsButNoBreakSpacesDoNot() {
        for value in UInt32(0)...0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = scalar.properties.isWhitespace && ![0xA0, 0x2007, 0x202F].contains(value)
            #expect(BoundaryTracker.endsWord(scalar) == expected, "\(scalar.codePointDescription)")
        }
    }
}
