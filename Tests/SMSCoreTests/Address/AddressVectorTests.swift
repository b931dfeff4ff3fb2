import Foundation
import SMSCore
import Testing

/// One `"kind":"address"` record of `testdata/peer-vectors-public.jsonl`.
struct AddressRecord: Decodable, Sendable, CustomTestStringConvertible {
    struct PhoneNumbers: Decodable, Sendable {
        var parse_error: String?
        var possible: Bool
        var possible_reason: String?
        var e164: String?
    }

    var id: String
    var kind: String
    var category: String
    var input: String
    var digits_only: Bool
    var e164_candidate: String
    var phonenumbers: PhoneNumbers

    var answer: PhoneNumbersAnswer {
        PhoneNumbersAnswer(
            parseError: phonenumbers.parse_error,
            possibleReason: phonenumbers.possible_reason,
            e164: phonenumbers.e164)
    }

    var testDescription: String { "\(id) \(input.debugDescription)" }

    /// The address records of the shared peer vectors (the repository's copy).
    static let all: [AddressRecord] = {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Address
            .deletingLastPathComponent()  // SMSCoreTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // package root
            .appendingPathComponent("testdata/peer-vectors-public.jsonl")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        let decoder = JSONDecoder()
        return text.split(separator: "\n").compactMap { line in
            guard line.contains("\"kind\":\"address\"") else { return nil }
            return try? decoder.decode(AddressRecord.self, from: Data(line.utf8))
        }
    }()
}

extension AddressTests {
    /// The shared address vectors: `MSISDN` agrees with phonenumbers' `possible` verdict and E.164
    /// form, except where a named ``ProductChoice`` says why not.
    @Suite struct PeerVectorTests {
        @Test func theVectorFileHoldsAddressRecords() {
            #expect(AddressRecord.all.count >= 40)
            for record in AddressRecord.all {
                #expect(record.answer.isPossible == record.phonenumbers.possible, "\(record.id)")
            }
        }

        /// phonenumbers judged `"+"` + the input; `MSISDN` reads that candidate the same way.
        @Test(arguments: AddressRecord.all)
        func candidateAgreesWithPhoneNumbers(_ record: AddressRecord) {
            let expectation = Expectation.forInput(record.e164_candidate, answer: record.answer)
            expectation.check(record.e164_candidate, options: MSISDN.ParsingOptions())
        }

        /// The input as typed. Digits without `+` are read country code first, as Clickatell's `to`
        /// is written, which is what phonenumbers judged, except for a leading `00`: that is the
        /// international prefix (``ProductChoice/internationalPrefix00``), so the number must equal
        /// the one written with `+` instead.
        @Test(arguments: AddressRecord.all)
        func inputAgreesWithPhoneNumbersExceptNamedChoices(_ record: AddressRecord) throws {
            let input = record.input
            if input.hasPrefix("00") {
                let withPlus = "+" + input.dropFirst(2)
                let viaPrefix = Result { () throws(AddressError) in try MSISDN(validating: input) }
                let viaPlus = Result { () throws(AddressError) in try MSISDN(validating: withPlus) }
                switch (viaPrefix, viaPlus) {
                case (.success(let a), .success(let b)):
                    #expect(a.digits == b.digits)
                case (.failure(let a), .failure(let b)):
                    #expect(a.code == b.code || input == "00")
                default:
                    Issue.record("\(record.id): 00 and + read differently: \(viaPrefix) vs \(viaPlus)")
                }
                return
            }
            Expectation.forInput(input, answer: record.answer).check(input, options: MSISDN.ParsingOptions())
        }

        /// With digit folding on, full-width and Arabic-Indic digits read as phonenumbers reads them.
        @Test(arguments: AddressRecord.all.filter { !$0.input.hasPrefix("00") })
        func inputWithFoldingAgreesWithPhoneNumbers(_ record: AddressRecord) {
            let options = MSISDN.ParsingOptions(foldsNonASCIIDigits: true)
            Expectation.forInput(record.input, answer: record.answer, options: options)
                .check(record.input, options: options)
        }

        /// The deliberate disagreements in the public file, by record, so that a change in them is
        /// noticed. (A different vector file, such as the held-out set, skips this list.)
        @Test func publicVectorDisagreementsAreTheNamedOnes() {
            guard AddressRecord.all.first?.id == "p0301" else { return }
            var found: [String: ProductChoice] = [:]
            for record in AddressRecord.all {
                if record.input.hasPrefix("00"), record.input.count > 2 {
                    found[record.id] = .internationalPrefix00
                } else if let choice = Expectation.forInput(record.input, answer: record.answer).choice {
                    found[record.id] = choice
                }
            }
            #expect(
                found == [
                    "p0305": .moreThan15Digits,  // +62 4336868862252362: 18 digits, possible in Indonesia's metadata
                    "p0315": .internationalPrefix00,  // 00595961456789 is +595 961 456789
                    "p0327": .internationalPrefix00,  // 0035796123456 is +357 96 123456
                    "p0339": .internationalPrefix00,  // 0050051234 is +500 51234
                ])
        }
    }
}
