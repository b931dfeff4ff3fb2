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

    @Test func verbsAgreeWithASingularCount() throws {
        #expect(
            UserDataHeaderError.lengthExceedsData(declared: 1, available: 0).description
                == "user data header: UDHL says 1 octet follows but only 0 do"
        )
        #expect(
            UserDataHeaderError.lengthExceedsData(declared: 2, available: 1).description
                == "user data header: UDHL says 2 octets follow but only 1 does"
        )
        #expect(
            UserDataHeaderError.elementOverrun(offset: 1, identifier: .concatenation8BitReference, length: 3, remaining: 1)
                .description == "user data header: element 0x00 at octet 1 says 3 octets but only 1 remains in the header"
        )
        #expect(
            SeptetPackingError.insufficientData(septetCount: 1, fillBits: 0, needed: 1, available: 0).description
                == "1 septet after 0 fill bits needs 1 octet; 0 given"
        )
        #expect(
            UserDataError.headerExceedsLength(headerOctets: 6, length: 1, encoding: .ucs2).description
                == "the 6-octet user data header does not fit in TP-UDL 1 octet"
        )
        // +44 and one national digit.
        let error = try #require(throws: AddressError.self) { try MSISDN(validating: "+44 1") }
        #expect(error.code == .impossibleLength)
        #expect(error.description.contains("1 national digit is not possible after +44"))
    }
}
