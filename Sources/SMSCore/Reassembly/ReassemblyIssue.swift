/// A problem found while putting concatenated parts back together (TS 23.040 9.2.3.24.1 and
/// 9.2.3.24.8): which kind, which sequence numbers, which input parts.
///
/// Part indices are positions in the sequence given to ``Reassembly/init(reassembling:)``.
/// An issue names only what arrived or one run of what did not, so its size is bounded by the
/// parts it concerns.
///
/// ```swift
/// let issue = ReassemblyIssue.missingParts(sequences: 2...254)
/// issue.kind          // .missingParts
/// issue.description   // "parts 2 to 254 are missing (253 parts)"
/// ```
public struct ReassemblyIssue: Hashable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public let kind: Kind
    /// The sequence numbers concerned, when there are any: one run of missing parts for
    /// ``Kind/missingParts``, a single number (`n...n`) for the kinds about one part, `nil`
    /// for ``Kind/totalMismatch``.
    public let sequences: ClosedRange<Int>?
    /// The input parts concerned, in input order.
    public let partIndices: [Int]

    private init(kind: Kind, sequences: ClosedRange<Int>?, partIndices: [Int]) {
        self.kind = kind
        self.sequences = sequences
        self.partIndices = partIndices
    }

    /// The first sequence number concerned (the only one, except for a run of
    /// ``Kind/missingParts``), or `nil`.
    public var sequence: Int? { sequences?.lowerBound }

    /// No part with these sequence numbers arrived; the message has no text. One issue covers
    /// a whole run of consecutive missing sequence numbers.
    ///
    /// - Parameter sequences: The run, such as `2...2` or `2...254`.
    public static func missingParts(sequences: ClosedRange<Int>) -> Self {
        Self(kind: .missingParts, sequences: sequences, partIndices: [])
    }

    /// The same part arrived more than once with the same payload; the first copy is used.
    public static func duplicatePart(sequence: Int, partIndices: [Int]) -> Self {
        Self(kind: .duplicatePart, sequences: sequence...sequence, partIndices: partIndices)
    }

    /// Parts with the same reference, total and sequence number carry different payloads; the
    /// reassembler does not choose, and the message has no text.
    public static func conflictingParts(sequence: Int, partIndices: [Int]) -> Self {
        Self(kind: .conflictingParts, sequences: sequence...sequence, partIndices: partIndices)
    }

    /// A part's concatenation element has total 0, sequence number 0, or a sequence number above
    /// the total. TS 23.040 9.2.3.24.1 says to ignore the element, so the part is taken as a
    /// message of its own.
    public static func ignoredConcatenation(sequence: Int, partIndex: Int) -> Self {
        Self(kind: .ignoredConcatenation, sequences: sequence...sequence, partIndices: [partIndex])
    }

    /// Parts share a reference (and reference size) but give different totals; they cannot be
    /// one message, so they are grouped by total and each group is reported with its own
    /// parts (the other groups are the messages with the same reference).
    public static func totalMismatch(partIndices: [Int]) -> Self {
        Self(kind: .totalMismatch, sequences: nil, partIndices: partIndices)
    }

    /// A character was split across parts: part `sequence` ends with the escape of an
    /// extension-table pair, or with a high surrogate whose low surrogate starts the next part.
    /// A conforming sender never does this (TS 23.040 9.2.3.24.1 and TS 23.038 6.2.1.1); the
    /// two halves are joined, so the text is right, and the sender is reported.
    public static func characterSplitAcrossParts(sequence: Int, partIndices: [Int]) -> Self {
        Self(kind: .characterSplitAcrossParts, sequences: sequence...sequence, partIndices: partIndices)
    }

    /// The issue with every part index replaced by `transform(index)`; see
    /// ``ReassembledMessage/mappingPartIndices(_:)``.
    ///
    /// - Parameter transform: The new number of the part at a given position.
    /// - Returns: The same issue, renumbered.
    /// - Complexity: O(*n*) in the number of part indices.
    public func mappingPartIndices(_ transform: (Int) -> Int) -> ReassemblyIssue {
        ReassemblyIssue(kind: kind, sequences: sequences, partIndices: partIndices.map(transform))
    }

    /// Whether the message's text could still be given: duplicates of the same payload and
    /// joined split characters are harmless; the other kinds are not.
    public var isBenign: Bool {
        kind == .duplicatePart || kind == .characterSplitAcrossParts
    }

    /// One sentence, e.g. `part 2 is missing`, `parts 2 to 254 are missing (253 parts)` or
    /// `inputs #0, #3 all claim part 1 but carry different payloads`.
    public var description: String {
        let parts = partIndices.map { "#\($0)" }.joined(separator: ", ")
        let sequenceText = sequence.map(String.init) ?? "?"
        switch kind {
        case .missingParts:
            guard let sequences, sequences.count > 1 else { return "part \(sequenceText) is missing" }
            return "parts \(sequences.lowerBound) to \(sequences.upperBound) are missing (\(sequences.count) parts)"
        case .duplicatePart:
            return "part \(sequenceText) arrived more than once with the same payload (inputs \(parts)); the first is used"
        case .conflictingParts:
            return "inputs \(parts) all claim part \(sequenceText) but carry different payloads"
        case .ignoredConcatenation:
            return
                "input \(parts) has an unusable concatenation element (sequence \(sequenceText)); taken as a message of its own (TS 23.040 9.2.3.24.1)"
        case .totalMismatch:
            return "inputs \(parts) share their reference with parts that give a different total"
        case .characterSplitAcrossParts:
            return "a character is split between part \(sequenceText) and the next (inputs \(parts)); joined"
        default:
            return "\(kind) (inputs \(parts))"
        }
    }
}

extension ReassemblyIssue {
    /// The kind of a ``ReassemblyIssue``. An open set: new kinds may be added.
    public struct Kind: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The kind's stable lowerCamelCase name, as used in JSON output, e.g. `missingPart`.
        public let rawValue: String

        /// Creates a kind from its name.
        ///
        /// - Parameter rawValue: The name.
        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        /// See ``ReassemblyIssue/missingParts(sequences:)``.
        public static let missingParts = Self(rawValue: "missingParts")
        /// See ``ReassemblyIssue/duplicatePart(sequence:partIndices:)``.
        public static let duplicatePart = Self(rawValue: "duplicatePart")
        /// See ``ReassemblyIssue/conflictingParts(sequence:partIndices:)``.
        public static let conflictingParts = Self(rawValue: "conflictingParts")
        /// See ``ReassemblyIssue/ignoredConcatenation(sequence:partIndex:)``.
        public static let ignoredConcatenation = Self(rawValue: "ignoredConcatenation")
        /// See ``ReassemblyIssue/totalMismatch(partIndices:)``.
        public static let totalMismatch = Self(rawValue: "totalMismatch")
        /// See ``ReassemblyIssue/characterSplitAcrossParts(sequence:partIndices:)``.
        public static let characterSplitAcrossParts = Self(rawValue: "characterSplitAcrossParts")

        /// The name, e.g. `missingPart`.
        public var description: String { rawValue }
    }
}
