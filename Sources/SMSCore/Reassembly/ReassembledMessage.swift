/// One message put together from received parts: its concatenation key, which input parts
/// fill each sequence number that arrived, which sequence numbers are missing, its text when
/// complete, and what is wrong (TS 23.040 9.2.3.24.1, 9.2.3.24.8).
///
/// ```swift
/// let result = Reassembly(reassembling: parts)
/// for message in result.messages {
///     if let text = message.text { print(text) }
///     else { print("incomplete:", message.missingSequences) }   // e.g. [2...3]
/// }
/// ```
///
/// Its size follows the parts that arrived, not the total they claim: one ``Slot`` per
/// sequence number that arrived, one range per run of missing sequence numbers.
public struct ReassembledMessage: Hashable, Sendable {
    /// The reference, its size and the total shared by the parts; `nil` for a part that has no
    /// usable concatenation element and so is a message of its own.
    public let key: Key?
    /// One slot per sequence number that arrived, in ascending order (a single slot, sequence 1,
    /// for a message without a key). Sequence numbers no part claimed have no slot: they are in
    /// ``missingSequences``.
    public let slots: [Slot]
    /// The sequence numbers of 1...total that no part arrived for, as ascending, disjoint,
    /// non-adjacent ranges (`[2...3, 5...5]`); empty when none is missing and for a message
    /// without a key.
    public let missingSequences: [ClosedRange<Int>]
    /// The text, when every sequence number has exactly one payload (identical duplicates
    /// count as one); `nil` when a part is missing or copies of a part conflict.
    public let text: String?
    /// What is wrong or unusual, in sequence order: at most one issue per slot or missing
    /// run, plus a ``ReassemblyIssue/Kind/totalMismatch`` first when the reference is shared.
    public let issues: [ReassemblyIssue]

    /// Creates a message; only ``Reassembly`` builds these.
    ///
    /// - Parameters:
    ///   - key: The concatenation key, or `nil` for an unconcatenated part.
    ///   - slots: The slots of the sequence numbers that arrived, in sequence order.
    ///   - missingSequences: The runs of sequence numbers that did not.
    ///   - text: The joined text, or `nil`.
    ///   - issues: The issues found.
    init(key: Key?, slots: [Slot], missingSequences: [ClosedRange<Int>], text: String?, issues: [ReassemblyIssue]) {
        self.key = key
        self.slots = slots
        self.missingSequences = missingSequences
        self.text = text
        self.issues = issues
    }

    /// The number of sequence numbers no part arrived for: the sum of the counts of
    /// ``missingSequences``.
    ///
    /// - Complexity: O(*r*) in the number of missing runs.
    public var missingPartCount: Int {
        missingSequences.reduce(0) { $0 + $1.count }
    }

    /// Whether the text is known: no part missing, no conflicting copies.
    public var isComplete: Bool { text != nil }

    /// The message with every part index (in ``slots`` and ``issues``) replaced by
    /// `transform(index)`, for a caller that numbers its inputs its own way (from 1, or
    /// counting inputs that could not be decoded).
    ///
    /// ```swift
    /// let numbered = message.mappingPartIndices { numbers[$0] }
    /// ```
    ///
    /// - Parameter transform: The new number of the part at a given position of the sequence
    ///   given to ``Reassembly/init(reassembling:)``.
    /// - Returns: The same message, renumbered.
    /// - Complexity: O(*n*) in the number of part indices and issues.
    public func mappingPartIndices(_ transform: (Int) -> Int) -> ReassembledMessage {
        ReassembledMessage(
            key: key,
            slots: slots.map { Slot(sequence: $0.sequence, partIndices: $0.partIndices.map(transform)) },
            missingSequences: missingSequences,
            text: text,
            issues: issues.map { $0.mappingPartIndices(transform) }
        )
    }

    /// Equal when every field is, comparing texts by Unicode scalars.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        guard lhs.key == rhs.key, lhs.slots == rhs.slots, lhs.missingSequences == rhs.missingSequences,
            lhs.issues == rhs.issues
        else { return false }
        switch (lhs.text, rhs.text) {
        case (nil, nil): return true
        case (let left?, let right?): return left.unicodeScalars.elementsEqual(right.unicodeScalars)
        default: return false
        }
    }

    /// Hashes every field, the text by its UTF-8.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(key)
        hasher.combine(slots)
        hasher.combine(missingSequences)
        hasher.combine(issues)
        hasher.combine(text == nil)
        for byte in text?.utf8 ?? "".utf8 { hasher.combine(byte) }
    }

    /// What the parts of one concatenated message share (TS 23.040 9.2.3.24.1, 9.2.3.24.8).
    public struct Key: Hashable, Sendable, CustomStringConvertible {
        /// The reference number.
        public let reference: UInt16
        /// Whether the reference came in an 8-bit (IEI 0x00) or 16-bit (IEI 0x08) element.
        public let referenceSize: Concatenation.ReferenceSize
        /// The number of parts.
        public let total: UInt8

        /// Creates a key; only ``Reassembly`` builds these.
        ///
        /// - Parameters:
        ///   - reference: The reference number.
        ///   - referenceSize: The reference size.
        ///   - total: The number of parts.
        init(reference: UInt16, referenceSize: Concatenation.ReferenceSize, total: UInt8) {
            self.reference = reference
            self.referenceSize = referenceSize
            self.total = total
        }

        /// For example `reference 74 (8-bit), 3 parts`.
        public var description: String {
            "reference \(reference) (\(referenceSize)), \(Int(total).counting("parts"))"
        }
    }

    /// The input parts that claim one sequence number.
    public struct Slot: Hashable, Sendable {
        /// The sequence number, from 1.
        public let sequence: Int
        /// The positions of the input parts with this sequence number, in input order: one
        /// normally, more for duplicates; never empty.
        public internal(set) var partIndices: [Int]

        /// Creates a slot; only ``Reassembly`` builds these.
        ///
        /// - Parameters:
        ///   - sequence: The sequence number.
        ///   - partIndices: The input positions.
        init(sequence: Int, partIndices: [Int]) {
            self.sequence = sequence
            self.partIndices = partIndices
        }
    }
}
