#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import SMSCore

/// Reads standard input as bytes: all at once, or line by line as lines arrive.
///
/// Reading line by line hands each line over as soon as its line break is read, so a batch or
/// benchmark harness can write one request and wait for its answer.
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

    /// Every byte until end of file.
    static func readAll() throws(ReadError) -> [UInt8] {
        var bytes: [UInt8] = []
        while let chunk = try readChunk() { bytes.append(contentsOf: chunk) }
        return bytes
    }

    /// Calls `body` with each line (without its `\n`) and its number, counting from 1. A last
    /// line without a line break is passed too.
    static func forEachLine(_ body: (_ line: [UInt8], _ number: Int) -> Void) throws(ReadError) {
        var pending: [UInt8] = []
        var number = 0
        while let chunk = try readChunk() {
            var start = chunk.startIndex
            while let end = chunk[start...].firstIndex(of: UInt8(ascii: "\n")) {
                pending.append(contentsOf: chunk[start..<end])
                number += 1
                body(pending, number)
                pending.removeAll(keepingCapacity: true)
                start = end + 1
            }
            pending.append(contentsOf: chunk[start...])
        }
        if !pending.isEmpty { body(pending, number + 1) }
    }

    /// Whether a line holds nothing but spaces and tabs, besides the `\r` of a CR LF line end.
    /// Line-oriented commands skip such lines.
    static func isBlank(_ line: some BidirectionalCollection<UInt8>) -> Bool {
        let content = line.last == UInt8(ascii: "\r") ? line.dropLast() : line[...]
        return content.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }

    /// The bytes one `read(2)` returns (waiting for at least one), or `nil` at end of file.
    private static func readChunk() throws(ReadError) -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count > 0 { return Array(buffer[..<count]) }
            if count == 0 { return nil }
            if errno != EINTR { throw ReadError(errorNumber: errno) }
        }
    }
}
