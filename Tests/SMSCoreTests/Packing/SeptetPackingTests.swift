import PropertyBased
import SMSCore
import Testing

@Suite struct SeptetPackingTests {
    /// "hellohello" packs to E8 32 9B FD 46 97 D9 EC 37: the worked example of TS 23.038
    /// 6.1.2.1.1 packing found in the common SMS PDU references (e.g. "SMS and the PDU format").
    @Test func helloHelloPacksAsInTheWellKnownExample() throws {
        let septets = try GSM7Codec.septets(of: "hellohello")
        #expect(SeptetPacking.packed(septets) == [0xE8, 0x32, 0x9B, 0xFD, 0x46, 0x97, 0xD9, 0xEC, 0x37])
    }

    @Test func eightSeptetsFillSevenOctetsExactly() {
        let septets = [UInt8](repeating: 0x7F, count: 8)
        #expect(SeptetPacking.packed(septets) == [UInt8](repeating: 0xFF, count: 7))
    }

    /// 7 septets leave 7 spare bits; they are zero (no CR as in TS 23.038 6.1.2.3.1, which is
    /// for USSD): TP-UDL says there are 7 septets.
    @Test func sevenSpareBitsArePaddedWithZeroNotCarriageReturn() throws {
        let septets = try GSM7Codec.septets(of: "1234567")
        let packed = SeptetPacking.packed(septets)
        #expect(packed.count == 7)
        #expect(packed.last == 0x00)
        #expect(try SeptetPacking.unpack(packed, septetCount: 7) == septets)
        // An 8th septet read from the padding is `@` (0x00), not CR (0x0D).
        #expect(try SeptetPacking.unpack(packed, septetCount: 8).last == 0x00)
    }

    @Test(arguments: [(0, 0), (1, 6), (6, 1), (7, 0), (8, 6), (12, 2), (13, 1), (140, 0)])
    func fillBitsPutTheFirstSeptetOnASeptetBoundary(headerOctets: Int, fill: Int) {
        #expect(SeptetPacking.fillBits(afterHeaderOctets: headerOctets) == fill)
        #expect((8 * headerOctets + fill) % 7 == 0)
        #expect(SeptetPacking.headerSeptets(headerOctets: headerOctets) * 7 == 8 * headerOctets + fill)
    }

    @Test func concatenationHeadersTakeSevenAndEightSeptets() {
        #expect(SeptetPacking.headerSeptets(headerOctets: 6) == 7)
        #expect(SeptetPacking.headerSeptets(headerOctets: 7) == 8)
        #expect(SeptetPacking.headerSeptets(headerOctets: 0) == 0)
    }

    @Test func oneFillBitShiftsTheFirstSeptetLeft() {
        // 't' (0x74) after one fill bit: 0xE8, as in every peer vector after a 6-octet header.
        #expect(SeptetPacking.packed([0x74], fillBits: 1) == [0xE8])
    }

    @Test func fillBitsWithNoSeptetsStillTakeAnOctet() {
        #expect(SeptetPacking.packedLength(septetCount: 0, fillBits: 1) == 1)
        #expect(SeptetPacking.packed([], fillBits: 1) == [0x00])
        #expect(SeptetPacking.packed([], fillBits: 0) == [])
    }

    @Test func appendPackedAppendsAfterExistingBytes() {
        var bytes: [UInt8] = [0xAA, 0xBB]
        SeptetPacking.appendPacked([0x74, 0x6F], fillBits: 1, to: &bytes)
        #expect(bytes == [0xAA, 0xBB, 0xE8, 0x6F])
    }

    @Test func unpackIgnoresFillAndPaddingBitValues() throws {
        // Fill bit and the top bit set: the septets are unchanged.
        #expect(try SeptetPacking.unpack([0xE9, 0xEF], septetCount: 2, fillBits: 1) == [0x74, 0x6F])
    }

    @Test func unpackOfTooFewOctetsThrowsWithTheOffset() {
        #expect(throws: SeptetPackingError.insufficientData(septetCount: 5, fillBits: 0, needed: 5, available: 2)) {
            try SeptetPacking.unpack([0xE8, 0x32], septetCount: 5)
        }
        do {
            _ = try SeptetPacking.unpack([0xE8, 0x32], septetCount: 5)
        } catch {
            #expect(error.offset == 2)
        }
        #expect(throws: SeptetPackingError.negativeSeptetCount(-1)) {
            try SeptetPacking.unpack([], septetCount: -1)
        }
    }

    @Test func packedLengthOfAnyCountDoesNotOverflow() {
        #expect(SeptetPacking.packedLength(septetCount: .max) == 7 * (Int.max / 8) + 7)
        #expect(throws: SeptetPackingError.self) { try SeptetPacking.unpack([0x41], septetCount: .max) }
    }

    @Test func maxSeptetCountOf140OctetsIs160() {
        #expect(SeptetPacking.maxSeptetCount(octetCount: 140) == 160)
        #expect(SeptetPacking.maxSeptetCount(octetCount: 134, fillBits: 1) == 153)
        #expect(SeptetPacking.maxSeptetCount(octetCount: 0, fillBits: 6) == 0)
    }

    @Test func packingWorksOnNonContiguousCollections() throws {
        let septets = try GSM7Codec.septets(of: "hellohello")
        let lazy = septets.lazy.map { $0 }
        #expect(SeptetPacking.packed(lazy) == SeptetPacking.packed(septets))
    }

    @Test func unpackOfPackIsTheIdentityForEveryFill() async {
        await propertyCheck(
            count: 300, input: Gen.uint8(in: 0...0x7F).array(of: 0...400), Gen.int(in: 0...6)
        ) { (septets: [UInt8], fill: Int) in
            let packed = SeptetPacking.packed(septets, fillBits: fill)
            #expect(packed.count == (7 * septets.count + fill + 7) / 8)
            #expect(packed.count == SeptetPacking.packedLength(septetCount: septets.count, fillBits: fill))
            #expect((try? SeptetPacking.unpack(packed, septetCount: septets.count, fillBits: fill)) == septets)
            // Fill bits are zero.
            if fill > 0, let first = packed.first { #expect(first & UInt8((1 << fill) - 1) == 0) }
        }
    }

    @Test func packIntoEqualsPacked() async {
        await propertyCheck(
            input: Gen.uint8(in: 0...0x7F).array(of: 0...200), Gen.int(in: 0...6), Gen.uint8().array(of: 0...8)
        ) { (septets: [UInt8], fill: Int, prefix: [UInt8]) in
            var bytes = prefix
            SeptetPacking.appendPacked(septets, fillBits: fill, to: &bytes)
            #expect(bytes == prefix + SeptetPacking.packed(septets, fillBits: fill))
        }
    }
}
