/// A list of recipients as a person pastes it, validated entry by entry: nothing is dropped
/// without being reported.
///
/// ```swift
/// let list = RecipientList(validating: """
///     +44 7700 900123, 447700900123
///     07700 900456
///     +1 202 555 0143
///     """)
/// list.entries.count             // 4
/// list.invalidEntries            // [#2 "07700 900456": missingCountryCode: no country calling code at offset 0: …]
/// list.duplicates                // [+447700900123 first at #0, repeated at #1]
/// list.uniqueRecipients          // [+447700900123, +12025550143]
/// list.batches(of: 100)          // [[+447700900123, +12025550143]]
/// ```
///
/// Entries are separated by commas and by every Unicode line and paragraph break: LF, CR (and
/// CRLF), vertical tab, form feed, next line U+0085, line separator U+2028 and paragraph
/// separator U+2029 (``isSeparator(_:)``). White space around an entry is ignored, and blank
/// entries (two separators in a row, a trailing comma, an empty line) are skipped: they hold
/// nothing to report. Every other entry keeps its place: ``Entry/index`` counts the non-blank
/// entries from 0.
public struct RecipientList: Hashable, Sendable {
    /// One non-blank entry and what it validated to.
    public struct Entry: Hashable, Sendable {
        /// The position among the non-blank entries, from 0.
        public let index: Int
        /// The entry as typed, without surrounding white space.
        public let input: String
        /// The number, or why it was rejected (offsets count Unicode scalars of ``input``).
        public let result: Result<MSISDN, AddressError>

        /// The number, or `nil` when the entry was rejected.
        public var msisdn: MSISDN? { try? result.get() }
    }

    /// An entry that is not a valid number.
    public struct InvalidEntry: Hashable, Sendable, CustomStringConvertible {
        /// The entry's position among the non-blank entries, from 0.
        public let index: Int
        /// The entry as typed, without surrounding white space.
        public let input: String
        /// Why it was rejected.
        public let error: AddressError

        /// `#2 "07700 900456": missingCountryCode: no country calling code at offset 0: …`
        public var description: String { "#\(index) \"\(input)\": \(error.code): \(error)" }
    }

    /// A number that appears more than once after normalisation (`+44 7700 900123` and
    /// `447700900123` are the same number).
    public struct Duplicate: Hashable, Sendable, CustomStringConvertible {
        /// The number.
        public let msisdn: MSISDN
        /// The index of its first entry.
        public let firstIndex: Int
        /// The indices of every later entry with the same number, ascending.
        public let repeatIndices: [Int]

        /// `+447700900123 first at #0, repeated at #1, #4`
        public var description: String {
            "\(msisdn) first at #\(firstIndex), repeated at " + repeatIndices.map { "#\($0)" }.joined(separator: ", ")
        }
    }

    /// Every non-blank entry, in order.
    public let entries: [Entry]

    /// The numbers that appear more than once, in the order of their first entry.
    public let duplicates: [Duplicate]

    /// Splits a list at commas and line breaks (``isSeparator(_:)``) and validates each entry.
    ///
    /// - Parameters:
    ///   - text: The list, such as `"+44 7700 900123, +1 202 555 0143"`.
    ///   - options: How to read each number; see ``MSISDN/ParsingOptions``.
    /// - Complexity: O(n) in Unicode scalars.
    public init(validating text: some StringProtocol, options: MSISDN.ParsingOptions = MSISDN.ParsingOptions()) {
        let fields = String(text).unicodeScalars.split(omittingEmptySubsequences: false, whereSeparator: Self.isSeparator)
        self.init(validatingEntries: fields.map(Substring.init), options: options)
    }

    /// Whether a scalar separates entries: a comma, or a Unicode line or paragraph break (LF,
    /// VT, FF, CR, U+0085, U+2028, U+2029: the mandatory breaks of UAX #14).
    ///
    /// - Complexity: O(1).
    public static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2C, 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// Validates entries that are already separated, one number each.
    ///
    /// - Parameters:
    ///   - inputs: The entries. Blank ones (empty or only white space) are skipped.
    ///   - options: How to read each number; see ``MSISDN/ParsingOptions``.
    public init<Inputs: Sequence>(validatingEntries inputs: Inputs, options: MSISDN.ParsingOptions = MSISDN.ParsingOptions())
    where Inputs.Element: StringProtocol {
        var entries: [Entry] = []
        var firstIndexByNumber: [MSISDN: Int] = [:]
        // Keyed by the first index; the number is the one of the first repeat.
        var repeatsByFirstIndex: [Int: (number: MSISDN, indices: [Int])] = [:]
        for input in inputs {
            let trimmed = Self.trimmingWhitespace(String(input))
            if trimmed.isEmpty { continue }
            let index = entries.count
            let result = Result { () throws(AddressError) in try MSISDN(validating: trimmed, options: options) }
            if case .success(let number) = result {
                if let firstIndex = firstIndexByNumber[number] {
                    repeatsByFirstIndex[firstIndex, default: (number, [])].indices.append(index)
                } else {
                    firstIndexByNumber[number] = index
                }
            }
            entries.append(Entry(index: index, input: trimmed, result: result))
        }
        self.entries = entries
        self.duplicates = repeatsByFirstIndex
            .sorted { $0.key < $1.key }
            .map { Duplicate(msisdn: $0.value.number, firstIndex: $0.key, repeatIndices: $0.value.indices) }
    }

    /// The entries that are not valid numbers, in order.
    public var invalidEntries: [InvalidEntry] {
        entries.compactMap { entry in
            guard case .failure(let error) = entry.result else { return nil }
            return InvalidEntry(index: entry.index, input: entry.input, error: error)
        }
    }

    /// Every valid number in entry order, repeats included.
    public var recipients: [MSISDN] { entries.compactMap(\.msisdn) }

    /// Every valid number once, at the place of its first entry. Repeats are listed in
    /// ``duplicates``.
    public var uniqueRecipients: [MSISDN] {
        var seen = Set<MSISDN>()
        return recipients.filter { seen.insert($0).inserted }
    }

    /// Whether every entry is a valid number (duplicates allowed).
    public var isValid: Bool { entries.allSatisfy { $0.msisdn != nil } }

    /// ``uniqueRecipients`` split into consecutive batches of at most `size` numbers, for APIs
    /// that cap recipients per request (Clickatell's HTTP API takes 100 per GET and 300 per POST).
    ///
    /// - Note: Recipients per request are provider policy: this moves to the Clickatell module
    ///   when that lands.
    /// - Parameter size: The most numbers per batch.
    /// - Precondition: `size > 0`.
    /// - Returns: The batches in order; empty when there is no valid number.
    /// - Complexity: O(*n*) in the entries.
    public func batches(of size: Int) -> [[MSISDN]] {
        precondition(size > 0, "batch size must be positive")
        let numbers = uniqueRecipients
        return stride(from: 0, to: numbers.count, by: size).map { start in
            Array(numbers[start..<min(start + size, numbers.count)])
        }
    }

    private static func trimmingWhitespace(_ text: String) -> String {
        let scalars = text.unicodeScalars
        return String(scalars[scalars.rangeTrimmingWhitespace()])
    }
}
