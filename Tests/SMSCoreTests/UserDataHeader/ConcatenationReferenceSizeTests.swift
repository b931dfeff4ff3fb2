import SMSCore
import Testing

@Suite struct ConcatenationReferenceSizeTests {
    @Test func headerSizesComeFromTheStandard() {
        // UDHL + IEI + IEDL + 3 octets (IEI 0x00) or 4 octets (IEI 0x08), TS 23.040 9.2.3.24.1/.8.
        #expect(Concatenation.ReferenceSize.eightBit.concatenatedHeaderOctets == 6)
        #expect(Concatenation.ReferenceSize.sixteenBit.concatenatedHeaderOctets == 7)
        #expect(SegmentationOptions(reference: .eightBit()).concatenatedHeaderOctets == 6)
        #expect(SegmentationOptions(reference: .sixteenBit(0x1234)).concatenatedHeaderOctets == 7)
    }

    @Test func referenceFactoriesKeepSizeAndValue() {
        #expect(SegmentationOptions.Reference.eightBit(0x4A).size == .eightBit)
        #expect(SegmentationOptions.Reference.eightBit(0x4A).value == 0x4A)
        #expect(SegmentationOptions.Reference.sixteenBit().value == nil)
        #expect(SegmentationOptions.Reference.sixteenBit(0x1234).size == .sixteenBit)
        #expect(Concatenation.ReferenceSize.sixteenBit.description == "16-bit")
    }
}
