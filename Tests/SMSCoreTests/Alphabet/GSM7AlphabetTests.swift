import SMSCore
import Testing

@Suite struct GSM7AlphabetTests {
    @Test func basicAlphabetHas127CharactersAndExtensionHas10() {
        let codes = GSM7Alphabet.allCodes
        #expect(codes.filter { $0.code.septetCount == 1 }.count == 127)
        #expect(codes.filter { $0.code.septetCount == 2 }.count == 10)
    }

    @Test func septet0x09IsCapitalCCedillaNotSmall() {
        #expect(GSM7Alphabet.code(for: "\u{C7}") == .basic(0x09))
        #expect(GSM7Alphabet.code(for: "\u{E7}") == nil)
    }

    @Test(arguments: ["`", "\t", "\u{1B}", "\u{A0}", "\u{2126}", "\u{301}", "ç"] as [Unicode.Scalar])
    func trapsAreNotGSM7(scalar: Unicode.Scalar) {
        #expect(GSM7Alphabet.code(for: scalar) == nil)
    }

    @Test(arguments: ["€", "^", "{", "}", "[", "]", "~", "\\", "|", "\u{0C}"] as [Unicode.Scalar])
    func extensionCharactersCostTwoSeptets(scalar: Unicode.Scalar) {
        #expect(GSM7Alphabet.septetCount(for: scalar) == 2)
    }

    @Test func escapeSeptetHasNoCharacter() {
        #expect(GSM7Alphabet.scalar(forBasic: 0x1B) == nil)
        #expect(GSM7Alphabet.scalar(forBasic: 0x80) == nil)
        #expect(GSM7Alphabet.scalar(forExtended: 0x00) == nil)
    }
}
