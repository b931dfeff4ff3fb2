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

    /// libphonenumber's `_test_number_length` for the general description.
    ///
    /// - Complexity: O(1); no allocation.
    func lengthVerdict(forNationalLength length: Int) -> LengthVerdict {
        if length >= 0, length < 32, localOnlyLengths >> UInt32(length) & 1 == 1 { return .localOnly }
        let minimum = possibleLengths.trailingZeroBitCount
        let maximum = 31 - possibleLengths.leadingZeroBitCount
        if length == minimum { return .possible }
        if length < minimum { return .tooShort }
        if length > maximum { return .tooLong }
        return possibleLengths >> UInt32(length) & 1 == 1 ? .possible : .invalidLength
    }

    /// Whether the national number pattern matches all of `digits`.
    func matchesNationalNumber(_ digits: DigitString) -> Bool {
        PhoneNumberPattern.matchesWhole(digits, program: Int(nationalNumberPattern))
    }

    /// libphonenumber's `_maybe_strip_national_prefix_carrier_code`: the national number without
    /// its national (trunk) prefix and carrier code, rewritten by the transform rule where the
    /// region has one; `number` itself when nothing applies.
    ///
    /// The prefix is kept when the number matched the national number pattern with it and does
    /// not without it (an Italian-style leading zero, for instance, is part of the number).
    func strippingNationalPrefix(from number: DigitString) -> DigitString {
        guard nationalPrefixPattern != Self.none, number.count > 0,
            let (end, captures) = PhoneNumberPattern.matchPrefix(of: number, program: Int(nationalPrefixPattern))
        else { return number }
        let viableOriginal = matchesNationalNumber(number)
        let candidate: DigitString
        if nationalPrefixTransform == Self.none {
            candidate = number.dropping(first: end)
        } else {
            let program = PhoneNumberPattern.program
            let start = Int(nationalPrefixTransform)
            let literalCount = Int(program[start])
            let group = Int(program[start + literalCount + 1])
            let lastGroup = Int(program[start + literalCount + 2])
            if captures.range(ofGroup: lastGroup) == nil {
                candidate = number.dropping(first: end)
            } else {
                var rewritten = DigitString()
                for index in 0..<literalCount { rewritten.append(UInt8(program[start + 1 + index])) }
                if let range = captures.range(ofGroup: group) {
                    for index in range { rewritten.append(number[index]) }
                }
                for index in end..<number.count { rewritten.append(number[index]) }
                candidate = rewritten
            }
        }
        if viableOriginal && !matchesNationalNumber(candidate) { return number }
        return candidate
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
