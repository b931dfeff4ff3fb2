@testable import SMSCore
import Testing

extension AddressTests {
    @Suite struct RecipientListTests {
        static let pasted = """
            +44 7700 900123, 447700900123
            07700 900456

            +1 202 555 0143,+1 (202) 555-0143 ,
            0044 7700 900123\r\n+33 6 12 34 56 78
            """

        @Test func entriesKeepTheirOrderAndIndex() {
            let list = RecipientList(validating: Self.pasted)
            #expect(list.entries.map(\.input) == [
                "+44 7700 900123", "447700900123", "07700 900456", "+1 202 555 0143", "+1 (202) 555-0143",
                "0044 7700 900123", "+33 6 12 34 56 78",
            ])
            #expect(list.entries.map(\.index) == Array(0..<7))
            #expect(!list.isValid)
        }

        @Test func invalidEntriesAreReportedWithIndexAndCode() {
            let list = RecipientList(validating: Self.pasted)
            #expect(list.invalidEntries.count == 1)
            let invalid = list.invalidEntries[0]
            #expect(invalid.index == 2)
            #expect(invalid.input == "07700 900456")
            #expect(invalid.error == AddressError(code: .missingCountryCode, offset: 0))
        }

        @Test func duplicatesAreReportedAfterNormalisation() throws {
            let list = RecipientList(validating: Self.pasted)
            let uk = try MSISDN(validating: "+447700900123")
            let us = try MSISDN(validating: "+12025550143")
            #expect(list.duplicates.map(\.msisdn) == [uk, us])
            #expect(list.duplicates.map(\.firstIndex) == [0, 3])
            #expect(list.duplicates.map(\.repeatIndices) == [[1, 5], [4]])
            // Nothing is dropped silently: every valid entry is still there.
            #expect(list.recipients.map(\.digits) == [
                "447700900123", "447700900123", "12025550143", "12025550143", "447700900123", "33612345678",
            ])
            #expect(list.uniqueRecipients.map(\.digits) == ["447700900123", "12025550143", "33612345678"])
        }

        @Test func batchesSplitTheUniqueRecipients() throws {
            let numbers = (0..<250).map { "+44 7700 900\(String(format3: $0))" }
            let list = RecipientList(validatingEntries: numbers)
            #expect(list.isValid)
            let batches = list.batches(of: 100)
            #expect(batches.map(\.count) == [100, 100, 50])
            #expect(batches.flatMap { $0 } == list.uniqueRecipients)
            #expect(list.batches(of: 300).map(\.count) == [250])
            #expect(RecipientList(validating: "").batches(of: 100).isEmpty)
        }

        @Test func blankEntriesAreSkipped() {
            let list = RecipientList(validating: ",, \n\n , +44 7700 900123 ,\r\n")
            #expect(list.entries.map(\.input) == ["+44 7700 900123"])
            #expect(RecipientList(validating: "").entries.isEmpty)
        }

        @Test func optionsApplyToEveryEntry() {
            let list = RecipientList(
                validating: "07700 900123, 020 7946 0958",
                options: MSISDN.ParsingOptions(defaultCountryCallingCode: CountryCallingCode(44)))
            #expect(list.recipients.map(\.digits) == ["447700900123", "442079460958"])
        }

        @Test func descriptionsNameIndices() throws {
            let list = RecipientList(validating: "+44 7700 900123, 0, 447700900123")
            #expect(list.duplicates.map(\.description) == ["+447700900123 first at #0, repeated at #2"])
            #expect(list.invalidEntries.first?.description.hasPrefix("#1 \"0\": missingCountryCode") == true)
        }
    }
}

extension String {
    /// `n` with three digits: 7 -> "007".
    fileprivate init(format3 n: Int) {
        let digits = String(n)
        self = String(repeating: "0", count: 3 - digits.count) + digits
    }
}
