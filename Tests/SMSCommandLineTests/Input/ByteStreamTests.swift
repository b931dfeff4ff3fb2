import Testing

@testable import SMSCommandLine

/// The one input policy for byte streams: a leading byte order mark is removed and remembered,
/// lines are handed over one at a time, and a line beyond the limit is not kept.
@Suite struct ByteStreamTests {
    private static let mark: [UInt8] = [0xEF, 0xBB, 0xBF]

    private func lines(_ bytes: [UInt8], chunkSize: Int, maxLength: Int = .max) throws -> ([ByteStream.Line], Bool) {
        var stream = ByteStream(bytes: bytes, chunkSize: chunkSize)
        var lines: [ByteStream.Line] = []
        try stream.forEachLine(maxLength: maxLength) { lines.append($0) }
        return (lines, stream.removedByteOrderMark)
    }

    @Test(arguments: [1, 2, 3, 4, 64])
    func aLeadingByteOrderMarkIsRemovedWhateverTheReadsLookLike(chunkSize: Int) throws {
        var stream = ByteStream(bytes: Self.mark + Array("Hi\n".utf8), chunkSize: chunkSize)
        #expect(try stream.readAll() == Array("Hi\n".utf8))
        #expect(stream.removedByteOrderMark)
    }

    @Test func onlyTheFirstByteOrderMarkIsRemoved() throws {
        var stream = ByteStream(bytes: Self.mark + Self.mark + [0x41], chunkSize: 2)
        #expect(try stream.readAll() == Self.mark + [0x41])
    }

    @Test(arguments: [[UInt8](), [0xEF], [0xEF, 0xBB], [0xEF, 0xBB, 0x41], [0x41, 0xEF, 0xBB, 0xBF]])
    func bytesThatAreNotALeadingMarkAreKept(bytes: [UInt8]) throws {
        var stream = ByteStream(bytes: bytes, chunkSize: 1)
        #expect(try stream.readAll() == bytes)
        #expect(!stream.removedByteOrderMark)
    }

    @Test(arguments: [1, 3, 5, 1024])
    func linesAreSplitAtLineFeedsAndNumberedFromOne(chunkSize: Int) throws {
        let (lines, removed) = try lines(Self.mark + Array("a\r\n\nbc\nlast".utf8), chunkSize: chunkSize)
        #expect(removed)
        #expect(lines.map(\.number) == [1, 2, 3, 4])
        #expect(lines.map(\.bytes) == [Array("a\r".utf8), [], Array("bc".utf8), Array("last".utf8)])
        #expect(!lines.contains { $0.isTooLong })
    }

    @Test func aLineLongerThanTheLimitIsCountedButNotKept() throws {
        let (lines, _) = try lines(Array("12345\n123456\n1234567890123\nok".utf8), chunkSize: 4, maxLength: 5)
        #expect(lines.map(\.byteCount) == [5, 6, 13, 2])
        #expect(lines.map(\.isTooLong) == [false, true, true, false])
        #expect(lines.map(\.bytes) == [Array("12345".utf8), [], [], Array("ok".utf8)])
    }

    @Test func aFileReadAtOnceFollowsTheSamePolicy() throws {
        let decoded = try UTF8Input.decodeRemovingByteOrderMark(Self.mark + Array("é".utf8))
        #expect(decoded.text == "é")
        #expect(decoded.removedByteOrderMark)
        #expect(throws: UTF8Input.InvalidUTF8Error(byteOffset: 1, byte: 0xFF)) {
            try UTF8Input.decodeRemovingByteOrderMark(Self.mark + [0x41, 0xFF])
        }
    }
}

/// Arguments are checked for UTF-8 like every other input (issue 12).
@Suite struct ArgumentBytesTests {
    @Test func theFirstArgumentThatIsNotUTF8IsNamedWithItsByteOffset() {
        let arguments: [[UInt8]] = [Array("analyze".utf8), [0x61, 0x62, 0xFF, 0x63, 0x64], [0xC3]]
        let error = ArgumentBytes.firstInvalid(in: arguments)
        #expect(error?.argumentNumber == 2)
        #expect(error?.offset == 2)
        #expect(error?.description == "argument 2: the input is not valid UTF-8: byte 0xFF at offset 2")
        #expect(ArgumentBytes.firstInvalid(in: [Array("é".utf8), []]) == nil)
    }
}
