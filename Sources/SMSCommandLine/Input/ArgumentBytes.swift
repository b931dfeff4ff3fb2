#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import SMSCore

/// The command-line arguments as the operating system passed them: bytes, checked for UTF-8
/// before ArgumentParser sees them.
///
/// Swift's `CommandLine.arguments` repairs invalid UTF-8 with U+FFFD without saying so, so
/// `sms analyze "$(printf 'ab\xffcd')"` would count a character that was never typed. The
/// `sms` executable checks the raw bytes first and refuses such an argument with the same error
/// as invalid UTF-8 on standard input: code `invalidUTF8`, the byte offset in the argument.
enum ArgumentBytes {
    /// An argument that is not valid UTF-8; code ``CommandErrorCode/invalidUTF8``, offset the
    /// first bad byte in the argument.
    struct InvalidUTF8Error: SMSError {
        /// The argument's position, counting from 1 after the program's name.
        let argumentNumber: Int
        /// Where the argument's bytes stopped being UTF-8.
        let underlying: UTF8Input.InvalidUTF8Error

        /// ``CommandErrorCode/invalidUTF8``.
        var code: CommandErrorCode { .invalidUTF8 }

        /// The offset in bytes of the first bad byte in the argument.
        var offset: Int? { underlying.byteOffset }

        var description: String { "argument \(argumentNumber): \(underlying.description)" }
    }

    /// Ends the process with `status`.
    static func exitProcess(_ status: Int32) -> Never {
        exit(status)
    }

    /// The process's arguments after the program's name, as bytes.
    static func processArguments() -> [[UInt8]] {
        (1..<Int(CommandLine.argc)).map { index in
            guard let pointer = CommandLine.unsafeArgv[index] else { return [] }
            return Array(UnsafeRawBufferPointer(start: pointer, count: strlen(pointer)).bindMemory(to: UInt8.self))
        }
    }

    /// The first argument that is not valid UTF-8, or `nil` when all are.
    ///
    /// - Complexity: O(n) in the arguments' bytes.
    static func firstInvalid(in arguments: [[UInt8]]) -> InvalidUTF8Error? {
        for (index, bytes) in arguments.enumerated() {
            do {
                _ = try UTF8Input.decode(bytes)
            } catch {
                return InvalidUTF8Error(argumentNumber: index + 1, underlying: error)
            }
        }
        return nil
    }

    /// Reports the first argument that is not valid UTF-8 and returns exit status 1, or returns
    /// `nil` when every argument is UTF-8. The error is written as `{"error": {…}}` on standard
    /// output when the arguments ask for JSON (`--json` or `--jsonl`), otherwise on standard
    /// error, as every run-ending error is.
    static func refuseInvalidUTF8(_ arguments: [[UInt8]], io: CommandIO) -> Int32? {
        guard let error = firstInvalid(in: arguments) else { return nil }
        let json = arguments.contains { $0.elementsEqual("--json".utf8) || $0.elementsEqual("--jsonl".utf8) }
        return io.report(CommandError(error), json: json).rawValue
    }
}
