import Testing

@testable import SMSCore

/// One thing, one word: the reports and errors say "1 septet", never "1 septets".
@Suite struct QuantityWordingTests {
    @Test func oneIsSingularAndEverythingElsePlural() {
        #expect(1.counting("septets") == "1 septet")
        #expect(1.counting("UTF-16 units") == "1 UTF-16 unit")
        #expect(0.counting("parts") == "0 parts")
        #expect(2.counting("national digits") == "2 national digits")
    }

    @Test func descriptionsUseTheSingularForOne() {
        #expect(SMSPlan(analyzing: "a").description == "GSM-7, 1 septet, 1 part, 159 left")
        #expect(SMSPlan(analyzing: "\u{263A}").description == "UCS-2, 1 UTF-16 unit, 1 part, 69 left")
        #expect(SegmentationError.tooManyParts(needed: 2, maxParts: 1).description.contains("needs 2 parts but at most 1 is allowed"))
    }
}
