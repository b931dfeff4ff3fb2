import PropertyBased
@testable import SMSCore
import Testing

/// Issue 12: reassembly costs what arrived, never what the parts claim.
@Suite struct ReassemblyBoundsTests {
    typealias Part = ReassemblyTests

    @Test func onePartClaiming255PartsHasOneSlotAndOneRunMissing() throws {
        let result = Reassembly(reassembling: [try Part.gsmPart("a", total: 255, sequence: 1)])
        let message = result.messages[0]
        #expect(message.slots == [.init(sequence: 1, partIndices: [0])])
        #expect(message.missingSequences == [2...255])
        #expect(message.missingPartCount == 254)
        #expect(message.issues == [.missingParts(sequences: 2...255)])
    }

    @Test func runsOfMissingPartsAreMaximal() throws {
        let parts = try [3, 4, 9].map { try Part.gsmPart("x", total: 10, sequence: UInt8($0)) }
        let message = Reassembly(reassembling: parts).messages[0]
        #expect(message.missingSequences == [1...2, 5...8, 10...10])
        #expect(message.issues == [
            .missingParts(sequences: 1...2), .missingParts(sequences: 5...8), .missingParts(sequences: 10...10),
        ])
    }

    /// Parts that share one reference but each claim another total: one group per total, each
    /// naming only its own parts, so the issues together name each part once.
    @Test func partsDisagreeingOnTheTotalAreNamedOncePerGroup() throws {
        let count = 20_000
        let parts = try (0..<count).map { index in
            try Part.gsmPart("p", reference: 42, total: UInt8(index % 255 + 1), sequence: 1)
        }
        let result = Reassembly(reassembling: parts)
        #expect(result.messages.count == 255)
        let named = result.messages.flatMap { $0.issues.filter { $0.kind == .totalMismatch }.flatMap(\.partIndices) }
        #expect(named.count == count)
        #expect(Set(named).count == count)
        for message in result.messages {
            #expect(message.issues.count <= message.slots.count + message.missingSequences.count + 1)
            #expect(message.missingSequences.count <= 1)
        }
    }

    /// The runs and slots agree with a plain model that gives every sequence number 1...total
    /// a slot (the way reassembly was first written): the slots that arrived are the same, and
    /// the runs cover exactly the empty ones.
    @Test func slotsAndRunsAgreeWithOneSlotPerSequenceNumber() async {
        let claim = zip(Gen.int(in: 0...2), Gen.int(in: 1...6), Gen.int(in: 0...7), Gen.int(in: 0...1))
        await propertyCheck(count: 300, input: claim.array(of: 0...12)) { claims in
            let parts = try claims.map { reference, total, sequence, text in
                try Part.gsmPart(text == 0 ? "a" : "b", reference: UInt16(reference), total: UInt8(total), sequence: UInt8(sequence))
            }
            let result = Reassembly(reassembling: parts)
            var seen: [Int] = []
            for message in result.messages {
                seen += message.slots.flatMap(\.partIndices)
                guard let key = message.key else { continue }
                let members = claims.indices.filter {
                    claims[$0].0 == Int(key.reference) && claims[$0].1 == Int(key.total) && (1...claims[$0].1).contains(claims[$0].2)
                }
                let model = (1...Int(key.total)).map { sequence in
                    ReassembledMessage.Slot(sequence: sequence, partIndices: members.filter { claims[$0].2 == sequence })
                }
                #expect(message.slots == model.filter { !$0.partIndices.isEmpty })
                #expect(message.missingSequences.flatMap { Array($0) } == model.filter { $0.partIndices.isEmpty }.map(\.sequence))
                #expect(zip(message.missingSequences, message.missingSequences.dropFirst()).allSatisfy { $0.upperBound + 1 < $1.lowerBound })
                #expect(message.issues.filter { $0.kind == .missingParts }.compactMap(\.sequences) == message.missingSequences)
                #expect((message.text != nil) == (message.missingSequences.isEmpty && !message.issues.contains { $0.kind == .conflictingParts }))
            }
            // Every part is in exactly one slot of one message.
            #expect(seen.sorted() == Array(parts.indices))
        }
    }
}
