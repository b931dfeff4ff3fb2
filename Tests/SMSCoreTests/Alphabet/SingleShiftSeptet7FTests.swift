import SMSCore
import Testing

/// Septet 0x7F of a single-shift table. The Portuguese single-shift table (TS 23.038 A.2.3)
/// has `â` (U+00E2) there, sent as 1B 7F; it is the only national table with a character at
/// 0x7F. Found by the national tables' property tests: the engine counted the character but
/// could not encode it, and segmenting trapped.
@Suite struct SingleShiftSeptet7FTests {
    static let tables = GSM7Tables(singleShift: .portuguese)

    static var options: SegmentationOptions {
        var options = SegmentationOptions()
        options.singleShiftLanguages = [.portuguese]
        return options
    }

    @Test func portugueseACircumflexIsTheEscapePair1B7F() throws {
        #expect(Self.tables.code(for: "â") == .extended(0x7F))
        #expect(try GSM7Codec.septets(of: "â", tables: Self.tables) == [0x1B, 0x7F])
        #expect(try GSM7Codec.septets(of: "aâ", tables: Self.tables) == [0x61, 0x1B, 0x7F])
        #expect(GSM7Codec.decode([0x1B, 0x7F], tables: Self.tables).text == "â")
    }

    @Test func aTextThatNeedsItSegmentsAndDecodesBack() throws {
        let parts = try SMSSegmenter(options: Self.options).segment("â")
        #expect(parts.count == 1)
        let part = try #require(parts.first)
        #expect(part.tables == Self.tables)
        // UDHL 03, IE 24 01 03; the 4 header octets and a fill bit take 5 septets, then 1B 7F.
        #expect(Array(part.userData.bytes.prefix(4)) == [0x03, 0x24, 0x01, 0x03])
        #expect(part.userData.length == 7)
        let decoded = try DecodedUserData(parsing: part.userData, encoding: .gsm7, hasHeader: true)
        #expect(decoded.payload == [0x1B, 0x7F])
        #expect(decoded.text == "â")
    }
}
