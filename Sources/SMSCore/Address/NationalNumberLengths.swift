/// A set of national number lengths (1 to 31 digits), stored as a bit mask.
///
/// ```swift
/// let lengths = CountryCallingCode(44)!.possibleNationalNumberLengths
/// lengths.contains(10)    // true
/// lengths.description     // "7, 9, 10"
/// ```
public struct NationalNumberLengths: Hashable, Sendable, Sequence, CustomStringConvertible {
    /// Bit n is set when length n is in the set.
    let mask: UInt32

    init(mask: UInt32) { self.mask = mask }

    /// Whether `length` is in the set.
    ///
    /// - Complexity: O(1); no allocation.
    public func contains(_ length: Int) -> Bool {
        length >= 0 && length < 32 && mask >> UInt32(length) & 1 == 1
    }

    /// Whether the set is empty.
    public var isEmpty: Bool { mask == 0 }

    /// The shortest length, or `nil` for the empty set.
    public var shortest: Int? { isEmpty ? nil : mask.trailingZeroBitCount }

    /// The longest length, or `nil` for the empty set.
    public var longest: Int? { isEmpty ? nil : 31 - mask.leadingZeroBitCount }

    /// Iterates the lengths in ascending order.
    public struct Iterator: IteratorProtocol, Sendable {
        var rest: UInt32

        /// The next length, or `nil` at the end.
        public mutating func next() -> Int? {
            guard rest != 0 else { return nil }
            let length = rest.trailingZeroBitCount
            rest &= rest - 1
            return length
        }
    }

    /// An iterator over the lengths in ascending order.
    public func makeIterator() -> Iterator { Iterator(rest: mask) }

    /// The number of lengths in the set.
    public var underestimatedCount: Int { mask.nonzeroBitCount }

    /// The lengths separated by commas: `"7, 9, 10"`.
    public var description: String {
        var text = ""
        for length in self {
            if !text.isEmpty { text += ", " }
            text += String(length)
        }
        return text
    }
}
