#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Foundation
import SMSCore

/// Where a command reads and writes: the process's standard input, output and error in the
/// `sms` executable, memory in tests, fuzzing and benchmarks.
///
/// `sms analyze`, `sms decode` and `sms validate` do all their I/O through one of these, so the
/// same code path runs in the executable and under test.
struct CommandIO {
    /// Standard input.
    var input: ByteStream
    /// Writes text to standard output.
    var write: (String) -> Void
    /// Writes text to standard error.
    var writeError: (String) -> Void
    /// Whether standard input is a terminal (a prompt is then shown before reading it).
    var inputIsTerminal: Bool

    /// The process's standard input, output and error. Each `write` goes out at once, so a
    /// harness reading `--jsonl` answers sees each as soon as its line is answered.
    static func standard() -> CommandIO {
        CommandIO(
            input: .standardInput,
            write: { FileHandle.standardOutput.write(Data($0.utf8)) },
            writeError: { FileHandle.standardError.write(Data($0.utf8)) },
            inputIsTerminal: isatty(STDIN_FILENO) != 0
        )
    }

    /// Says on standard error that a byte order mark was removed from the start of the input,
    /// if one was: the second half of the input policy (see ``ByteStream``). Standard output
    /// stays exactly what the mode promises (one JSON answer per line with `--jsonl`).
    func noteRemovedByteOrderMark() {
        if input.removedByteOrderMark {
            writeError(Self.byteOrderMarkNote(source: "standard input") + "\n")
        }
    }

    /// The note that a byte order mark was removed from the start of `source` (`standard input`,
    /// a file's path), without a line break.
    static func byteOrderMarkNote(source: String) -> String {
        "note: removed the byte order mark (U+FEFF) at the start of \(source)"
    }

    /// Reports an error that ends the run: with `json`, `{"error": {…}}` on standard output,
    /// otherwise `Error: <message> (<code>)` on standard error.
    ///
    /// - Returns: Exit status 1, for the caller to throw.
    func report(_ error: CommandError, json: Bool) -> ExitCode {
        if json {
            write(JSONWriter.pretty.write(["error": error.json]) + "\n")
        } else {
            writeError("Error: \(error.text)\n")
        }
        return ExitCode.failure
    }
}
