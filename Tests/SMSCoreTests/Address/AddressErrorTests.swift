import SMSCore
import Testing

@Suite struct AddressErrorDetailTests {
    @Test func lengthErrorsSayHowManyNationalDigits() throws {
        // +44 followed by 3 digits: no UK national number has 3 digits.
        do {
            _ = try MSISDN(validating: "+44 123")
            Issue.record("accepted")
        } catch {
            #expect(error.code == .impossibleLength)
            #expect(error.nationalDigitCount == 3)
            #expect(error.maxCount == nil)
        }
    }

    @Test func tooLongSaysTheLimit() throws {
        // An alphanumeric sender holds 11 characters (TS 23.040 9.1.2.5: 10 octets of septets).
        do {
            _ = try SenderID(validating: "Acme Shop Ltd")
            Issue.record("accepted")
        } catch {
            #expect(error.code == .tooLong)
            #expect(error.maxCount == 11)
            #expect(error.nationalDigitCount == nil)
        }
    }
}
