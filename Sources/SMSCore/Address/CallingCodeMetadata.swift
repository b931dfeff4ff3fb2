/// What libphonenumber's `is_possible_number` knows about one country calling code: the general
/// description of the code's main region (see ``CountryCallingCode/metadata(forCode:)``).
struct CallingCodeMetadata: Sendable {
    /// Marks an absent pattern or transform rule.
    static let none: UInt16 = 0xFFFF

    /// The country calling code.
    let code: UInt16
    /// The region libphonenumber designates as main for the code (`"US"` for +1), or `"001"` for
    /// the non-geographic codes (+800, +882, ...).
    let region: String
    /// Bit n is set when a national significant number of n digits is possible.
    let possibleLengths: UInt32
    /// Bit n is set when n digits are possible only as a local number, dialled without its area
    /// code inside the area (libphonenumber's `possibleLengthLocalOnly`).
    let localOnlyLengths: UInt32
    /// The program of the national number pattern in ``PhoneNumberPattern/program``.
    let nationalNumberPattern: UInt16
    /// The program of the national prefix for parsing (the trunk prefix and carrier codes), or
    /// ``none``.
    let nationalPrefixPattern: UInt16
    /// The transform rule applied when the national prefix pattern matches, or ``none``: stored
    /// as [literal count, literal digits..., group, the pattern's last group].
    let nationalPrefixTransform: UInt16

    /// The lengths of ``possibleLengths`` as a set.
    var possibleNationalNumberLengths: NationalNumberLengths { NationalNumberLengths(mask: possibleLengths) }

    /// The lengths of ``localOnlyLengths`` as a set.
    var localOnlyNationalNumberLengths: NationalNumberLengths { NationalNumberLengths(mask: localOnlyLengths) }

    /// libphonenumber's `_test_number_length` for the general description.
    ///
    /// - Complexity: O(1); no allocation.
    func lengthVerdict(forNationalLength length: Int) -> LengthVerdict {
        if localOnlyNationalNumberLengths.contains(length) { return .localOnly }
        let possible = possibleNationalNumberLengths
        // libphonenumber answers INVALID_LENGTH for a description without lengths; the generator
        // guarantees every assigned code has some.
        guard let shortest = possible.shortest, let longest = possible.longest else { return .invalidLength }
        if length == shortest { return .possible }
        if length < shortest { return .tooShort }
        if length > longest { return .tooLong }
        return possible.contains(length) ? .possible : .invalidLength
    }

    /// Whether the national number pattern matches all of `digits`.
    func matchesNationalNumber(_ digits: DigitString) -> Bool {
        PhoneNumberPattern.matchesWhole(digits, program: Int(nationalNumberPattern))
    }

    /// The step of libphonenumber's `parse` after the country calling code: `national` without its
    /// national (trunk) prefix when what remains has a possible length or is too long, otherwise
    /// `national` unchanged (a local-only, too short or in-between length keeps the prefix).
    ///
    /// - Complexity: Backtracking over short patterns; no allocation.
    func nationalSignificantNumber(from national: DigitString) -> DigitString {
        let stripped = strippingNationalPrefix(from: national)
        switch lengthVerdict(forNationalLength: stripped.count) {
        case .possible, .tooLong: return stripped
        case .localOnly, .tooShort, .invalidLength: return national
        }
    }

    /// libphonenumber's `_maybe_strip_national_prefix_carrier_code`: the national number without
    /// its national (trunk) prefix and carrier code, rewritten by the transform rule where the
    /// region has one; `number` itself when nothing applies.
    ///
    /// The prefix is kept when the number matched the national number pattern with it and does
    /// not without it (an Italian-style leading zero, for instance, is part of the number).
    ///
    /// - Complexity: Backtracking over short patterns; no allocation.
    func strippingNationalPrefix(from number: DigitString) -> DigitString {
        guard nationalPrefixPattern != Self.none, number.count > 0,
            let (end, captures) = PhoneNumberPattern.matchPrefix(of: number, program: Int(nationalPrefixPattern))
        else { return number }
        let candidate =
            transformed(number, prefixEnd: end, captures: captures) ?? number.dropping(first: end)
        if matchesNationalNumber(number) && !matchesNationalNumber(candidate) { return number }
        return candidate
    }

    /// `number` rewritten by the national prefix transform rule (the rule's literal digits, the
    /// rule's group, then everything after the prefix), or `nil` when the region has no rule or
    /// the pattern's last group took no part in the match (libphonenumber then just drops the
    /// prefix).
    private func transformed(_ number: DigitString, prefixEnd end: Int, captures: PhoneNumberPattern.Captures)
        -> DigitString?
    {
        guard nationalPrefixTransform != Self.none else { return nil }
        let program = PhoneNumberPattern.program
        let start = Int(nationalPrefixTransform)
        let literalCount = Int(program[start])
        let group = Int(program[start + literalCount + 1])
        let lastGroup = Int(program[start + literalCount + 2])
        guard captures.range(ofGroup: lastGroup) != nil else { return nil }
        var rewritten = DigitString()
        for index in 0..<literalCount { rewritten.append(UInt8(program[start + 1 + index])) }
        if let range = captures.range(ofGroup: group) {
            for index in range { rewritten.append(number[index]) }
        }
        for index in end..<number.count { rewritten.append(number[index]) }
        return rewritten
    }
}

/// libphonenumber's `ValidationResult` for a national number's length.
enum LengthVerdict: Hashable, Sendable {
    /// `IS_POSSIBLE`.
    case possible
    /// `IS_POSSIBLE_LOCAL_ONLY`: possible only when dialled inside its area, without the area code.
    case localOnly
    /// `TOO_SHORT`.
    case tooShort
    /// `INVALID_LENGTH`: between the shortest and longest possible lengths, but not one of them.
    case invalidLength
    /// `TOO_LONG`.
    case tooLong
}
