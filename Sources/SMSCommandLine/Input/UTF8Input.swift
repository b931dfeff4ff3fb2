import SMSCore

/// Turns bytes from standard input, files and arguments into text, refusing invalid UTF-8
/// rather than replacing it.
enum UTF8Input {
    /// Bytes that are not valid UTF-8; code ``CommandErrorCode/invalidUTF8``.
    struct InvalidUTF8Error: SMSError {
        /// The offset in bytes of the first byte of the first ill-formed sequence, counting
        /// from 0.
        let byteOffset: Int
        /// The byte at ``byteOffset``.
        let byte: UInt8

        /// ``CommandErrorCode/invalidUTF8``.
        var code: CommandErrorCode { .invalidUTF8 }

        /// ``byteOffset``: bytes, never `nil`.
        var offset: Int? { byteOffset }

        var description: String {
            let offset = byteOffset
            let hex = String(byte, radix: 16, uppercase: true)
            return "the input is not valid UTF-8: byte 0x\(hex.count == 1 ? "0" : "")\(hex) at offset \(offset)"
        }
    }

    /// Decodes UTF-8, or throws at the first ill-formed sequence.
    ///
    /// ```swift
    /// try UTF8Input.decode([0x48, 0x69, 0xFF])   // throws: byte 0xFF at offset 2
    /// ```
    ///
    /// A byte order mark is kept: it is a character (U+FEFF) like any other, and the report shows
    /// it among those that forced UCS-2. Removing one at the start of a byte stream is the
    /// stream's business (``ByteStream``, ``decodeRemovingByteOrderMark(_:)``).
    ///
    /// - Throws: ``InvalidUTF8Error`` with the offset of the first bad byte.
    /// - Complexity: O(n) in bytes.
    static func decode(_ bytes: [UInt8]) throws(InvalidUTF8Error) -> String {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error: throw InvalidUTF8Error(byteOffset: offset, byte: bytes[offset])
            case .emptyInput: return String(decoding: bytes, as: UTF8.self)  // Every byte checked.
            }
        }
    }

    /// The text of a file or of standard input read at once, under the command's one input
    /// policy: a leading byte order mark is removed (and `removedByteOrderMark` says so, for
    /// the caller to report), and invalid UTF-8 is refused with its offset (counted after the
    /// mark), never replaced.
    ///
    /// - Throws: ``InvalidUTF8Error`` with the offset of the first bad byte.
    /// - Complexity: O(n) in bytes.
    static func decodeRemovingByteOrderMark(_ bytes: [UInt8]) throws(InvalidUTF8Error) -> (text: String, removedByteOrderMark: Bool) {
        let (content, removed) = ByteStream.removingByteOrderMark(bytes)
        return (try decode(content), removed)
    }

    /// The bytes without one trailing line break (`\n` or `\r\n`), the one a shell or editor
    /// adds after the last line. Only one is removed: `"Hi\n\n"` keeps a line break.
    static func removingOneTrailingLineBreak(_ bytes: [UInt8]) -> [UInt8] {
        if bytes.last == UInt8(ascii: "\n") {
            let count = bytes.dropLast().last == UInt8(ascii: "\r") ? 2 : 1
            return Array(bytes.dropLast(count))
        }
        return bytes
    }
}
