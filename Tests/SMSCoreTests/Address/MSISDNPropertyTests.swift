import PropertyBased
import SMSCore
import Testing

extension AddressTests {
    @Suite struct MSISDNPropertyTests {
        static let codes = CountryCallingCode.allAssigned

        /// A number for a random assigned code with a national number of a random length from 1 to
        /// 17 digits, biased towards the code's possible lengths so that most are accepted.
        static let numbers = zip(
            Gen<CountryCallingCode?>.element(of: codes),
            Gen.int(in: 0...99),
            Gen.number.string(of: 17)
        ).map { generated -> String in
            let (code, pick, digits) = (generated.0!, generated.1, generated.2)
            let possible = Array(code.possibleNationalNumberLengths)
            let length = pick < 80 ? possible[pick % possible.count] : pick % 17 + 1
            return "+\(code.value)" + digits.prefix(length)
        }

        /// The formatting characters people type: spaces, dashes, dots, parentheses.
        static let noise = Gen<String?>.element(of: [" ", "-", ".", "(", ")", "  ", " - ", "\u{A0}", "\u{2013}", "/"])

        @Test func canonicalFormValidatesToItself() async {
            await propertyCheck(count: 2_000, input: Self.numbers) { input in
                guard let number = try? MSISDN(validating: input) else { return }
                let fromE164 = try? MSISDN(validating: number.e164)
                let fromDigits = try? MSISDN(validating: number.digits)
                #expect(fromE164 == number)
                #expect(fromE164?.digits == number.digits)
                #expect(fromDigits?.digits == number.digits)
                #expect(fromE164?.countryCallingCode == number.countryCallingCode)
            }
        }

        @Test func acceptedNumbersAreE164() async {
            await propertyCheck(count: 2_000, input: Self.numbers) { input in
                guard let number = try? MSISDN(validating: input) else { return }
                #expect(number.digits.count <= 15)
                #expect(number.digits.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
                #expect(number.digits.hasPrefix(String(number.countryCallingCode.value)))
                #expect(number.countryCallingCode.possibleNationalNumberLengths.contains(number.nationalNumber.count))
                #expect(number.e164 == "+" + number.digits)
            }
        }

        @Test func formattingNoiseNeverChangesTheResult() async {
            await propertyCheck(
                count: 2_000,
                input: Self.numbers,
                Self.noise.array(of: 0...8),
                Gen.int(in: 0...1_000).array(of: 8),
                Gen.int(in: 0...2)
            ) { (input: String, noise: [String?], positions: [Int], prefix: Int) in
                // The same digits behind +, 00, or no prefix at all.
                let digits = String(input.dropFirst())
                let plain = ["+", "00", ""][prefix] + digits
                var characters = Array(plain).map(String.init)
                for (index, piece) in noise.enumerated() {
                    // Anywhere after the plus sign, which must stay in front of the digits.
                    let lowest = prefix == 0 ? 1 : 0
                    let at = lowest + positions[index] % (characters.count - lowest + 1)
                    characters.insert(piece!, at: at)
                }
                let noisy = characters.joined()
                let expected = Result { () throws(AddressError) in try MSISDN(validating: plain) }
                let actual = Result { () throws(AddressError) in try MSISDN(validating: noisy) }
                switch (expected, actual) {
                case (.success(let a), .success(let b)):
                    #expect(a.digits == b.digits, "\(plain.debugDescription) vs \(noisy.debugDescription)")
                case (.failure(let a), .failure(let b)):
                    #expect(a.code == b.code, "\(plain.debugDescription) vs \(noisy.debugDescription)")
                default:
                    Issue.record("\(plain.debugDescription) gave \(expected), \(noisy.debugDescription) gave \(actual)")
                }
            }
        }

        @Test func offsetsPointIntoTheInput() async {
            let characters = Gen<String?>.element(of: ["1", "2", "0", "+", " ", "-", "a", "#", "٣", "(", "\u{1F600}"])
            await propertyCheck(count: 2_000, input: characters.array(of: 0...20)) { (pieces: [String?]) in
                let input = pieces.map { $0! }.joined()
                do throws(AddressError) {
                    _ = try MSISDN(validating: input)
                } catch {
                    let offset = try #require(error.offset)
                    #expect(offset >= 0 && offset <= input.unicodeScalars.count)
                    if let scalar = error.scalar {
                        #expect(Array(input.unicodeScalars)[offset] == scalar)
                    }
                }
            }
        }
    }
}
