import SMSCore
import Testing
import _SMSTestSupport

/// The wire layer against the peer vectors: packing, headers, TP-UDL, hex and decoding.
@Suite struct PeerVectorWireTests {
    @Test func vectorsAreLoaded() throws {
        #expect(try PeerVectors.loaded.get().count == 300)
        #expect(PeerVectors.packedGSM7.count > 100)
        #expect(PeerVectors.ucs2.count > 100)
    }

    static func header(for record: PeerMessage, part: Int, of total: Int) -> UserDataHeader {
        guard total > 1 else { return UserDataHeader() }
        return UserDataHeader(elements: [
            .concatenation(
                Concatenation(
                    reference: UInt16(record.concatRef), referenceSize: .eightBit, total: UInt8(total),
                    sequence: UInt8(part + 1)
                )
            )
        ])
    }

    @Test(arguments: PeerVectors.packedGSM7)
    func packingReferenceSeptetsReproducesPeerUserDataAndLength(record: PeerMessage) throws {
        let segments = record.segments.value
        let packed = try #require(record.gsm7Packed.value)
        #expect(segments.count == packed.count)
        for (index, (segment, expected)) in zip(segments, packed).enumerated() {
            let header = Self.header(for: record, part: index, of: segments.count)
            let septets = try GSM7Codec.septets(of: segment.text)
            let userData = UserData.gsm7(header: header, septets: septets)
            #expect(Hex.encode(userData.bytes) == expected.ud, "part \(index + 1)")
            #expect(userData.length == expected.udl, "part \(index + 1)")
            #expect(Hex.encode(header.encoded()) == (expected.udh ?? ""), "part \(index + 1)")
        }
    }

    @Test(arguments: PeerVectors.packedGSM7)
    func decodingPeerUserDataGivesBackEachPartText(record: PeerMessage) throws {
        let segments = record.segments.value
        let packed = try #require(record.gsm7Packed.value)
        for (index, (segment, part)) in zip(segments, packed).enumerated() {
            let udl = try #require(part.udl)
            let received = UserData(bytes: try Hex.decode(part.ud), length: udl)
            let decoded = try DecodedUserData(parsing: received, encoding: .gsm7, hasHeader: part.udh != nil)
            #expect(Array(decoded.text.unicodeScalars) == Array(segment.text.unicodeScalars), "part \(index + 1)")
            #expect(decoded.notes.isEmpty)
            if segments.count > 1 {
                let concatenation = try #require(decoded.concatenation)
                #expect(concatenation.reference == UInt16(record.concatRef))
                #expect(Int(concatenation.total) == segments.count)
                #expect(Int(concatenation.sequence) == index + 1)
            } else {
                #expect(decoded.header.elements.isEmpty)
            }
        }
    }

    @Test(arguments: PeerVectors.packedGSM7)
    func reassemblingPeerPartsGivesBackTheWholeText(record: PeerMessage) throws {
        let packed = try #require(record.gsm7Packed.value)
        // Deliver the parts in reverse to check that order comes from the sequence numbers.
        let parts = try packed.reversed().map { part in
            try DecodedUserData(
                parsing: UserData(bytes: Hex.decode(part.ud), length: part.udl ?? -1), encoding: .gsm7,
                hasHeader: part.udh != nil
            )
        }
        let result = Reassembly(reassembling: parts)
        try #require(result.messages.count == 1)
        let text = try #require(result.messages[0].text)
        #expect(Array(text.unicodeScalars) == Array(record.text.unicodeScalars))
        #expect(result.issues.isEmpty)
    }

    @Test(arguments: PeerVectors.messages)
    func ucs2HexIsTheWholeTextAsUTF16BigEndian(record: PeerMessage) throws {
        let text = record.text
        let expected = record.ucs2Hex.value
        #expect(Hex.encodeUTF16BigEndian(text) == expected)
        #expect(Hex.encode(UCS2Codec.bigEndianBytes(of: text)) == expected)
        let decoded = UCS2Codec.decode(try Hex.decode(expected))
        #expect(Array(decoded.text.unicodeScalars) == Array(text.unicodeScalars))
        #expect(decoded.notes.isEmpty)
    }

    @Test(arguments: PeerVectors.ucs2)
    func ucs2PartsRoundTripAndReassemble(record: PeerMessage) throws {
        let segments = record.segments.value
        var parts: [DecodedUserData] = []
        for (index, segment) in segments.enumerated() where segments.count <= 255 {
            let header = Self.header(for: record, part: index, of: segments.count)
            let userData = UserData.ucs2(header: header, utf16: segment.text.utf16)
            #expect(userData.length == header.encodedLength + 2 * segment.text.utf16.count)
            #expect(userData.length <= 140)
            let decoded = try DecodedUserData(parsing: userData, encoding: .ucs2, hasHeader: segments.count > 1)
            #expect(Array(decoded.text.unicodeScalars) == Array(segment.text.unicodeScalars))
            parts.append(decoded)
        }
        guard segments.count <= 255 else { return }
        let result = Reassembly(reassembling: parts)
        try #require(result.messages.count == 1)
        #expect(Array((result.messages[0].text ?? "").unicodeScalars) == Array(record.text.unicodeScalars))
    }

    /// Without TP-UDL, the septet count is exact except when the last septet fills the top 7
    /// bits of the last octet and is `@` (0x00): then it reads as padding.
    @Test(arguments: PeerVectors.packedGSM7)
    func inferredLengthMatchesPeerLengthExceptForATrailingAtOnABoundary(record: PeerMessage) throws {
        let segments = record.segments.value
        let packed = try #require(record.gsm7Packed.value)
        for (segment, part) in zip(segments, packed) {
            let udl = try #require(part.udl)
            let bytes = try Hex.decode(part.ud)
            let inferred = UserData.inferredGSM7Length(of: bytes, hasHeader: part.udh != nil)
            if udl % 8 == 0 && segment.text.unicodeScalars.last == "@" {
                #expect(inferred == udl - 1)
            } else {
                #expect(inferred == udl)
            }
        }
    }
}
