#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import SMSCore

/// The process's standard input at the lowest level: one `read(2)` at a time. Commands read it
/// through ``ByteStream``, which applies the input policy (byte order mark, line limits).
enum StandardInput {
    /// Standard input could not be read; code ``CommandErrorCode/readFailed``, no offset.
    struct ReadError: SMSError {
        /// The `errno` of the failed `read(2)`.
        let errorNumber: Int32

        /// ``CommandErrorCode/readFailed``.
        var code: CommandErrorCode { .readFailed }

        /// Always `nil`.
        var offset: Int? { nil }

        var description: String { "cannot read standard input: \(String(cString: strerror(errorNumber)))" }
    }

    /// Whether a line holds nothing but spaces and tabs, besides the `\r` of a CR LF line end.
    /// Line-oriented commands skip such lines.
    static func isBlank(_ line: some BidirectionalCollection<UInt8>) -> Bool {
        let content = line.last == UInt8(ascii: "\r") ? line.dropLast() : line[...]
        return content.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }

    /// The bytes one `read(2)` returns (waiting for at least one), or `nil` at end of file.
    static func readChunk() throws(ReadError) -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count > 0 { return Array(buffer[..<count]) }
            if count == 0 { return nil }
            if errno != EINTR { throw ReadError(errorNumber: errno) }
        }
    }
}
