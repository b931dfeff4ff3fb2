/// A character that GSM-7 cannot carry, and where it is in the text.
///
/// One such character makes the whole message UCS-2 (TS 23.038 6.2.3), which cuts a part from
/// 160 characters to 70. ``GSM7Alphabet/nonGSMCharacters(in:maxCount:)`` lists them so that a
/// user can see, and perhaps replace, what forced the switch.
public struct NonGSMCharacter: Hashable, Sendable, CustomStringConvertible {
    /// The scalar that is in neither the default alphabet nor its extension table.
    public let scalar: Unicode.Scalar
    /// Where it is: its offsets in Unicode scalars and UTF-16 code units from the start of the
    /// text.
    public let position: TextPosition

    /// Creates a record of a non-GSM character at the given position; only
    /// ``GSM7Alphabet/nonGSMCharacters(in:maxCount:)`` makes these.
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
    /// The scalars of the text that GSM-7 cannot carry, in order, with their positions: all of
    /// them, or the first `maxCount`.
    ///
    /// A report for people rarely needs more than the first few; a hostile or merely long
    /// text (a book in Chinese) has millions. Ask for a bounded list and give the total from
    /// ``nonGSMCount(in:)``:
    ///
    /// ```swift
    /// GSM7Alphabet.nonGSMCharacters(in: "Café ☕")
    /// // [U+2615 at scalar 5 (UTF-16 5)]   (é is in the default alphabet)
    /// let first = GSM7Alphabet.nonGSMCharacters(in: text, maxCount: 100)
    /// let total = GSM7Alphabet.nonGSMCount(in: text)
    /// ```
    ///
    /// - Parameters:
    ///   - text: The text.
    ///   - maxCount: The most characters to list; the scan stops once that many are found.
    ///     Every one when omitted.
    /// - Precondition: `maxCount >= 0`.
    /// - Returns: Up to `maxCount` characters, in text order.
    /// - Complexity: O(*n*) time in the scalars scanned (up to the `maxCount`-th non-GSM
    ///   scalar, or the whole text). Memory O(min(`maxCount`, *k*)) for *k* non-GSM scalars:
    ///   about 24 bytes each, so without a `maxCount` up to 24 times the size of a UTF-8 text.
    public static func nonGSMCharacters(in text: some StringProtocol, maxCount: Int = .max) -> [NonGSMCharacter] {
        precondition(maxCount >= 0, "maxCount must not be negative")
        var result: [NonGSMCharacter] = []
        guard maxCount > 0 else { return result }
        for character in NonGSMCharacters(analyzing: text) {
            result.append(character)
            if result.count == maxCount { break }
        }
        return result
    }

    /// The number of scalars of the text that GSM-7 cannot carry (the length of
    /// ``nonGSMCharacters(in:maxCount:)`` without a limit), without listing them.
    ///
    /// ```swift
    /// GSM7Alphabet.nonGSMCount(in: "Grüße 👋 ☕")   // 2 (ü and ß are GSM-7)
    /// ```
    ///
    /// - Parameter text: The text.
    /// - Returns: How many scalars are in neither the default alphabet nor its extension.
    /// - Complexity: O(*n*) in scalars; no allocation.
    public static func nonGSMCount(in text: some StringProtocol) -> Int {
        let contiguous = text.utf8.withContiguousStorageIfAvailable { utf8 in
            var count = 0
            var index = 0
            while index < utf8.count {
                let (value, length) = scalarValue(inUTF8: utf8, at: index)
                if rawCode(value) == noCode { count += 1 }
                index += length
            }
            return count
        }
        if let contiguous { return contiguous }
        var count = 0
        for scalar in text.unicodeScalars where rawCode(scalar.value) == noCode { count += 1 }
        return count
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

/// The characters of a text that GSM-7 cannot carry, found one at a time as the sequence is
/// iterated: nothing is listed, so a report can write every one of millions of them in
/// constant memory.
///
/// ```swift
/// for character in NonGSMCharacters(analyzing: "Hi 👋 ☕") {
///     print(character)   // U+1F44B at scalar 3 (UTF-16 3), then U+2615 at scalar 5 (UTF-16 6)
/// }
/// ```
///
/// ``GSM7Alphabet/nonGSMCharacters(in:maxCount:)`` collects them into an array.
public struct NonGSMCharacters: Sequence, Sendable {
    private let text: Substring

    /// The non-GSM characters of `text`.
    ///
    /// - Parameter text: The text; a `String` or `Substring` is not copied.
    /// - Complexity: O(1).
    public init(analyzing text: some StringProtocol) {
        self.text = Substring(text)
    }

    /// Finds the characters as it goes.
    ///
    /// - Complexity: Each step is O(*k*) in the scalars skipped to reach the next non-GSM
    ///   character; a whole iteration is O(*n*) in the text's scalars. No allocation.
    public func makeIterator() -> Iterator {
        Iterator(scalars: text.unicodeScalars)
    }

    /// Walks the text's scalars, counting scalar and UTF-16 offsets.
    public struct Iterator: IteratorProtocol, Sendable {
        private let scalars: Substring.UnicodeScalarView
        private var index: Substring.UnicodeScalarView.Index
        private var scalarOffset = 0
        private var utf16Offset = 0

        init(scalars: Substring.UnicodeScalarView) {
            self.scalars = scalars
            index = scalars.startIndex
        }

        /// The next character GSM-7 cannot carry, or `nil` at the end of the text.
        public mutating func next() -> NonGSMCharacter? {
            while index < scalars.endIndex {
                let scalar = scalars[index]
                let position = TextPosition(scalarOffset: scalarOffset, utf16Offset: utf16Offset)
                scalars.formIndex(after: &index)
                scalarOffset += 1
                utf16Offset += UTF16.width(scalar)
                if GSM7Alphabet.rawCode(scalar.value) == GSM7Alphabet.noCode {
                    return NonGSMCharacter(scalar: scalar, position: position)
                }
            }
            return nil
        }
    }
}

extension Unicode.Scalar {
    /// `U+` and at least four upper-case hex digits.
    var codePointDescription: String {
        let digits = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
