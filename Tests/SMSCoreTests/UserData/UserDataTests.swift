import PropertyBased
import SMSCore
import Testing

@Suite struct UserDataTests {
    static func concatenation(_ reference: UInt16, _ bits: Concatenation.ReferenceSize, _ total: UInt8, _ sequence: UInt8)
        -> UserDataHeader
    {
        UserDataHeader(elements: [
            .concatenation(Concatenation(reference: reference, referenceSize: bits, total: total, sequence: sequence))
        ])
    }

    @Test func gsm7WithoutHeaderCountsSeptets() throws {
        let data = UserData.gsm7(header: UserDataHeader(), septets: try GSM7Codec.septets(of: "hellohello"))
        #expect(data.length == 10)
        #expect(Hex.encode(data.bytes) == "E8329BFD4697D9EC37")
    }

    /// TS 23.040 9.2.3.24: after a 6-octet header, 1 fill bit; TP-UDL counts the header as 7
    /// septets.
    @Test func gsm7After8BitConcatenationHasOneFillBitAndSevenHeaderSeptets() throws {
        let data = UserData.gsm7(header: Self.concatenation(0x4A, .eightBit, 2, 1), septets: try GSM7Codec.septets(of: "hello"))
        #expect(data.length == 12)
        #expect(Hex.encode(data.bytes) == "0500034A0201D06536FB0D")
    }

    /// After a 7-octet header, no fill bits (56 bits = 8 septets).
    @Test func gsm7After16BitConcatenationHasNoFillBits() throws {
        let data = UserData.gsm7(header: Self.concatenation(0x1234, .sixteenBit, 2, 1), septets: try GSM7Codec.septets(of: "hello"))
        #expect(data.length == 13)
        #expect(Hex.encode(data.bytes) == "06080412340201" + "E8329BFD06")
    }

    @Test func fullPartsFill140Octets() {
        let single = UserData.gsm7(header: UserDataHeader(), septets: [UInt8](repeating: 0x41, count: 160))
        #expect(single.bytes.count == 140)
        #expect(single.length == 160)
        let eight = UserData.gsm7(header: Self.concatenation(1, .eightBit, 2, 1), septets: [UInt8](repeating: 0x41, count: 153))
        #expect(eight.bytes.count == 140)
        #expect(eight.length == 160)
        let sixteen = UserData.gsm7(header: Self.concatenation(1, .sixteenBit, 2, 1), septets: [UInt8](repeating: 0x41, count: 152))
        #expect(sixteen.bytes.count == 140)
        #expect(sixteen.length == 160)
    }

    @Test func ucs2CountsOctetsIncludingTheHeader() {
        let data = UserData.ucs2(header: Self.concatenation(0x4A, .eightBit, 2, 1), utf16: "Hi 👋".utf16)
        #expect(Hex.encode(data.bytes) == "0500034A0201" + "004800690020D83DDC4B")
        #expect(data.length == 16)
        let full = UserData.ucs2(header: Self.concatenation(1, .eightBit, 2, 1), utf16: [UInt16](repeating: 0x4F60, count: 67))
        #expect(full.length == 140)
    }

    @Test func eightBitCountsOctets() {
        let data = UserData.eightBit(header: UserDataHeader(), octets: [1, 2, 3])
        #expect(data.bytes == [1, 2, 3])
        #expect(data.length == 3)
    }

    @Test func inferredLengthDropsOnlyAZeroSeptetThatCouldBePadding() throws {
        // 7 septets leave 7 zero bits: inferred 7, not 8.
        let seven = SeptetPacking.packed(try GSM7Codec.septets(of: "1234567"))
        #expect(UserData.inferredGSM7Length(of: seven, hasHeader: false) == 7)
        // 8 septets ending in a non-@ character: exact.
        let eight = SeptetPacking.packed(try GSM7Codec.septets(of: "12345678"))
        #expect(UserData.inferredGSM7Length(of: eight, hasHeader: false) == 8)
        // 8 septets ending in @ look like 7 plus padding: the documented ambiguity.
        let at = SeptetPacking.packed(try GSM7Codec.septets(of: "1234567@"))
        #expect(at == seven)
        #expect(UserData.inferredGSM7Length(of: at, hasHeader: false) == 7)
        // When 8n is not a multiple of 7, the count is exact even for a trailing @.
        let five = SeptetPacking.packed(try GSM7Codec.septets(of: "abcd@"))
        #expect(UserData.inferredGSM7Length(of: five, hasHeader: false) == 5)
        #expect(UserData.inferredGSM7Length(of: [UInt8](), hasHeader: false) == 0)
    }

    @Test func inferredLengthNeverEatsIntoTheHeader() {
        // A 6-octet header and its fill octet, no text: 7 octets = 8 septets of room.
        let data = UserData.gsm7(header: Self.concatenation(1, .eightBit, 2, 2), septets: [])
        #expect(data.length == 7)
        #expect(UserData.inferredGSM7Length(of: data.bytes, hasHeader: true) == 7)
    }

    @Test func gsm7UserDataDecodesBack() async {
        let scalars = GSM7Alphabet.allCodes.map(\.scalar)
        await propertyCheck(
            count: 200, input: Gen.int(in: 0...(scalars.count - 1)).array(of: 0...152), Gen.int(in: 0...2)
        ) { (indices: [Int], headerKind: Int) in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: indices.map { scalars[$0] })
            let header =
                switch headerKind {
                case 0: UserDataHeader()
                case 1: Self.concatenation(9, .eightBit, 3, 2)
                default: Self.concatenation(0xBEEF, .sixteenBit, 3, 2)
                }
            guard let septets = try? GSM7Codec.septets(of: String(view)) else {
                Issue.record("not GSM-7")
                return
            }
            let data = UserData.gsm7(header: header, septets: septets)
            #expect(data.bytes.count == (7 * data.length + 7) / 8)
            guard let decoded = try? DecodedUserData(parsing: data, encoding: .gsm7, hasHeader: headerKind != 0) else {
                Issue.record("does not decode")
                return
            }
            #expect(Array(decoded.text.unicodeScalars) == Array(view))
            #expect(decoded.header == header)
            #expect(decoded.notes.isEmpty)
        }
    }
}
