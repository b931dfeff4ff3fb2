/// A place in a text: how many Unicode scalars and how many UTF-16 code units come before it.
///
/// The engine counts scalars (GSM-7 maps each one) and UTF-16 code units (UCS-2 carries them, and
/// JavaScript, Java and Objective-C index strings by them), so every place it reports gives
/// both. A part of a message spans a `Range<TextPosition>`.
///
/// ```swift
/// let parts = try SMSSegmenter().segment(longText)
/// parts[1].range.lowerBound.scalarOffset   // where part 2 starts, in scalars
/// parts[1].range.lowerBound.utf16Offset    // the same place in UTF-16 code units
///
/// GSM7Alphabet.nonGSMCharacters(in: "Hi 👋!")[0].position   // scalar 3 (UTF-16 3)
/// ```
///
/// Positions are ordered by their scalar offset; two positions in the same text with the
/// same scalar offset have the same UTF-16 offset.
public struct TextPosition: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The Unicode scalars before this place (an offset into `text.unicodeScalars`).
    public let scalarOffset: Int
    /// The UTF-16 code units before this place (an offset into `text.utf16`).
    public let utf16Offset: Int

    /// A position with the given offsets; only the engine makes these, so that both offsets
    /// name the same place.
    init(scalarOffset: Int, utf16Offset: Int) {
        self.scalarOffset = scalarOffset
        self.utf16Offset = utf16Offset
    }

    /// The start of every text: 0 scalars, 0 UTF-16 code units.
    public static let start = TextPosition(scalarOffset: 0, utf16Offset: 0)

    /// Whether `lhs` comes before `rhs`, by scalar offset (then UTF-16 offset).
    public static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
        (lhs.scalarOffset, lhs.utf16Offset) < (rhs.scalarOffset, rhs.utf16Offset)
    }

    /// For example `scalar 3 (UTF-16 3)`.
    public var description: String {
        "scalar \(scalarOffset) (UTF-16 \(utf16Offset))"
    }
}
