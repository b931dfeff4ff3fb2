@testable import SMSCore
import Testing

@Suite struct DecodedUserDataTests {
    @Test func peerVectorPartDecodes() throws {
        // p0002 part 1 (first octets): header 05 00 03 49 05 01, then "to".
        let data = UserData(bytes: try Hex.decode("050003490501E86F"), length: 9)
        let part = try DecodedUserData(parsing: data, encoding: .gsm7, hasHeader: true)
        #expect(part.concatenation == Concatenation(reference: 0x49, referenceSize: .eightBit, total: 5, sequence: 1))
        #expect(Array(part.text.unicodeScalars) == ["t", "o"])
        #expect(part.payload == [0x74, 0x6F])
        #expect(part.headerOctets == 6)
        #expect(part.notes.isEmpty)
    }

    @Test func lengthNeedingMoreOctetsThanGivenThrowsWithTheOffset() {
        let data = UserData(bytes: [0xE8, 0x32], length: 5)
        #expect(throws: UserDataError.lengthExceedsData(length: 5, encoding: .gsm7, needed: 5, available: 2)) {
            try DecodedUserData(parsing: data, encoding: .gsm7, hasHeader: false)
        }
        #expect(throws: UserDataError.lengthExceedsData(length: 4, encoding: .ucs2, needed: 4, available: 2)) {
            try DecodedUserData(parsing: UserData(bytes: [0, 0x41], length: 4), encoding: .ucs2, hasHeader: false)
        }
        #expect(throws: UserDataError.negativeLength(-1)) {
            try DecodedUserData(parsing: UserData(bytes: [], length: -1), encoding: .ucs2, hasHeader: false)
        }
    }

    @Test func udhlLongerThanTheDataThrows() {
        // UDHL says 10 octets; TP-UDL covers 6.
        let data = UserData(bytes: [0x0A, 0x00, 0x03, 0x01, 0x02, 0x01], length: 6)
        #expect(throws: UserDataError.invalidHeader(.lengthExceedsData(declared: 10, available: 5))) {
            try DecodedUserData(parsing: data, encoding: .ucs2, hasHeader: true)
        }
        #expect(throws: UserDataError.invalidHeader(.missingLength)) {
            try DecodedUserData(parsing: UserData(bytes: [], length: 0), encoding: .gsm7, hasHeader: true)
        }
    }

    @Test func headerLongerThanTheSeptetLengthThrows() {
        // A 6-octet header needs 7 septets of TP-UDL; 6 given.
        let data = UserData(bytes: [0x05, 0x00, 0x03, 0x01, 0x02, 0x01], length: 6)
        #expect(throws: UserDataError.headerExceedsLength(headerOctets: 6, length: 6, encoding: .gsm7)) {
            try DecodedUserData(parsing: data, encoding: .gsm7, hasHeader: true)
        }
    }

    /// TS 23.040 9.2.3.24: a header whose last element overruns it is ignored; UDHL still says
    /// where the text starts.
    @Test func malformedElementsAreIgnoredAndTheTextStillDecodes() throws {
        // UDHL 3: element 00 claims 3 octets but 1 remains. Then "Hi" in UCS-2.
        let data = UserData(bytes: [0x03, 0x00, 0x03, 0x4A, 0x00, 0x48, 0x00, 0x69], length: 8)
        let part = try DecodedUserData(parsing: data, encoding: .ucs2, hasHeader: true)
        #expect(part.header.elements.isEmpty)
        #expect(part.ignoredHeaderError == .elementOverrun(offset: 1, identifier: .concatenation8BitReference, length: 3, remaining: 1))
        #expect(Array(part.text.unicodeScalars) == ["H", "i"])
    }

    @Test func octetsBeyondTheLengthAreIgnoredAndNoted() throws {
        let data = UserData(bytes: [0x00, 0x48, 0x00, 0x69, 0xFF], length: 4)
        let part = try DecodedUserData(parsing: data, encoding: .ucs2, hasHeader: false)
        #expect(Array(part.text.unicodeScalars) == ["H", "i"])
        #expect(part.notes == [DecodingNote(kind: .octetsBeyondLength, offset: 4, value: 1)])
    }

    /// The note's value is a count here, not an octet: describing 70,000 extra octets used to
    /// trap while formatting the value as hex.
    @Test func manyOctetsBeyondTheLengthAreDescribedWithoutTrapping() throws {
        let data = UserData(bytes: [UInt8](repeating: 0, count: 70_000), length: 0)
        let part = try DecodedUserData(parsing: data, encoding: .ucs2, hasHeader: false)
        #expect(part.notes == [DecodingNote(kind: .octetsBeyondLength, offset: 0, value: 70_000)])
        #expect(part.notes[0].description == "octet 0: 70000 octets after the end given by TP-UDL ignored")
    }

    /// A TP-UDL from the wire can be anything; the largest used to overflow while working out the
    /// octets it needs.
    @Test func hugeLengthThrowsInsteadOfOverflowing() {
        #expect(throws: UserDataError.self) {
            try DecodedUserData(parsing: UserData(bytes: [0x41], length: .max), encoding: .gsm7, hasHeader: false)
        }
        #expect(throws: UserDataError.self) {
            try DecodedUserData(parsing: UserData(bytes: [0x41], length: .max), encoding: .ucs2, hasHeader: false)
        }
    }

    @Test func oddUCS2LengthIsRepairedAndNoted() throws {
        let part = try DecodedUserData(parsing: UserData(bytes: [0x00, 0x48, 0x00], length: 3), encoding: .ucs2, hasHeader: false)
        #expect(Array(part.text.unicodeScalars) == ["H", "\u{FFFD}"])
        #expect(part.notes.map(\.kind) == [.oddTrailingOctet])
    }

    @Test func ucs2LoneSurrogateIsRepairedAndNoted() throws {
        let header = UserDataHeader(elements: [.concatenation(.init(reference: 1, referenceSize: .eightBit, total: 2, sequence: 1))])
        let data = UserData.ucs2(header: header, utf16: [0x0041, 0xD83D])
        let part = try DecodedUserData(parsing: data, encoding: .ucs2, hasHeader: true)
        #expect(Array(part.text.unicodeScalars) == ["A", "\u{FFFD}"])
        // Offset counts payload octets, after the header.
        #expect(part.notes == [DecodingNote(kind: .loneSurrogate, offset: 2, value: 0xD83D)])
    }

    @Test func eightBitKeepsThePayloadAndHasNoText() throws {
        let part = try DecodedUserData(parsing: UserData(bytes: [1, 2, 3], length: 3), encoding: .eightBit, hasHeader: false)
        #expect(part.payload == [1, 2, 3])
        #expect(part.text.isEmpty)
    }

    @Test func zeroLengthGSM7IsEmptyText() throws {
        let part = try DecodedUserData(parsing: UserData(bytes: [], length: 0), encoding: .gsm7, hasHeader: false)
        #expect(part.text.isEmpty)
        #expect(part.notes.isEmpty)
    }

    @Test func paddingSeptetIsNotReadWhenTheLengthSaysSo() throws {
        // "1234567" packs into 7 octets with 7 zero bits; TP-UDL 7 gives no trailing @.
        let bytes = SeptetPacking.packed(try GSM7Codec.septets(of: "1234567"))
        let part = try DecodedUserData(parsing: UserData(bytes: bytes, length: 7), encoding: .gsm7, hasHeader: false)
        #expect(Array(part.text.unicodeScalars) == Array("1234567".unicodeScalars))
        let eight = try DecodedUserData(parsing: UserData(bytes: bytes, length: 8), encoding: .gsm7, hasHeader: false)
        #expect(eight.text.unicodeScalars.last == "@")
    }

    /// A part whose header and payload arrived apart decodes as the same part parsed from TP-UD.
    @Test(arguments: [SMSEncoding.gsm7, .ucs2])
    func aPartGivenAsHeaderAndPayloadEqualsTheParsedOne(encoding: SMSEncoding) throws {
        let header = UserDataHeader(elements: [
            .concatenation(Concatenation(reference: 0x33, referenceSize: .eightBit, total: 2, sequence: 1))
        ])
        let text = "Grüße {€}"
        let userData: UserData = encoding == .gsm7
            ? .gsm7(header: header, septets: try GSM7Codec.septets(of: text))
            : .ucs2(header: header, utf16: text.utf16)
        let parsed = try DecodedUserData(parsing: userData, encoding: encoding, hasHeader: true)
        let given = DecodedUserData(header: header, encoding: encoding, payload: parsed.payload)
        #expect(given == parsed)
        #expect(given.text == text)
        #expect(given.headerOctets == 6)
    }

    @Test func aPartGivenWithoutHeaderHasNoHeaderOctetsAndNotesWhatItRepaired() {
        let part = DecodedUserData(header: UserDataHeader(), encoding: .ucs2, payload: [0xD8, 0x3D, 0x00])
        #expect(part.headerOctets == 0)
        #expect(part.text == "\u{FFFD}\u{FFFD}")
        #expect(part.notes.map(\.kind) == [.loneSurrogate, .oddTrailingOctet])
    }
}
