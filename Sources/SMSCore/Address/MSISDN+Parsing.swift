extension MSISDN {
    /// A validated number: its country calling code and national significant number.
    struct CanonicalNumber {
        var code: CountryCallingCode
        var national: DigitString
        /// The invisible formatting characters that were ignored.
        var invisibleCharacters: [InvisibleCharacter]
    }

    /// A number split at its country calling code, before its national number is checked.
    private struct SplitNumber {
        var code: CountryCallingCode
        /// The digits after the country calling code, a national (trunk) prefix still in them.
        var national: DigitString
        /// Where ``national`` starts among the scanned digits.
        var nationalStart: Int
    }

    /// The most digits read after an international prefix before the number is too long
    /// whatever its national prefix: more than any limit plus the longest national prefix.
    private static let digitsBeyondAnyNumber = 24

    /// Reads and validates a typed number (the work of ``init(validating:options:)``).
    static func canonicalNumber(
        _ scalars: Substring.UnicodeScalarView,
        options: ParsingOptions
    ) throws(AddressError) -> CanonicalNumber {
        let scanned = try ScannedNumber(scanning: scalars, options: options)
        let limit = options.maxDigitCount
        let split: SplitNumber
        if let prefixLength = scanned.internationalPrefixLength(origin: options.origin) {
            split = try splitAtCountryCallingCode(scanned, from: prefixLength, limit: limit)
        } else if let defaultCode = options.defaultCountryCallingCode {
            split = try splitNationalNumber(scanned, defaultCode: defaultCode, limit: limit)
        } else if scanned.digits[0] == 0 {
            throw AddressError(code: .missingCountryCode, offset: scanned.offset(ofDigit: 0))
        } else {
            // Country calling code first, as Clickatell's `to` is written.
            split = try splitAtCountryCallingCode(scanned, from: 0, limit: limit)
        }
        return try checkedNumber(split, scanned: scanned, options: options)
    }

    /// Reads the country calling code at digit `start` (after `+`, `00`, `011` or nothing).
    private static func splitAtCountryCallingCode(
        _ scanned: ScannedNumber,
        from start: Int,
        limit: Int
    ) throws(AddressError) -> SplitNumber {
        let available = scanned.digitCount - start
        if available > 0, scanned.digits[start] == 0 {
            throw AddressError(code: .unassignedCountryCode, offset: scanned.offset(ofDigit: start))
        }
        if available < 3 {
            throw AddressError(code: .tooShort, offset: scanned.endOffset)
        }
        guard let code = extractCountryCallingCode(scanned.digits, from: start) else {
            throw AddressError(code: .unassignedCountryCode, offset: scanned.offset(ofDigit: start))
        }
        if available > digitsBeyondAnyNumber {
            throw AddressError(code: .tooLong, offset: scanned.offset(ofDigit: start + limit), count: limit)
        }
        let nationalStart = start + code.digitCount
        return SplitNumber(code: code, national: scanned.digits.dropping(first: nationalStart), nationalStart: nationalStart)
    }

    /// Reads digits typed without an international prefix as a national number for `defaultCode`,
    /// as libphonenumber reads a number dialled in the code's main region
    /// (`_maybe_extract_country_code`): the default code itself may start the digits when they
    /// fit the numbering plan better without it.
    private static func splitNationalNumber(
        _ scanned: ScannedNumber,
        defaultCode: CountryCallingCode,
        limit: Int
    ) throws(AddressError) -> SplitNumber {
        if scanned.digitCount < 2 {
            throw AddressError(code: .tooShort, offset: scanned.endOffset)
        }
        if scanned.digitCount > digitsBeyondAnyNumber {
            let index = max(0, limit - defaultCode.digitCount)
            throw AddressError(code: .tooLong, offset: scanned.offset(ofDigit: index), count: limit)
        }
        let digits = scanned.digits
        let metadata = defaultCode.metadata
        if digits.hasPrefix(defaultCode.value) {
            let withoutCode = metadata.strippingNationalPrefix(from: digits.dropping(first: defaultCode.digitCount))
            if (!metadata.matchesNationalNumber(digits) && metadata.matchesNationalNumber(withoutCode))
                || metadata.lengthVerdict(forNationalLength: digits.count) == .tooLong
            {
                return SplitNumber(code: defaultCode, national: withoutCode, nationalStart: defaultCode.digitCount)
            }
        }
        return SplitNumber(code: defaultCode, national: digits, nationalStart: 0)
    }

    /// Strips the national prefix as libphonenumber's `parse` does and checks the length of what
    /// remains (`is_possible_number`, the E.164 limit, and a stable canonical form).
    private static func checkedNumber(
        _ split: SplitNumber,
        scanned: ScannedNumber,
        options: ParsingOptions
    ) throws(AddressError) -> CanonicalNumber {
        let code = split.code
        let metadata = code.metadata
        let limit = options.maxDigitCount
        let nationalOffset = scanned.offset(ofDigit: split.nationalStart)
        if split.national.count < 2 {
            throw AddressError(
                code: .impossibleLength, offset: nationalOffset, countryCallingCode: code, count: split.national.count)
        }
        let national = metadata.nationalSignificantNumber(from: split.national)

        let total = code.digitCount + national.count
        if total > limit {
            let index = min(max(0, scanned.digitCount - (total - limit)), scanned.digitCount - 1)
            throw AddressError(code: .tooLong, offset: scanned.offset(ofDigit: index), count: limit)
        }
        switch metadata.lengthVerdict(forNationalLength: national.count) {
        case .possible:
            break
        case .localOnly where options.acceptsLocalOnlyLengths:
            break
        case .localOnly:
            throw AddressError(
                code: .localOnlyLength, offset: nationalOffset, countryCallingCode: code, count: national.count)
        case .tooShort, .invalidLength, .tooLong:
            throw AddressError(
                code: .impossibleLength, offset: nationalOffset, countryCallingCode: code, count: national.count)
        }

        // The canonical form must read back as itself. libphonenumber strips a national prefix
        // once, so `+49 0061…` keeps a 0 that a second reading would strip: such a number has
        // no stable canonical form and is rejected.
        if metadata.nationalSignificantNumber(from: national) != national {
            throw AddressError(
                code: .doubleNationalPrefix, offset: nationalOffset, countryCallingCode: code, count: national.count)
        }
        return CanonicalNumber(code: code, national: national, invisibleCharacters: scanned.invisibleCharacters)
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
}
