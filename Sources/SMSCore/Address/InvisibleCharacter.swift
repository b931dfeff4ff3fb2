/// An invisible formatting character that a typed phone number carried and that was ignored,
/// and where it was.
///
/// Numbers copied from right-to-left interfaces (Arabic, Hebrew, Persian), from rich-text
/// documents or from web pages often carry characters that cannot be seen: bidirectional marks
/// and isolates, zero-width spaces and joiners, soft hyphens, word joiners, a byte order mark.
/// ``MSISDN/init(validating:options:)`` ignores them like the other formatting (spaces,
/// dashes, parentheses) and lists them in ``MSISDN/invisibleCharacters``, so that a caller can
/// tell its user that the number was not quite what it looked like.
///
/// ```swift
/// let number = try MSISDN(validating: "\u{200F}+44 7700 900123")
/// number.digits                 // "447700900123"
/// number.invisibleCharacters    // [U+200F at offset 0]
/// ```
public struct InvisibleCharacter: Hashable, Sendable, CustomStringConvertible {
    /// The character.
    public let scalar: Unicode.Scalar
    /// Where it was, in Unicode scalars of the input from 0 (the unit of ``AddressError``
    /// offsets).
    public let offset: Int

    /// A record of an ignored character; only the validators make these.
    init(scalar: Unicode.Scalar, offset: Int) {
        self.scalar = scalar
        self.offset = offset
    }

    /// The scalar's code point, e.g. `U+200F`.
    public var codePoint: String { scalar.codePointDescription }

    /// For example `U+200F at offset 0`.
    public var description: String { "\(codePoint) at offset \(offset)" }

    /// Whether a scalar is an invisible formatting character that addresses ignore.
    ///
    /// These are the soft hyphen U+00AD; the Arabic letter mark U+061C; the zero width space,
    /// non-joiner and joiner and the left-to-right and right-to-left marks U+200B-U+200F; the
    /// bidirectional embeddings and overrides U+202A-U+202E; the word joiner U+2060; the
    /// bidirectional isolates U+2066-U+2069; and the zero width no-break space (byte order
    /// mark) U+FEFF (Unicode's `Default_Ignorable_Code_Point` characters of general category
    /// `Cf` that text editors and browsers insert).
    ///
    /// - Complexity: O(1).
    public static func isIgnored(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }
}
