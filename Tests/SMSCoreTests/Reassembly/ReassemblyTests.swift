@testable import SMSCore
import Testing

@Suite struct ReassemblyTests {
    static func gsmPart(
        _ text: String, reference: UInt16 = 7, bits: Concatenation.ReferenceSize = .eightBit, total: UInt8, sequence: UInt8
    ) throws -> DecodedUserData {
        let header = UserDataHeader(elements: [
            .concatenation(Concatenation(reference: reference, referenceSize: bits, total: total, sequence: sequence))
        ])
        return try DecodedUserData(
            parsing: UserData.gsm7(header: header, septets: GSM7Codec.septets(of: text)), encoding: .gsm7,
            hasHeader: true
        )
    }

    static func single(_ text: String) throws -> DecodedUserData {
        try DecodedUserData(
            parsing: UserData.gsm7(header: UserDataHeader(), septets: GSM7Codec.septets(of: text)), encoding: .gsm7,
            hasHeader: false
        )
    }

    static func scalars(_ text: String?) -> [Unicode.Scalar] { Array((text ?? "").unicodeScalars) }

    @Test func partsInAnyOrderMakeOneMessage() throws {
        let parts = [
            try Self.gsmPart("three", total: 3, sequence: 3), try Self.gsmPart("one ", total: 3, sequence: 1),
            try Self.gsmPart("two ", total: 3, sequence: 2),
        ]
        let result = Reassembly(reassembling: parts)
        #expect(result.messages.count == 1)
        let message = result.messages[0]
        #expect(Self.scalars(message.text) == Self.scalars("one two three"))
        #expect(message.key == .init(reference: 7, referenceSize: .eightBit, total: 3))
        #expect(message.slots.map(\.partIndices) == [[1], [2], [0]])
        #expect(message.issues.isEmpty)
        #expect(result.isComplete)
    }

    @Test func missingPartsAreReportedAndTheTextIsNotGuessed() throws {
        let result = Reassembly(reassembling: [try Self.gsmPart("one ", total: 3, sequence: 1)])
        let message = result.messages[0]
        #expect(message.text == nil)
        #expect(message.missingSequences == [2...3])
        #expect(message.missingPartCount == 2)
        #expect(message.slots.map(\.sequence) == [1])
        #expect(message.issues == [.missingParts(sequences: 2...3)])
        #expect(!result.isComplete)
    }

    @Test func identicalDuplicatesAreReportedAndUsedOnce() throws {
        let one = try Self.gsmPart("one ", total: 2, sequence: 1)
        let result = Reassembly(reassembling: [one, try Self.gsmPart("two", total: 2, sequence: 2), one])
        let message = result.messages[0]
        #expect(Self.scalars(message.text) == Self.scalars("one two"))
        #expect(message.issues == [.duplicatePart(sequence: 1, partIndices: [0, 2])])
        #expect(message.issues.allSatisfy { $0.isBenign })
    }

    @Test func conflictingDuplicatesLeaveTheTextUndecided() throws {
        let result = Reassembly(reassembling: [
            try Self.gsmPart("one ", total: 2, sequence: 1), try Self.gsmPart("two", total: 2, sequence: 2),
            try Self.gsmPart("uno ", total: 2, sequence: 1),
        ])
        let message = result.messages[0]
        #expect(message.text == nil)
        #expect(message.issues == [.conflictingParts(sequence: 1, partIndices: [0, 2])])
        #expect(message.slots[0].partIndices == [0, 2])
    }

    /// TS 23.040 9.2.3.24.1: sequence 0, sequence above total and total 0 make the element void.
    @Test(arguments: [(UInt8(3), UInt8(0)), (3, 4), (0, 0), (0, 1)])
    func unusableConcatenationMakesAMessageOfItsOwn(total: UInt8, sequence: UInt8) throws {
        let result = Reassembly(reassembling: [try Self.gsmPart("lost", total: total, sequence: sequence)])
        let message = result.messages[0]
        #expect(message.key == nil)
        #expect(Self.scalars(message.text) == Self.scalars("lost"))
        #expect(message.issues == [.ignoredConcatenation(sequence: Int(sequence), partIndex: 0)])
    }

    @Test func totalMismatchForTheSameReferenceIsReportedOnBothGroups() throws {
        let result = Reassembly(reassembling: [
            try Self.gsmPart("a", total: 2, sequence: 1), try Self.gsmPart("b", total: 3, sequence: 2),
            try Self.gsmPart("c", total: 2, sequence: 2),
        ])
        #expect(result.messages.count == 2)
        // Each group names its own parts.
        #expect(result.messages[0].issues.first == .totalMismatch(partIndices: [0, 2]))
        #expect(result.messages[1].issues.first == .totalMismatch(partIndices: [1]))
        #expect(Self.scalars(result.messages[0].text) == ["a", "c"])
        #expect(result.messages[1].text == nil)
        #expect(result.issues.filter { $0.kind == .totalMismatch }.count == 2)
    }

    @Test func referencesOfDifferentSizesAreDifferentMessages() throws {
        let result = Reassembly(reassembling: [
            try Self.gsmPart("a", reference: 7, bits: .eightBit, total: 1, sequence: 1),
            try Self.gsmPart("b", reference: 7, bits: .sixteenBit, total: 1, sequence: 1),
        ])
        #expect(result.messages.count == 2)
        #expect(result.issues.isEmpty)
    }

    @Test func partsWithoutConcatenationAreMessagesOfTheirOwn() throws {
        let result = Reassembly(reassembling: [
            try Self.single("hello"), try Self.gsmPart("x", total: 1, sequence: 1), try Self.single("bye"),
        ])
        #expect(result.messages.map(\.key) == [nil, .init(reference: 7, referenceSize: .eightBit, total: 1), nil])
        #expect(result.messages.map { Self.scalars($0.text) } == [Self.scalars("hello"), ["x"], Self.scalars("bye")])
        #expect(result.issues.isEmpty)
    }

    /// A non-conforming sender (python-messaging, per the peer notes) ends a part with the
    /// escape of `€` and starts the next with its code. Joined, the text is right.
    @Test func escapeSplitAcrossPartsIsJoinedAndReported() throws {
        func part(_ septets: [UInt8], _ sequence: UInt8) throws -> DecodedUserData {
            let header = UserDataHeader(elements: [.concatenation(.init(reference: 1, referenceSize: .eightBit, total: 2, sequence: sequence))])
            return try DecodedUserData(parsing: .gsm7(header: header, septets: septets), encoding: .gsm7, hasHeader: true)
        }
        let first = try part([0x41, 0x1B], 1)
        #expect(first.notes.map(\.kind) == [.trailingEscape])
        let result = Reassembly(reassembling: [first, try part([0x65, 0x42], 2)])
        #expect(Self.scalars(result.messages[0].text) == ["A", "€", "B"])
        #expect(result.messages[0].issues == [.characterSplitAcrossParts(sequence: 1, partIndices: [0, 1])])
        // A complete reserved pair at the end of a part is not a split.
        let paired = Reassembly(reassembling: [try part([0x41, 0x1B, 0x1B], 1), try part([0x42], 2)])
        #expect(paired.messages[0].issues.isEmpty)
        #expect(Self.scalars(paired.messages[0].text) == ["A", " ", "B"])
    }

    @Test func surrogatePairSplitAcrossPartsIsJoinedAndReported() throws {
        func part(_ units: [UInt16], _ sequence: UInt8) throws -> DecodedUserData {
            let header = UserDataHeader(elements: [.concatenation(.init(reference: 1, referenceSize: .eightBit, total: 2, sequence: sequence))])
            return try DecodedUserData(parsing: .ucs2(header: header, utf16: units), encoding: .ucs2, hasHeader: true)
        }
        let result = Reassembly(reassembling: [try part([0x0041, 0xD83D], 1), try part([0xDC4B, 0x0042], 2)])
        #expect(Self.scalars(result.messages[0].text) == ["A", "👋", "B"])
        #expect(result.messages[0].issues == [.characterSplitAcrossParts(sequence: 1, partIndices: [0, 1])])
    }

    @Test func partsMayMixEncodings() throws {
        let header = UserDataHeader(elements: [.concatenation(.init(reference: 1, referenceSize: .eightBit, total: 2, sequence: 2))])
        let second = try DecodedUserData(parsing: .ucs2(header: header, utf16: "ж".utf16), encoding: .ucs2, hasHeader: true)
        let result = Reassembly(reassembling: [try Self.gsmPart("a", reference: 1, total: 2, sequence: 1), second])
        #expect(Self.scalars(result.messages[0].text) == ["a", "ж"])
    }

    @Test func issueDescriptionsNameTheParts() {
        #expect(ReassemblyIssue.missingParts(sequences: 2...2).description == "part 2 is missing")
        #expect(ReassemblyIssue.missingParts(sequences: 2...254).description == "parts 2 to 254 are missing (253 parts)")
        #expect(ReassemblyIssue.missingParts(sequences: 2...254).sequence == 2)
        #expect(ReassemblyIssue.conflictingParts(sequence: 1, partIndices: [0, 2]).description.contains("#0, #2"))
        #expect(ReassemblyIssue.Kind.totalMismatch.rawValue == "totalMismatch")
    }
}
