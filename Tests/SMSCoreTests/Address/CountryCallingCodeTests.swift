import SMSCore
import Testing

extension AddressTests {
    @Suite struct CountryCallingCodeTests {
        @Test func onlyAssignedCodesExist() {
            #expect(CountryCallingCode(44)?.value == 44)
            #expect(CountryCallingCode(1)?.mainRegionCode == "US")
            #expect(CountryCallingCode(7)?.mainRegionCode == "RU")
            #expect(CountryCallingCode(800)?.mainRegionCode == "001")
            for unassigned in [0, 2, 42, 80, 999, 1_000, -1] {
                #expect(CountryCallingCode(unassigned) == nil, "\(unassigned)")
            }
            #expect(CountryCallingCode.allAssigned.count == 215)
            #expect(CountryCallingCode.allAssigned == CountryCallingCode.allAssigned.sorted())
        }

        @Test func codesArePrefixFree() {
            // E.164 relies on it: reading 1 to 3 digits finds at most one code.
            let codes = Set(CountryCallingCode.allAssigned.map { String($0.value) })
            for code in codes {
                for length in 1..<code.count {
                    #expect(!codes.contains(String(code.prefix(length))), "\(code)")
                }
            }
        }

        @Test func possibleLengthsComeFromTheMetadata() throws {
            let uk = try #require(CountryCallingCode(44))
            #expect(Array(uk.possibleNationalNumberLengths) == [7, 9, 10])
            #expect(Array(uk.localOnlyNationalNumberLengths) == [4, 5, 6, 8])
            #expect(uk.possibleNationalNumberLengths.contains(10))
            #expect(!uk.possibleNationalNumberLengths.contains(8))
            #expect(uk.possibleNationalNumberLengths.shortest == 7)
            #expect(uk.possibleNationalNumberLengths.longest == 10)
            #expect(uk.possibleNationalNumberLengths.description == "7, 9, 10")
            #expect(uk.description == "+44")
            #expect(uk.digitCount == 2)

            let us = try #require(CountryCallingCode(1))
            #expect(Array(us.possibleNationalNumberLengths) == [10])
            #expect(Array(us.localOnlyNationalNumberLengths) == [7])
        }

        @Test func everyCodeHasPossibleLengths() {
            for code in CountryCallingCode.allAssigned {
                let lengths = code.possibleNationalNumberLengths
                #expect(!lengths.isEmpty, "\(code)")
                #expect(lengths.longest! <= 17, "\(code)")
                #expect(code.localOnlyNationalNumberLengths.allSatisfy { !lengths.contains($0) }, "\(code)")
            }
        }

        @Test func metadataVersionIsRecorded() {
            #expect(CountryCallingCode.metadataVersion == "9.0.43")
        }
    }
}
