import PropertyBased
import SMSCore
import Testing

@Suite struct HexTests {
    @Test func encodeIsUpperCaseTwoDigitsPerOctet() {
        #expect(Hex.encode([0x05, 0x00, 0x03, 0x4A, 0x03, 0x01]) == "0500034A0301")
        #expect(Hex.encode([0xAB, 0xCD, 0xEF, 0x09]) == "ABCDEF09")
        #expect(Hex.encode([UInt8]()) == "")
        #expect(Hex.encodedLength(byteCount: 140) == 280)
    }

    /// The Clickatell `unicode=1` form: 4 digits per UTF-16 unit, a surrogate pair as 8.
    @Test func utf16BigEndianHasFourDigitsPerCodeUnit() {
        #expect(Hex.encodeUTF16BigEndian("Hi 👋") == "004800690020D83DDC4B")
        #expect(Hex.encodeUTF16BigEndian("€") == "20AC")
        #expect(Hex.encodeUTF16BigEndian("") == "")
        #expect(Hex.encodeUTF16BigEndian("a\u{0}b") == "006100000062")
        // Substrings work and count their own units only.
        let text = "xx€yy"
        #expect(Hex.encodeUTF16BigEndian(text.dropFirst(2).prefix(1)) == "20AC")
    }

    @Test func decodeAcceptsBothCases() throws {
        #expect(try Hex.decode("e8329BFD06") == [0xE8, 0x32, 0x9B, 0xFD, 0x06])
        #expect(try Hex.decode("") == [])
    }

    @Test func decodeNamesTheFirstBadDigitAndItsOffset() {
        #expect(throws: HexError.invalidDigit("G", offset: 3)) { try Hex.decode("0A0G") }
        #expect(throws: HexError.invalidDigit(" ", offset: 2)) { try Hex.decode("0A 0B") }
        // Offsets count Unicode scalars, not UTF-8 octets.
        #expect(throws: HexError.invalidDigit("x", offset: 3)) { try Hex.decode("000x") }
        #expect(throws: HexError.invalidDigit("é", offset: 2)) { try Hex.decode("00é0") }
    }

    @Test func theBadDigitIsQuotedSoThatASpaceShows() {
        #expect(HexError.invalidDigit("G", offset: 3).description == #""G" at offset 3 is not a hex digit"#)
        #expect(HexError.invalidDigit(" ", offset: 2).description == #"" " at offset 2 is not a hex digit"#)
        #expect(HexError.invalidDigit("é", offset: 2).description == #""\u{00E9}" at offset 2 is not a hex digit"#)
    }

    @Test func decodeOfAnOddLengthThrows() {
        #expect(throws: HexError.oddLength(3)) { try Hex.decode("ABC") }
        do {
            _ = try Hex.decode("ABC")
        } catch {
            #expect(error.offset == 2)
            #expect(error.invalidScalar == nil)
        }
    }

    @Test func decodeOfEncodeIsTheIdentity() async {
        await propertyCheck(count: 300, input: Gen.uint8().array(of: 0...300)) { (bytes: [UInt8]) in
            let hex = Hex.encode(bytes)
            #expect(hex.utf8.count == 2 * bytes.count)
            #expect(hex == hex.uppercased())
            #expect((try? Hex.decode(hex)) == bytes)
            #expect((try? Hex.decode(hex.lowercased())) == bytes)
        }
    }
}
