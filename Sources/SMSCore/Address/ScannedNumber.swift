/// The digits of a typed phone number, where each one was, and whether it began with `+`: the
/// first pass of ``MSISDN/init(validating:options:)``, which rejects every character a number
/// cannot contain.
struct ScannedNumber {
    /// The first ``DigitString/capacity`` digits.
    private(set) var digits = DigitString()
    /// The scalar offset of each stored digit.
    private var offsets = ScalarOffsets()
    /// All digits, stored or not.
    private(set) var digitCount = 0
    /// Whether a `+` came before the first digit.
    private(set) var hasPlus = false
    /// The number of Unicode scalars in the input.
    private(set) var endOffset = 0
    /// The invisible formatting characters that were ignored, in order (allocates only when
    /// there is one).
    private(set) var invisibleCharacters: [InvisibleCharacter] = []

    /// Collects the digits of a typed number.
    ///
    /// - Throws: ``AddressError`` for a letter, a non-ASCII digit that is not to be folded, a
    ///   character that is neither a digit, a leading `+` nor formatting, and for an input
    ///   without digits.
    /// - Complexity: O(n) in Unicode scalars; no allocation unless the input holds invisible
    ///   formatting characters (see ``InvisibleCharacter``).
    init(scanning scalars: Substring.UnicodeScalarView, options: MSISDN.ParsingOptions) throws(AddressError) {
        var offset = 0
        for scalar in scalars {
            let value = scalar.value
            if value >= 0x30 && value <= 0x39 {
                append(UInt8(value - 0x30), at: offset)
            } else if value == 0x2B || (value == 0xFF0B && options.foldsNonASCIIDigits) {
                // "+" (or "＋"): only before the first digit; "++44" is read as "+44".
                if digitCount > 0 {
                    throw AddressError(code: .disallowedCharacter, offset: offset, scalar: scalar)
                }
                hasPlus = true
            } else if InvisibleCharacter.isIgnored(scalar) {
                // Bidirectional marks, zero-width characters: ignored, and listed.
                invisibleCharacters.append(InvisibleCharacter(scalar: scalar, offset: offset))
            } else if Self.isFormatting(scalar) {
                // Spaces, dots, dashes, slashes and parentheses carry no meaning.
            } else if value < 0x80 {
                let isLetter = (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
                throw AddressError(code: isLetter ? .letter : .disallowedCharacter, offset: offset, scalar: scalar)
            } else if scalar.properties.numericType == .decimal, let digit = scalar.properties.numericValue {
                guard options.foldsNonASCIIDigits else {
                    throw AddressError(code: .nonASCIIDigit, offset: offset, scalar: scalar)
                }
                append(UInt8(digit), at: offset)
            } else if scalar.properties.isAlphabetic {
                throw AddressError(code: .letter, offset: offset, scalar: scalar)
            } else {
                throw AddressError(code: .disallowedCharacter, offset: offset, scalar: scalar)
            }
            offset += 1
        }
        endOffset = offset
        if digitCount == 0 {
            throw AddressError(code: .empty, offset: 0)
        }
    }

    private mutating func append(_ digit: UInt8, at offset: Int) {
        if !digits.isFull {
            digits.append(digit)
            offsets.append(offset)
        }
        digitCount += 1
    }

    /// The offset of digit `index`, or the end of the input past the last stored digit.
    func offset(ofDigit index: Int) -> Int {
        index < offsets.count ? offsets[index] : endOffset
    }

    /// The number of digits of the international prefix the number starts with: 0 after `+`,
    /// 2 for `00`, 3 for `011` when `origin` accepts it; `nil` without one.
    func internationalPrefixLength(origin: MSISDN.Origin) -> Int? {
        if hasPlus { return 0 }
        if digitCount >= 2, digits[0] == 0, digits[1] == 0 { return 2 }
        if origin.accepts011, digitCount >= 3, digits[0] == 0, digits[1] == 1, digits[2] == 1 { return 3 }
        return nil
    }

    /// Whether a scalar is formatting noise: the punctuation libphonenumber skips inside a number
    /// (its `VALID_PUNCTUATION`, less the `x` of extensions) and white space.
    ///
    /// ASCII space, tab, line feed, vertical tab, form feed, carriage return, `.`, `-`, `/`, `(`,
    /// `)`, `[`, `]`, `~`; the Unicode dashes U+2010-U+2015, U+2212 and U+30FC; U+2053 and
    /// U+223C (tildes); the full-width `（ ） － ． ／ ［ ］ ～`; and every other Unicode white
    /// space character (no-break space, ideographic space, line separator, ...). The invisible
    /// ones (bidirectional marks, zero-width characters, soft hyphens) are
    /// ``InvisibleCharacter/isIgnored(_:)`` and are listed besides being ignored.
    static func isFormatting(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09...0x0D, 0x2E, 0x2D, 0x2F, 0x28, 0x29, 0x5B, 0x5D, 0x7E: true
        case 0..<0x80: false
        case 0x2010...0x2015, 0x2212, 0x2053, 0x223C, 0x30FC: true
        case 0xFF08, 0xFF09, 0xFF0D, 0xFF0E, 0xFF0F, 0xFF3B, 0xFF3D, 0xFF5E: true
        default: scalar.properties.isWhitespace
        }
    }
}

/// Up to ``DigitString/capacity`` scalar offsets, stored inline so that scanning never allocates.
struct ScalarOffsets {
    private var storage: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                          UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)

    /// The number of offsets stored.
    private(set) var count = 0

    /// The offset at `index`.
    ///
    /// - Precondition: `0 <= index < count`.
    subscript(index: Int) -> Int {
        precondition(index >= 0 && index < count, "offset index out of range")
        return Int(withUnsafeBytes(of: storage) { $0.load(fromByteOffset: index * 4, as: UInt32.self) })
    }

    /// Appends an offset.
    ///
    /// - Precondition: fewer than ``DigitString/capacity`` offsets are stored.
    mutating func append(_ offset: Int) {
        precondition(count < DigitString.capacity, "offset list overflow")
        let index = count
        let value = UInt32(truncatingIfNeeded: offset)
        withUnsafeMutableBytes(of: &storage) { $0.storeBytes(of: value, toByteOffset: index * 4, as: UInt32.self) }
        count += 1
    }
}
