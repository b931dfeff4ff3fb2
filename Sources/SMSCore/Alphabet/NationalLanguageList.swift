/// An ordered list of distinct national languages stored inline (4 bits per language in one
/// word), so that ``SegmentationOptions`` holds no reference: copying options and starting a
/// count cost no reference counting, and reading the list allocates nothing.
struct NationalLanguageList: Hashable, Sendable, CustomStringConvertible {
    /// The identifiers (1...13), the first in the low 4 bits.
    private var packed: UInt64 = 0
    /// The number of languages, 0...13.
    private(set) var count = 0

    /// The empty list.
    init() {}

    /// The distinct languages of `languages` that `isIncluded` accepts, in their first order.
    init(_ languages: some Sequence<NationalLanguage>, where isIncluded: (NationalLanguage) -> Bool = { _ in true }) {
        for language in languages where isIncluded(language) && !contains(language) {
            packed |= UInt64(language.identifier) << (4 * count)
            count += 1
        }
    }

    /// The National Language Identifier of the language at `index`, 0..<count.
    @inline(__always)
    func identifier(at index: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: packed >> (4 * index)) & 0xF
    }

    /// The language at `index`, 0..<count.
    subscript(index: Int) -> NationalLanguage {
        // Only identifiers 1...13 are stored.
        NationalLanguage(identifier: identifier(at: index))!
    }

    /// Whether the list holds `language`.
    func contains(_ language: NationalLanguage) -> Bool {
        (0..<count).contains { identifier(at: $0) == language.identifier }
    }

    /// The languages, in order.
    var array: [NationalLanguage] { (0..<count).map { self[$0] } }

    /// The codes in order, such as `[tr, hi]`, for test output and debugging.
    var description: String { "[" + array.map(\.code).joined(separator: ", ") + "]" }
}
