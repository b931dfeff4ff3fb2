import PropertyBased
import SMSCore
import Testing

@Suite struct UserDataHeaderTests {
    typealias Element = UserDataHeader.InformationElement

    /// TS 23.040 9.2.3.24.1: `05 00 03 REF TOTAL SEQ`.
    @Test func eightBitConcatenationHeaderIsSixOctets() {
        let header = UserDataHeader(elements: [
            .concatenation(Concatenation(reference: 0x4A, referenceSize: .eightBit, total: 3, sequence: 1))
        ])
        #expect(header.encoded() == [0x05, 0x00, 0x03, 0x4A, 0x03, 0x01])
        #expect(header.encodedLength == 6)
    }

    /// TS 23.040 9.2.3.24.8: `06 08 04 REFHI REFLO TOTAL SEQ`.
    @Test func sixteenBitConcatenationHeaderIsSevenOctets() {
        let header = UserDataHeader(elements: [
            .concatenation(Concatenation(reference: 0x1234, referenceSize: .sixteenBit, total: 2, sequence: 2))
        ])
        #expect(header.encoded() == [0x06, 0x08, 0x04, 0x12, 0x34, 0x02, 0x02])
        #expect(header.encodedLength == 7)
    }

    @Test func emptyHeaderEncodesToNothing() {
        let header = UserDataHeader()
        #expect(header.encoded() == [])
        #expect(header.encodedLength == 0)
        var bytes: [UInt8] = [1]
        header.append(to: &bytes)
        #expect(bytes == [1])
        #expect(header.concatenation == nil)
    }

    @Test func portAndConcatenationTogether() throws {
        // TS 23.040 9.2.3.24.4 16-bit ports (WAP push 2948 from 9200) plus concatenation.
        let bytes: [UInt8] = [0x0B, 0x05, 0x04, 0x0B, 0x84, 0x23, 0xF0, 0x00, 0x03, 0x07, 0x02, 0x01]
        let header = try UserDataHeader(parsing: bytes)
        #expect(header.elements.map(\.identifier) == [.applicationPort16Bit, .concatenation8BitReference])
        #expect(header.elements[0].data == [0x0B, 0x84, 0x23, 0xF0])
        #expect(header.concatenation == Concatenation(reference: 7, referenceSize: .eightBit, total: 2, sequence: 1))
        #expect(header.encoded() == bytes)
    }

    @Test func parseIgnoresTheTextAfterTheHeader() throws {
        let header = try UserDataHeader(parsing: [0x05, 0x00, 0x03, 0x49, 0x05, 0x01, 0xE8, 0x6F])
        #expect(header.concatenation == Concatenation(reference: 0x49, referenceSize: .eightBit, total: 5, sequence: 1))
        #expect(try UserDataHeader(parsing: [0x00]).elements.isEmpty)
    }

    @Test func udhlLongerThanTheDataThrows() {
        #expect(throws: UserDataHeaderError.lengthExceedsData(declared: 5, available: 2)) {
            try UserDataHeader(parsing: [0x05, 0x00, 0x03])
        }
        #expect(throws: UserDataHeaderError.missingLength) { try UserDataHeader(parsing: []) }
    }

    @Test func elementLengthRunningPastTheHeaderThrowsWithItsOffset() {
        // UDHL 5, then an element claiming 4 octets where 3 remain.
        #expect(
            throws: UserDataHeaderError.elementOverrun(
                offset: 1, identifier: .concatenation8BitReference, length: 4, remaining: 3
            )
        ) {
            try UserDataHeader(parsing: [0x05, 0x00, 0x04, 0x4A, 0x03, 0x01, 0x00])
        }
        // An element whose length octet is missing.
        #expect(throws: UserDataHeaderError.truncatedElement(offset: 6, identifier: .init(rawValue: 0x70))) {
            try UserDataHeader(parsing: [0x06, 0x00, 0x03, 0x4A, 0x03, 0x01, 0x70])
        }
        do {
            _ = try UserDataHeader(parsing: [0x06, 0x00, 0x03, 0x4A, 0x03, 0x01, 0x70])
        } catch {
            #expect(error.offset == 6)
            #expect(!error.isLengthError)
            #expect(error.description.contains("0x70"))
        }
    }

    /// TS 23.040 9.2.3.24: of repeated or mutually exclusive elements, the last is used.
    @Test func lastConcatenationElementWins() throws {
        let header = try UserDataHeader(parsing: [
            0x0B, 0x00, 0x03, 0x01, 0x02, 0x01, 0x08, 0x04, 0x12, 0x34, 0x03, 0x02,
        ])
        #expect(header.concatenation == Concatenation(reference: 0x1234, referenceSize: .sixteenBit, total: 3, sequence: 2))
    }

    @Test func concatenationElementsOfTheWrongLengthAreNotRead() throws {
        let header = try UserDataHeader(parsing: [0x04, 0x00, 0x02, 0x01, 0x02])
        #expect(header.elements.count == 1)
        #expect(header.concatenation == nil)
    }

    /// TS 23.040 9.2.3.24.1: total 0, sequence 0 and sequence > total are to be ignored.
    @Test func concatenationValidityFollowsTheStandard() {
        #expect(Concatenation(reference: 1, referenceSize: .eightBit, total: 3, sequence: 3).isValid)
        #expect(!Concatenation(reference: 1, referenceSize: .eightBit, total: 0, sequence: 0).isValid)
        #expect(!Concatenation(reference: 1, referenceSize: .eightBit, total: 3, sequence: 0).isValid)
        #expect(!Concatenation(reference: 1, referenceSize: .eightBit, total: 3, sequence: 4).isValid)
        #expect(!Concatenation(reference: 0x100, referenceSize: .eightBit, total: 3, sequence: 1).isValid)
    }

    @Test func identifiersHaveNamesAndRawValues() {
        #expect(Element.Identifier.concatenation8BitReference.rawValue == 0x00)
        #expect(Element.Identifier.concatenation16BitReference.rawValue == 0x08)
        #expect(Element.Identifier.applicationPort8Bit.rawValue == 0x04)
        #expect(Element.Identifier.applicationPort16Bit.rawValue == 0x05)
        #expect(Element.Identifier.nationalLanguageSingleShift.rawValue == 0x24)
        #expect(Element.Identifier.nationalLanguageLockingShift.rawValue == 0x25)
        #expect(Element.Identifier(rawValue: 0x08).description == "0x08 concatenation (16-bit reference)")
        #expect(Element.Identifier(rawValue: 0x70).description == "0x70")
    }

    @Test func parseOfEncodeIsTheIdentity() async {
        // Each inner array: identifier, then data.
        await propertyCheck(count: 300, input: Gen.uint8().array(of: 1...30).array(of: 1...6)) { (raw: [[UInt8]]) in
            let header = UserDataHeader(elements: raw.map { Element(identifier: .init(rawValue: $0[0]), data: Array($0.dropFirst())) })
            let encoded = header.encoded()
            #expect(encoded.count == header.encodedLength)
            #expect(Int(encoded[0]) == encoded.count - 1)
            #expect((try? UserDataHeader(parsing: encoded)) == header)
            #expect((try? UserDataHeader(parsing: encoded + [0xFF, 0x00])) == header)
        }
    }

    @Test func arbitraryOctetsNeverTrapTheParser() async {
        await propertyCheck(count: 300, input: Gen.uint8().array(of: 0...40)) { (bytes: [UInt8]) in
            switch Result(catching: { () throws(UserDataHeaderError) -> UserDataHeader in try UserDataHeader(parsing: bytes) }) {
            case .success(let header): #expect(header.encodedLength <= bytes.count)
            case .failure(let error): #expect((error.offset ?? 0) < max(bytes.count, 1))
            }
        }
    }
}
