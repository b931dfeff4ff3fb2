import SMSCore
import Testing
import _SMSTestSupport

/// The 300 peer texts under what the peers did not compute: the `graphemes` and `words`
/// policies, and 16-bit concatenation references.
///
/// The peers split between scalars with 8-bit references (`PeerVectorSegmentationTests`). Where
/// a peer boundary already falls between user-perceived characters, a grapheme-safe split must
/// give exactly the peers' parts, so their answer still applies; elsewhere, and for 16-bit
/// references, the parts are held to the rules of TS 23.040 9.2.3.24 and to the plain
/// reference model (`ReferenceSegmenter`, costs from the standard's table).
@Suite struct PeerVectorPolicyTests {
    /// Scalar offsets where a `Character` (extended grapheme cluster) starts, from `String`'s
    /// own view, plus the end of the text.
    static func characterBoundaries(of text: String) -> Set<Int> {
        var boundaries: Set<Int> = [0]
        var offset = 0
        for character in text {
            offset += character.unicodeScalars.count
            boundaries.insert(offset)
        }
        return boundaries
    }

    @Test(arguments: PeerVectors.messages)
    func graphemePartsAreThePeersPartsWhenNoCharacterStraddlesTheirBoundaries(vector: PeerMessage) throws {
        let peerBoundaries = vector.segments.value.dropLast().map { $0.cp[1] }
        guard vector.parts.value <= 255, Set(peerBoundaries).isSubset(of: Self.characterBoundaries(of: vector.text)) else { return }
        let options = SegmentationOptions(split: .graphemes, reference: .eightBit(UInt8(vector.concatRef)))
        let parts = try SMSSegmenter(options: options).segment(vector.text)
        #expect(parts.map { [$0.range.lowerBound.scalarOffset, $0.range.upperBound.scalarOffset] }
            == vector.segments.value.map(\.cp))
        #expect(parts.map(\.unitCount) == vector.segments.value.map(\.len))
        if let packed = vector.gsm7Packed.value {
            #expect(parts.map { Hex.encode($0.userData.bytes) } == packed.map(\.ud))
        }
    }

    @Test func thePeersAnswerAppliesToGraphemesForMostTexts() {
        let applicable = PeerVectors.messages.filter { vector in
            let peerBoundaries = vector.segments.value.dropLast().map { $0.cp[1] }
            return vector.parts.value <= 255
                && Set(peerBoundaries).isSubset(of: Self.characterBoundaries(of: vector.text))
        }
        // Guards the test above against passing by skipping: only texts whose scalar split
        // would cut an emoji sequence, a flag, CR LF or a combining mark are left out.
        #expect(applicable.count >= 250, "\(applicable.count) of \(PeerVectors.messages.count)")
    }

    @Test(arguments: PeerVectors.messages)
    func graphemePartsNeverCutACharacterThatFitsAPart(vector: PeerMessage) throws {
        guard vector.parts.value <= 255 else { return }  // the most a message can have
        let parts = try SMSSegmenter(options: .init(split: .graphemes)).segment(vector.text)
        let boundaries = Self.characterBoundaries(of: vector.text)
        let scalars = Array(vector.text.unicodeScalars)
        let gsm7 = vector.gsm7.value
        let capacity = parts.count == 1 ? (gsm7 ? 160 : 70) : (gsm7 ? 153 : 67)
        for part in parts.dropLast() where !boundaries.contains(part.range.upperBound.scalarOffset) {
            let cut = part.range.upperBound.scalarOffset
            let start = boundaries.filter { $0 < cut }.max() ?? 0
            let end = boundaries.filter { $0 > cut }.min() ?? scalars.count
            #expect(Self.units(of: scalars[start..<end], gsm7: gsm7) > capacity, "cut inside a character at \(cut)")
        }
        #expect(parts.count >= vector.parts.value, "fewer parts than a split between any two scalars")
    }

    @Test(arguments: PeerVectors.messages)
    func everyPolicyAndReferenceSizeAgreesWithTheReferenceModel(vector: PeerMessage) throws {
        for split in SegmentationOptions.SplitPolicy.allCases {
            for reference in [SegmentationOptions.Reference.eightBit(0x2A), .sixteenBit(0xBEEF)] {
                let options = SegmentationOptions(split: split, reference: reference)
                let model = ReferenceSegmenter.split(vector.text, options: options)
                let context = "\(split), \(reference.size)"
                guard model.parts.count <= 255 else {
                    #expect(throws: SegmentationError.tooManyParts(needed: model.parts.count, maxParts: 255)) {
                        try SMSSegmenter(options: options).segment(vector.text)
                    }
                    continue
                }
                let parts = try SMSSegmenter(options: options).segment(vector.text)
                #expect(parts.map { $0.range.lowerBound.scalarOffset..<$0.range.upperBound.scalarOffset }
                    == model.parts, "\(context)")
                #expect(parts.map(\.unitCount) == model.partUnits, "\(context)")
                #expect(parts.map(\.text).joined() == vector.text, "\(context)")
            }
        }
    }

    /// TS 23.040 9.2.3.24.8: a 16-bit reference makes a 7-octet header (UDHL 06, IEI 08, IEDL 04,
    /// the reference high octet first, total, sequence), leaving 152 septets or 66 UTF-16 units
    /// per part; TP-UDL counts the header (8 septets: 56 bits, no fill bits) or its octets.
    @Test(arguments: PeerVectors.messages)
    func sixteenBitPartsCarryTheSevenOctetHeaderAndFit(vector: PeerMessage) throws {
        let options = SegmentationOptions(split: .scalars, reference: .sixteenBit(0xBEEF))
        guard ReferenceSegmenter.split(vector.text, options: options).parts.count <= 255 else { return }
        let parts = try SMSSegmenter(options: options).segment(vector.text)
        let gsm7 = vector.gsm7.value
        guard parts.count > 1 else {
            #expect(parts.first?.header.elements.isEmpty == true)
            return
        }
        for (index, part) in parts.enumerated() {
            let expectedHeader = "060804BEEF" + Self.hexByte(parts.count) + Self.hexByte(index + 1)
            #expect(Hex.encode(part.header.encoded()) == expectedHeader)
            #expect(part.unitCount <= (gsm7 ? 152 : 66))
            #expect(part.userData.length == (gsm7 ? 8 + part.unitCount : 7 + 2 * part.unitCount))
            #expect(part.userData.bytes.count <= 140)
            #expect(Hex.encode(part.userData.bytes).hasPrefix(expectedHeader))
        }
        // The same text with 8-bit references never needs more parts.
        #expect(parts.count >= vector.parts.value)
        let decoded = try parts.map { try DecodedUserData(parsing: $0.userData, encoding: $0.encoding, hasHeader: true) }
        let message = try #require(Reassembly(reassembling: decoded.reversed()).messages.first)
        #expect(message.text == vector.text)
        #expect(message.key?.referenceSize == .sixteenBit)
    }

    private static func units(of scalars: ArraySlice<Unicode.Scalar>, gsm7: Bool) -> Int {
        scalars.reduce(0) { $0 + (gsm7 ? StandardGSM7.septetCount(for: $1) ?? 0 : ($1.value > 0xFFFF ? 2 : 1)) }
    }

    private static func hexByte(_ value: Int) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[value >> 4 & 0xF], digits[value & 0xF]])
    }
}
