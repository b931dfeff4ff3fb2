/// A character that GSM-7 cannot carry, and where it is in the text.
///
/// One such character makes the whole message UCS-2 (TS 23.038 6.2.3), which cuts a part from
/// 160 characters to 70. ``GSM7Alphabet/nonGSMCharacters(in:)`` lists them so that a user can
/// see, and perhaps replace, what forced the switch.
public struct NonGSMCharacter: Hashable, Sendable, CustomStringConvertible {
    /// The scalar that is in neither the default alphabet nor its extension table.
    public let scalar: Unicode.Scalar
    /// Where it is: its offsets in Unicode scalars and UTF-16 code units from the start of the
    /// text.
    public let position: TextPosition

    /// Creates a record of a non-GSM character at the given position; only
    /// ``GSM7Alphabet/nonGSMCharacters(in:)`` makes these.
    init(scalar: Unicode.Scalar, position: TextPosition) {
        self.scalar = scalar
        self.position = position
    }

    /// The scalar's code point: `U+` and at least four upper-case hex digits, e.g. `U+1F44B`.
    public var codePoint: String { scalar.codePointDescription }

    /// The scalar as `U+XXXX` with its offsets, for example `U+0060 at scalar 3 (UTF-16 3)`.
    public var description: String {
        "\(codePoint) at \(position)"
    }
}

extension GSM7Alphabet {
    /// Every scalar of the text that GSM-7 cannot carry, in order, with its position.
    ///
    /// ```swift
    /// GSM7Alphabet.nonGSMCharacters(in: "Café ☕")
    /// // [U+2615 at scalar 5 (UTF-16 5)]   (é is in the default alphabet)
    /// ```
    ///
    /// - Complexity: O(n) in scalars; allocates only the result.
    public static func nonGSMCharacters(in text: some StringProtocol) -> [NonGSMCharacter] {
        var result: [NonGSMCharacter] = []
        var utf16Offset = 0
        for (scalarOffset, scalar) in text.unicodeScalars.enumerated() {
            if rawCode(scalar.value) == noCode {
                result.append(
                    NonGSMCharacter(scalar: scalar, position: TextPosition(scalarOffset: scalarOffset, utf16Offset: utf16Offset))
                )
            }
            utf16Offset += UTF16.width(scalar)
        }
        return result
    }

    /// Whether GSM-7 can carry every scalar of the text.
    ///
    /// - Complexity: O(n) in scalars; no allocation.
    public static func canEncode(_ text: some StringProtocol) -> Bool {
        let contiguous = text.utf8.withContiguousStorageIfAvailable { utf8 in
            var index = 0
            while index < utf8.count {
                let (value, length) = scalarValue(inUTF8: utf8, at: index)
                if rawCode(value) == noCode { return false }
                index += length
            }
            return true
        }
        return contiguous ?? text.unicodeScalars.allSatisfy { rawCode($0.value) != noCode }
    }
}

extension Unicode.Scalar {
    /// `U+` and at least four upper-case hex digits.
    var codePointDescription: String {
        let digits = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
