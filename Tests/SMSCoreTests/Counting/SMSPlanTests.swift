import SMSCore
import Testing
import _SMSTestSupport

@Suite struct SMSPlanTests {
    @Test func emptyTextIsOneEmptyGSM7Part() {
        let plan = SMSPlan(analyzing: "")
        #expect(plan.encoding == .gsm7)
        #expect(plan.unitCount == 0)
        #expect(plan.partCount == 1)
        #expect(plan.unitsPerPart == 160)
        #expect(plan.remaining == 160)
    }

    @Test func extensionCharactersCostTwoSeptets() {
        // "Grüße aus Köln: 20€ {ok}" is 24 scalars; € { } are extension characters (TS 23.038 6.2.1.1).
        let plan = SMSPlan(analyzing: "Grüße aus Köln: 20€ {ok}")
        #expect(plan.encoding == .gsm7)
        #expect(plan.unitCount == 27)
        #expect(plan.remaining == 133)
    }

    @Test func nonBMPCharacterCountsTwoUTF16Units() {
        let plan = SMSPlan(analyzing: "Hi 👋")
        #expect(plan.encoding == .ucs2)
        #expect(plan.unitCount == 5)
        #expect(plan.unitsPerPart == 70)
    }

    @Test func combiningAccentIsNotNormalised() {
        #expect(SMSPlan(analyzing: "e\u{301}").encoding == .ucs2)
        #expect(SMSPlan(analyzing: "\u{E9}").encoding == .gsm7)
    }

    @Test func forcedUCS2CountsUTF16Units() {
        let plan = SMSPlan(analyzing: "Hello", options: .init(encodingPreference: .ucs2))
        #expect(plan.encoding == .ucs2)
        #expect(plan.unitCount == 5)
        #expect(plan.remaining == 65)
    }

    /// Limits from TS 23.040 9.2.3.24: 140 octets of user data, less a 6-octet (8-bit reference)
    /// or 7-octet (16-bit reference) header.
    @Test(arguments: [
        // (text, reference, expected parts)
        (String(repeating: "a", count: 160), SegmentationOptions.Reference.eightBit(), 1),
        (String(repeating: "a", count: 161), .eightBit(), 2),
        (String(repeating: "a", count: 306), .eightBit(), 2),
        (String(repeating: "a", count: 307), .eightBit(), 3),
        (String(repeating: "a", count: 304), .sixteenBit(), 2),
        (String(repeating: "a", count: 305), .sixteenBit(), 3),
        (String(repeating: "Ж", count: 70), .eightBit(), 1),
        (String(repeating: "Ж", count: 71), .eightBit(), 2),
        (String(repeating: "Ж", count: 134), .eightBit(), 2),
        (String(repeating: "Ж", count: 135), .eightBit(), 3),
        (String(repeating: "Ж", count: 132), .sixteenBit(), 2),
        (String(repeating: "Ж", count: 133), .sixteenBit(), 3),
    ])
    func partCountAtEachLimit(text: String, reference: SegmentationOptions.Reference, parts: Int) {
        for split in SegmentationOptions.SplitPolicy.allCases {
            let plan = SMSPlan(analyzing: text, options: .init(split: split, reference: reference))
            #expect(plan.partCount == parts, "\(split)")
        }
    }

    @Test func perPartLimitsFollowTheHeaderSize() {
        let long = String(repeating: "a", count: 400)
        #expect(SMSPlan(analyzing: long).unitsPerPart == 153)
        #expect(SMSPlan(analyzing: long, options: .init(reference: .sixteenBit())).unitsPerPart == 152)
        let longUCS2 = String(repeating: "Ж", count: 200)
        #expect(SMSPlan(analyzing: longUCS2).unitsPerPart == 67)
        #expect(SMSPlan(analyzing: longUCS2, options: .init(reference: .sixteenBit())).unitsPerPart == 66)
    }

    @Test func escapePairIsNeverSplitAcrossParts() {
        // 152 septets, then € (2 septets) cannot fit in the 153-septet part: it moves whole.
        let plan = SMSPlan(analyzing: String(repeating: "a", count: 152) + "€" + String(repeating: "a", count: 10))
        #expect(plan.unitCount == 164)
        #expect(plan.partCount == 2)
        #expect(plan.remaining == 153 - 12)
        // 153 × "[" is 306 septets but needs 3 parts: 76 pairs fill 152 septets per part.
        #expect(SMSPlan(analyzing: String(repeating: "[", count: 153), options: .init(split: .scalars)).partCount == 3)
    }

    @Test func surrogatePairIsNeverSplitAcrossParts() {
        let plan = SMSPlan(analyzing: String(repeating: "Ж", count: 66) + "😀" + String(repeating: "Ж", count: 5))
        #expect(plan.unitCount == 73)
        #expect(plan.partCount == 2)
        #expect(plan.remaining == 67 - 7)
    }
}

@Suite struct PeerVectorPlanTests {
    @Test func allMessageRecordsLoad() throws {
        #expect(try PeerVectors.loaded.get().count == 300)
    }

    @Test(arguments: PeerVectors.messages)
    func scalarsPlanMatchesPeers(vector: PeerMessage) {
        let plan = SMSPlan(analyzing: vector.text, options: .init(split: .scalars))
        #expect(plan.encoding == (vector.gsm7.value ? .gsm7 : .ucs2))
        #expect(plan.unitCount == vector.length.value.n)
        #expect(plan.partCount == vector.parts.value)
        #expect(plan.scalarCount == vector.codePoints)
        #expect(plan.utf16Count == vector.utf16Units)
    }
}
