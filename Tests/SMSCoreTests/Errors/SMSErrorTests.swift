import SMSCore
import Testing

/// Every public error has the one shape of ``SMSError``: a lowerCamelCase code, an offset in the
/// input's unit (or `nil`), and a sentence.
@Suite struct SMSErrorTests {
    /// The code and offset of whatever `body` throws.
    private func failure<E: SMSError>(
        _ type: E.Type, _ body: () throws -> Void
    ) -> (code: String, offset: Int?, description: String)? {
        do {
            try body()
            return nil
        } catch let error as E {
            return (error.code.rawValue, error.offset, error.description)
        } catch {
            Issue.record("unexpected \(error)")
            return nil
        }
    }

    @Test func hexErrorsCountDigits() throws {
        let digit = try #require(failure(HexError.self) { _ = try Hex.decode("0A0G") })
        #expect(digit.code == "invalidDigit")
        #expect(digit.offset == 3)
        let odd = try #require(failure(HexError.self) { _ = try Hex.decode("0A0") })
        #expect(odd.code == "oddLength")
        #expect(odd.offset == 2)  // the last digit
    }

    @Test func segmentationErrorsHaveCodesAndNoOffset() throws {
        // 161 septets need 2 parts (TS 23.040 9.2.3.24.1: 160 in one part, 153 with a header).
        let tooMany = try #require(failure(SegmentationError.self) {
            _ = try SMSSegmenter(options: .init(maxParts: 1)).segment(String(repeating: "a", count: 161))
        })
        #expect(tooMany.code == "tooManyParts")
        #expect(tooMany.offset == nil)
        #expect(SegmentationError.tooManyParts(needed: 2, maxParts: 1).code == .tooManyParts)
        #expect(SegmentationError.tooManyParts(needed: 2, maxParts: 1).partsNeeded == 2)
        #expect(SegmentationError.invalidMaxParts(0).code == .invalidMaxParts)
        #expect(SegmentationError.invalidMaxParts(0).maxParts == 0)
    }

    @Test func gsm7EncodingErrorsCountScalars() throws {
        let error = try #require(failure(GSM7EncodingError.self) { _ = try GSM7Codec.septets(of: "Hi \u{1F44B}") })
        #expect(error.code == "unencodable")
        #expect(error.offset == 3)
    }

    @Test func septetPackingErrorsCountOctets() throws {
        let short = try #require(failure(SeptetPackingError.self) {
            _ = try SeptetPacking.unpack([0xE8, 0x32], septetCount: 5, fillBits: 0)
        })
        #expect(short.code == "insufficientData")
        #expect(short.offset == 2)
        #expect(SeptetPackingError.negativeSeptetCount(-1).offset == nil)
    }

    @Test func headerAndUserDataErrorsCountOctetsOfTPUD() throws {
        // UDHL 5 with 2 octets after it (TS 23.040 9.2.3.24).
        let header = try #require(failure(UserDataHeaderError.self) { _ = try UserDataHeader(parsing: [0x05, 0x00, 0x03]) })
        #expect(header.code == "lengthExceedsData")
        #expect(header.offset == 0)
        // Element 0x00 at octet 1 says 4 octets; 2 remain.
        let overrun = try #require(failure(UserDataHeaderError.self) {
            _ = try UserDataHeader(parsing: [0x04, 0x00, 0x04, 0x4A, 0x03])
        })
        #expect(overrun.code == "elementOverrun")
        #expect(overrun.offset == 1)

        // 5 septets need 5 octets (TS 23.038 6.1.2.1.1); 2 are given.
        let data = try #require(failure(UserDataError.self) {
            _ = try DecodedUserData(parsing: UserData(bytes: [0xE8, 0x32], length: 5), encoding: .gsm7, hasHeader: false)
        })
        #expect(data.code == "lengthExceedsData")
        #expect(data.offset == 2)
        #expect(UserDataError.negativeLength(-1).offset == nil)
        #expect(UserDataError.invalidHeader(.missingLength).code == .invalidHeader)
    }

    @Test func addressErrorsCountScalars() throws {
        let error = try #require(failure(AddressError.self) { _ = try MSISDN(validating: "+44 7700 9OO123") })
        #expect(error.code == "letter")
        #expect(error.offset == 10)
    }

    @Test func codesAreLowerCamelCase() {
        let codes: [String] = [
            SegmentationError.Code.tooManyParts.rawValue, SegmentationError.Code.invalidMaxParts.rawValue,
            HexError.Code.invalidDigit.rawValue, HexError.Code.oddLength.rawValue,
            SeptetPackingError.Code.insufficientData.rawValue, SeptetPackingError.Code.negativeSeptetCount.rawValue,
            UserDataHeaderError.Code.missingLength.rawValue, UserDataHeaderError.Code.elementOverrun.rawValue,
            UserDataError.Code.headerExceedsLength.rawValue, UserDataError.Code.invalidHeader.rawValue,
            GSM7EncodingError.Code.unencodable.rawValue, AddressError.Code.missingCountryCode.rawValue,
            DecodingNote.Kind.escapeToUndefinedCode.rawValue, DecodingNote.Kind.octetsBeyondLength.rawValue,
            ReassemblyIssue.Kind.missingParts.rawValue, ReassemblyIssue.Kind.characterSplitAcrossParts.rawValue,
        ]
        for code in codes {
            #expect(code.first?.isLowercase == true, "\(code)")
            #expect(code.allSatisfy { $0.isLetter || $0.isNumber }, "\(code)")
        }
    }

    @Test func unknownCodesAreKept() {
        let code = HexError.Code(rawValue: "somethingNew")
        #expect(code.rawValue == "somethingNew")
        #expect(code.description == "somethingNew")
        #expect(code != .invalidDigit)
    }
}
