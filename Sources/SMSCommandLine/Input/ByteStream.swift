import SMSCore

/// Input bytes (standard input, or bytes in memory for tests, fuzzing and benchmarks) read with
/// the command's one policy for odd bytes.
///
/// - A UTF-8 byte order mark (EF BB BF) at the very start of the stream is removed and
///   remembered (``removedByteOrderMark``), so that the command can say so; any later U+FEFF
///   is a character like any other. Offsets in errors count the bytes after it.
/// - Everything else is handed over as it came. Invalid UTF-8 is refused, with its offset,
///   where the bytes become text (``UTF8Input``), never replaced.
///
/// ```swift
/// var stream = ByteStream(bytes: [0xEF, 0xBB, 0xBF] + Array("Hi\n".utf8))
/// try stream.readAll()            // "Hi\n" as bytes
/// stream.removedByteOrderMark     // true
/// ```
///
/// Memory: ``readAll()`` holds the whole input; ``forEachLine(maxLength:_:)`` holds one line at
/// a time, and at most `maxLength` bytes of it, however long the line or the input.
struct ByteStream {
    /// Reads the next bytes (at least one), or returns `nil` at the end of the input.
    typealias Reader = () throws(StandardInput.ReadError) -> [UInt8]?

    /// The UTF-8 encoding of U+FEFF.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    private let reader: Reader
    private var started = false

    /// Whether a byte order mark was removed from the start of the input.
    private(set) var removedByteOrderMark = false

    /// A stream over what `reader` returns.
    init(reader: @escaping Reader) {
        self.reader = reader
    }

    /// The process's standard input.
    static var standardInput: ByteStream { ByteStream(reader: StandardInput.readChunk) }

    /// A stream over bytes in memory, handed over `chunkSize` bytes at a time (as a pipe would),
    /// so that line and byte order mark handling can be tested across chunk boundaries.
    ///
    /// - Precondition: `chunkSize > 0`.
    init(bytes: [UInt8], chunkSize: Int = 64 * 1024) {
        precondition(chunkSize > 0, "chunkSize must be positive")
        var offset = 0
        self.init { () throws(StandardInput.ReadError) -> [UInt8]? in
            guard offset < bytes.count else { return nil }
            let end = min(offset + chunkSize, bytes.count)
            defer { offset = end }
            return Array(bytes[offset..<end])
        }
    }

    /// The next chunk of input, without the byte order mark if the input starts with one;
    /// `nil` at the end.
    mutating func nextChunk() throws(StandardInput.ReadError) -> [UInt8]? {
        if started { return try reader() }
        started = true
        // The mark may arrive split across reads: look at three bytes before deciding.
        var head: [UInt8] = []
        while head.count < Self.byteOrderMark.count, let chunk = try reader() { head += chunk }
        if head.starts(with: Self.byteOrderMark) {
            removedByteOrderMark = true
            head.removeFirst(Self.byteOrderMark.count)
            if head.isEmpty { return try reader() }
        }
        return head.isEmpty ? nil : head
    }

    /// Every byte until the end of the input (after the byte order mark, if any).
    ///
    /// - Complexity: O(n) time and memory in the input.
    mutating func readAll() throws(StandardInput.ReadError) -> [UInt8] {
        var bytes: [UInt8] = []
        while let chunk = try nextChunk() { bytes.append(contentsOf: chunk) }
        return bytes
    }

    /// One line of input.
    struct Line: Hashable, Sendable {
        /// The line's number, counting from 1.
        var number: Int
        /// The line's bytes, without its `\n` (a `\r` before it is kept); empty when the line
        /// is longer than allowed.
        var bytes: [UInt8]
        /// The line's whole length in bytes, without its `\n`.
        var byteCount: Int

        /// Whether the line was longer than allowed, so its bytes were dropped.
        var isTooLong: Bool { byteCount > bytes.count }
    }

    /// Calls `body` with each line, as soon as its line break is read; a last line without a
    /// line break is passed too.
    ///
    /// A line longer than `maxLength` bytes is read to its end but not kept: `body` gets it
    /// with no bytes and ``Line/isTooLong`` set, so that memory stays bounded by `maxLength`
    /// whatever the input.
    ///
    /// - Complexity: O(n) time in the input; O(`maxLength`) memory.
    mutating func forEachLine(maxLength: Int = .max, _ body: (Line) -> Void) throws(StandardInput.ReadError) {
        var pending: [UInt8] = []
        var length = 0
        var number = 0
        func append(_ bytes: ArraySlice<UInt8>) {
            if length <= maxLength {
                if length + bytes.count <= maxLength {
                    pending.append(contentsOf: bytes)
                } else {
                    pending.removeAll()
                }
            }
            length += bytes.count
        }
        func deliver() {
            number += 1
            body(Line(number: number, bytes: length <= maxLength ? pending : [], byteCount: length))
            pending.removeAll(keepingCapacity: pending.count <= 64 * 1024)
            length = 0
        }
        while let chunk = try nextChunk() {
            var start = chunk.startIndex
            while let end = chunk[start...].firstIndex(of: UInt8(ascii: "\n")) {
                append(chunk[start..<end])
                deliver()
                start = end + 1
            }
            append(chunk[start...])
        }
        if length > 0 { deliver() }
    }

    /// The bytes without a leading byte order mark, and whether there was one: the same policy
    /// for a file read at once.
    static func removingByteOrderMark(_ bytes: [UInt8]) -> (bytes: [UInt8], removed: Bool) {
        bytes.starts(with: byteOrderMark) ? (Array(bytes.dropFirst(byteOrderMark.count)), true) : (bytes, false)
    }
}
