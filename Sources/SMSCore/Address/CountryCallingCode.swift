/// An assigned country calling code of ITU-T E.164 (the `44` of `+44 7700 900123`), with the
/// national number lengths libphonenumber considers possible for it.
///
/// Only codes that libphonenumber's metadata assigns can be made, so holding a value means the
/// code exists. Shared codes describe their main region, as libphonenumber's
/// `is_possible_number` does: +1 follows the United States (the NANP countries share its
/// lengths), +7 Russia, +44 the United Kingdom.
///
/// ```swift
/// let uk = CountryCallingCode(44)!
/// uk.mainRegionCode                          // "GB"
/// Array(uk.possibleNationalNumberLengths)    // [7, 9, 10]
/// CountryCallingCode(42)                     // nil: unassigned
/// ```
///
/// The table is generated from libphonenumber's metadata (``metadataVersion``) by
/// `Scripts/generate-phone-metadata.py`. A possible length is a necessary condition only: it
/// says nothing about whether a number is assigned or in service.
public struct CountryCallingCode: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The code as a number, 1 to 3 digits (`44`).
    public let value: Int

    /// The code, or `nil` when libphonenumber's metadata does not assign it.
    ///
    /// - Complexity: O(1); no allocation.
    public init?(_ value: Int) {
        guard Self.metadata(forCode: value) != nil else { return nil }
        self.value = value
    }

    /// The metadata; present for every value, since only assigned codes can be made.
    var metadata: CallingCodeMetadata {
        guard let metadata = Self.metadata(forCode: value) else {
            preconditionFailure("CountryCallingCode holds an unassigned code")
        }
        return metadata
    }

    /// The number of digits of the code: 1 (`+1`, `+7`), 2 (`+44`) or 3 (`+353`).
    public var digitCount: Int { DigitString.decimalLength(of: value) }

    /// The ISO 3166 region libphonenumber designates as main for this code (`"US"` for +1,
    /// `"GB"` for +44), or `"001"` for a non-geographic code such as +800 or +882.
    public var mainRegionCode: String { metadata.region }

    /// The national significant number lengths possible for this code: the number of digits
    /// that may follow the code.
    ///
    /// - Complexity: O(1); no allocation.
    public var possibleNationalNumberLengths: NationalNumberLengths { metadata.possibleNationalNumberLengths }

    /// The lengths that are possible only as local numbers, dialled inside their area without
    /// the area code (libphonenumber's `possibleLengthLocalOnly`). Such numbers cannot be
    /// reached in international format; ``MSISDN`` rejects them unless asked not to.
    ///
    /// - Complexity: O(1); no allocation.
    public var localOnlyNationalNumberLengths: NationalNumberLengths { metadata.localOnlyNationalNumberLengths }

    /// Every assigned code, in ascending order (215 of them in metadata 9.0.43).
    public static var allAssigned: [CountryCallingCode] {
        (1...999).compactMap { CountryCallingCode($0) }
    }

    /// The code with a plus sign: `"+44"`.
    public var description: String { "+\(value)" }

    /// Orders codes by their numeric value.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.value < rhs.value }
}
