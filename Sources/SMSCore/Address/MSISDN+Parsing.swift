/// The digits of a typed phone number, where each one was, and whether it began with `+`.
struct ScannedNumber {
    /// The first ``DigitString/capacity`` digits.
    var digits = DigitString()
    /// The scalar offset of each stored digit.
    var offsets = ScalarOffsets()
    /// All digits, stored or not.
    var digitCount = 0
    /// Whether a `+` came before the first digit.
    var hasPlus = false
    /// The number of Unicode scalars in the input.
    var endOffset = 0

    mutating func append(_ digit: UInt8, at offset: Int) {
        if !digits.isFull {
            digits.append(digit)
            offsets.append(offset)
        }
        digitCount += 1
    }

    /// The offset of digit `index`, or the end of the input past the last digit.
    func offset(ofDigit index: Int) -> Int {
        index < offsets.count ? offsets[index] : endOffset
    }
}

/// Up to ``DigitString/capacity`` scalar offsets, stored inline.
struct ScalarOffsets {
    private var storage: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                          UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    private(set) var count = 0

    subscript(index: Int) -> Int {
        precondition(index >= 0 && index < count, "offset index out of range")
        return Int(withUnsafeBytes(of: storage) { $0.load(fromByteOffset: index * 4, as: UInt32.self) })
    }

    mutating func append(_ offset: Int) {
        precondition(count < DigitString.capacity, "offset list overflow")
        let index = count
        let value = UInt32(truncatingIfNeeded: offset)
        withUnsafeMutableBytes(of: &storage) { $0.storeBytes(of: value, toByteOffset: index * 4, as: UInt32.self) }
        count += 1
    }
}

extension MSISDN {
    /// A validated number: its country calling code and national significant number.
    struct CanonicalNumber {
        var code: CountryCallingCode
        var national: DigitString
    }

    /// The most digits read after an international prefix before the number is too long
    /// whatever its national prefix: more than any limit plus the longest national prefix.
    private static let digitsBeyondAnyNumber = 24

    /// Reads and validates a typed number (the work of ``init(validating:options:)``).
    static func canonicalNumber(
        _ scalars: Substring.UnicodeScalarView,
        options: ParsingOptions
    ) throws(AddressError) -> CanonicalNumber {
        let scanned = try scan(scalars, options: options)
        let digits = scanned.digits
        let limit = options.maximumDigitCount

        // The international prefix, if any.
        var start = 0
        var international = scanned.hasPlus
        if !international, scanned.digitCount >= 2, digits[0] == 0, digits[1] == 0 {
            international = true
            start = 2
        } else if !international, options.origin.accepts011, scanned.digitCount >= 3,
            digits[0] == 0, digits[1] == 1, digits[2] == 1
        {
            international = true
            start = 3
        }

        let code: CountryCallingCode
        let metadata: CallingCodeMetadata
        var national: DigitString
        let nationalStart: Int

        if !international, let defaultCode = options.defaultCountryCallingCode {
            // A national number for the default code, read as libphonenumber reads a number
            // dialled in the code's main region (`_maybe_extract_country_code`).
            code = defaultCode
            metadata = defaultCode.metadata
            if scanned.digitCount < 2 {
                throw AddressError(reason: .tooShort, offset: scanned.endOffset)
            }
            if scanned.digitCount > digitsBeyondAnyNumber {
                let index = max(0, limit - defaultCode.digitCount)
                throw AddressError(reason: .tooLong, offset: scanned.offset(ofDigit: index), count: limit)
            }
            if digits.hasPrefix(defaultCode.value) {
                let withoutCode = metadata.strippingNationalPrefix(
                    from: digits.dropping(first: defaultCode.digitCount))
                if (!metadata.matchesNationalNumber(digits) && metadata.matchesNationalNumber(withoutCode))
                    || metadata.lengthVerdict(forNationalLength: digits.count) == .tooLong
                {
                    national = withoutCode
                    nationalStart = defaultCode.digitCount
                } else {
                    national = digits
                    nationalStart = 0
                }
            } else {
                national = digits
                nationalStart = 0
            }
        } else {
            // Country calling code first: after +, 00 or 011, or as Clickatell's `to` is written.
            if !international, digits[0] == 0 {
                throw AddressError(reason: .missingCountryCode, offset: scanned.offset(ofDigit: 0))
            }
            let available = scanned.digitCount - start
            if available > 0, digits[start] == 0 {
                throw AddressError(reason: .unassignedCountryCode, offset: scanned.offset(ofDigit: start))
            }
            if available < 3 {
                throw AddressError(reason: .tooShort, offset: scanned.endOffset)
            }
            guard let found = extractCountryCallingCode(digits, from: start) else {
                throw AddressError(reason: .unassignedCountryCode, offset: scanned.offset(ofDigit: start))
            }
            if available > digitsBeyondAnyNumber {
                throw AddressError(reason: .tooLong, offset: scanned.offset(ofDigit: start + limit), count: limit)
            }
            code = found
            metadata = found.metadata
            nationalStart = start + found.digitCount
            national = digits.dropping(first: nationalStart)
        }

        // The national significant number (`parse`, after the country calling code).
        let nationalOffset = scanned.offset(ofDigit: nationalStart)
        if national.count < 2 {
            throw AddressError(
                reason: .impossibleLength, offset: nationalOffset, countryCallingCode: code, count: national.count)
        }
        let stripped = metadata.strippingNationalPrefix(from: national)
        switch metadata.lengthVerdict(forNationalLength: stripped.count) {
        case .possible, .tooLong: national = stripped
        case .localOnly, .tooShort, .invalidLength: break
        }

        let total = code.digitCount + national.count
        if total > limit {
            let index = min(max(0, scanned.digitCount - (total - limit)), scanned.digitCount - 1)
            throw AddressError(reason: .tooLong, offset: scanned.offset(ofDigit: index), count: limit)
        }
        switch metadata.lengthVerdict(forNationalLength: national.count) {
        case .possible:
            break
        case .localOnly where options.acceptsLocalOnlyLengths:
            break
        case .localOnly:
            throw AddressError(
                reason: .localOnlyLength, offset: nationalOffset, countryCallingCode: code, count: national.count)
        case .tooShort, .invalidLength, .tooLong:
            throw AddressError(
                reason: .impossibleLength, offset: nationalOffset, countryCallingCode: code, count: national.count)
        }

        // The canonical form must read back as itself. libphonenumber strips a national prefix
        // once, so `+49 0061…` keeps a 0 that a second reading would strip: such a number has
        // no stable canonical form and is rejected.
        let again = metadata.strippingNationalPrefix(from: national)
        if again != national {
            switch metadata.lengthVerdict(forNationalLength: again.count) {
            case .possible, .tooLong:
                throw AddressError(
                    reason: .doubleNationalPrefix, offset: nationalOffset, countryCallingCode: code,
                    count: national.count)
            case .localOnly, .tooShort, .invalidLength:
                break
            }
        }
        return CanonicalNumber(code: code, national: national)
    }

    /// The first 1, 2 or 3 digits from `start` that form an assigned code (libphonenumber's
    /// `_extract_country_code`; E.164 codes are prefix-free).
    static func extractCountryCallingCode(_ digits: DigitString, from start: Int) -> CountryCallingCode? {
        var value = 0
        var index = start
        while index < digits.count, index < start + 3 {
            value = value * 10 + Int(digits[index])
            if let code = CountryCallingCode(value) { return code }
            index += 1
        }
        return nil
    }

    /// Collects the digits of a typed number and rejects characters a number cannot contain.
    static func scan(
        _ scalars: Substring.UnicodeScalarView,
        options: ParsingOptions
    ) throws(AddressError) -> ScannedNumber {
        var scanned = ScannedNumber()
        var offset = 0
        for scalar in scalars {
            let value = scalar.value
            if value >= 0x30 && value <= 0x39 {
                scanned.append(UInt8(value - 0x30), at: offset)
            } else if value == 0x2B || (value == 0xFF0B && options.foldsNonASCIIDigits) {
                // "+" (or "＋"): only before the first digit; "++44" is read as "+44".
                if scanned.digitCount > 0 {
                    throw AddressError(reason: .disallowedCharacter, offset: offset, scalar: scalar)
                }
                scanned.hasPlus = true
            } else if isFormatting(scalar) {
                // Spaces, dots, dashes, slashes and parentheses carry no meaning.
            } else if value < 0x80 {
                let isLetter = (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
                throw AddressError(reason: isLetter ? .letter : .disallowedCharacter, offset: offset, scalar: scalar)
            } else if scalar.properties.numericType == .decimal, let digit = scalar.properties.numericValue {
                guard options.foldsNonASCIIDigits else {
                    throw AddressError(reason: .nonASCIIDigit, offset: offset, scalar: scalar)
                }
                scanned.append(UInt8(digit), at: offset)
            } else if scalar.properties.isAlphabetic {
                throw AddressError(reason: .letter, offset: offset, scalar: scalar)
            } else {
                throw AddressError(reason: .disallowedCharacter, offset: offset, scalar: scalar)
            }
            offset += 1
        }
        scanned.endOffset = offset
        if scanned.digitCount == 0 {
            throw AddressError(reason: .empty, offset: 0)
        }
        return scanned
    }

    /// Whether a scalar is formatting noise: the punctuation libphonenumber skips inside a number
    /// (its `VALID_PUNCTUATION`, less the `x` of extensions) and white space.
    ///
    /// ASCII space, tab, CR, LF, `.`, `-`, `/`, `(`, `)`, `[`, `]`, `~`; the Unicode dashes
    /// U+2010-U+2015, U+2212 and U+30FC; the invisible soft hyphen U+00AD, zero width space
    /// U+200B and word joiner U+2060; U+2053 and U+223C (tildes); the full-width `（ ） － ． ／ ［ ］ ～`;
    /// and every other Unicode white space character (no-break space, ideographic space, ...).
    static func isFormatting(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x2E, 0x2D, 0x2F, 0x28, 0x29, 0x5B, 0x5D, 0x7E: true
        case 0..<0x80: false
        case 0x00AD, 0x200B, 0x2060, 0x2010...0x2015, 0x2212, 0x2053, 0x223C, 0x30FC: true
        case 0xFF08, 0xFF09, 0xFF0D, 0xFF0E, 0xFF0F, 0xFF3B, 0xFF3D, 0xFF5E: true
        default: scalar.properties.isWhitespace
        }
    }
}
