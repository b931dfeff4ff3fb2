import Testing

@testable import SMSCommandLine

@Suite struct AnalyzeInputTests {
    @Test(arguments: [
        ("Hi\n", "Hi"),
        ("Hi\r\n", "Hi"),
        ("Hi\n\n", "Hi\n"),
        ("Hi\r", "Hi\r"),
        ("Hi", "Hi"),
        ("\n", ""),
        ("", ""),
    ])
    func exactlyOneTrailingLineBreakIsRemoved(input: String, expected: String) {
        #expect(UTF8Input.removingOneTrailingLineBreak(Array(input.utf8)) == Array(expected.utf8))
    }

    @Test func validUTF8IsDecodedScalarForScalar() throws {
        let text = try UTF8Input.decode(Array("e\u{301} 👋\u{FEFF}".utf8))
        #expect(Array(text.unicodeScalars) == ["e", "\u{301}", " ", "👋", "\u{FEFF}"])
    }

    @Test(arguments: [
        ([0x48, 0x69, 0xFF], 2, 0xFF),
        ([0xC3], 0, 0xC3),  // truncated two-byte sequence
        ([0x61, 0xED, 0xA0, 0x80], 1, 0xED),  // encoded surrogate U+D800
        ([0x61, 0x62, 0xC0, 0xAF], 2, 0xC0),  // overlong "/"
    ] as [([UInt8], Int, UInt8)])
    func invalidUTF8IsRefusedWithTheOffsetOfTheFirstBadByte(bytes: [UInt8], offset: Int, byte: UInt8) {
        #expect(throws: UTF8Input.InvalidUTF8Error(byteOffset: offset, byte: byte)) {
            try UTF8Input.decode(bytes)
        }
    }
}
