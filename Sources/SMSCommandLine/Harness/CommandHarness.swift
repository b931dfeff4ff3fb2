import ArgumentParser

/// A subcommand whose whole run goes through a ``CommandIO``, so that it can be driven with
/// input and output in memory.
protocol RunsOnCommandIO: ParsableCommand {
    /// Runs the command on `io`.
    ///
    /// - Throws: `ExitCode` for a status other than 0, or an error ArgumentParser reports.
    func run(io: inout CommandIO) throws
}

extension AnalyzeCommand: RunsOnCommandIO {}
extension DecodeCommand: RunsOnCommandIO {}
extension ValidateCommand: RunsOnCommandIO {}

/// Runs `sms analyze`, `sms decode` and `sms validate` in process, with standard input, output
/// and error in memory: the whole command path, from the arguments' bytes to the exit status,
/// for the fuzz targets (`FuzzTesting/`) and the hostile-input benchmarks (`Benchmarks/`).
///
/// Not a stable API: it is public only as SPI (`@_spi(Harness) import SMSCommandLine`).
///
/// ```swift
/// let result = CommandHarness.run(arguments: ["analyze", "--json"], input: Array("Hi".utf8))
/// result.status   // 0
/// result.output   // {"encoding": "GSM-7", …}
/// ```
@_spi(Harness)
public enum CommandHarness {
    /// What one run printed and its exit status.
    public struct Outcome: Hashable, Sendable {
        /// The exit status: 0, 1 or 64.
        public var status: Int32
        /// Standard output, when kept.
        public var output: String
        /// Standard error.
        public var errorOutput: String
        /// The number of UTF-8 bytes written to standard output, kept or not.
        public var outputByteCount: Int
    }

    /// Runs the command line `arguments` (after the program's name, as bytes: they are checked
    /// for UTF-8 as the `sms` executable checks them) with `input` on standard input.
    ///
    /// - Parameters:
    ///   - arguments: The arguments' bytes, e.g. `[Array("analyze".utf8), Array("--json".utf8)]`.
    ///   - input: Standard input.
    ///   - chunkSize: How many bytes each read of standard input returns.
    ///   - keepsOutput: Whether to keep standard output (`false` only counts its bytes, for runs
    ///     whose output is large).
    /// - Returns: The exit status and what was written.
    public static func run(
        argumentBytes arguments: [[UInt8]], input: [UInt8], chunkSize: Int = 64 * 1024, keepsOutput: Bool = true
    ) -> Outcome {
        let box = Box()
        var io = CommandIO(
            input: ByteStream(bytes: input, chunkSize: max(1, chunkSize)),
            write: { text in
                box.byteCount += text.utf8.count
                if keepsOutput { box.output += text }
            },
            writeError: { box.errors += $0 },
            inputIsTerminal: false
        )
        let status = run(arguments, io: &io)
        return Outcome(status: status, output: box.output, errorOutput: box.errors, outputByteCount: box.byteCount)
    }

    /// As ``run(argumentBytes:input:chunkSize:keepsOutput:)`` with arguments given as strings.
    public static func run(arguments: [String], input: [UInt8] = [], keepsOutput: Bool = true) -> Outcome {
        run(argumentBytes: arguments.map { Array($0.utf8) }, input: input, keepsOutput: keepsOutput)
    }

    /// Runs the arguments on `io` and returns the exit status.
    static func run(_ arguments: [[UInt8]], io: inout CommandIO) -> Int32 {
        if let status = ArgumentBytes.refuseInvalidUTF8(arguments, io: io) { return status }
        let strings = arguments.map { String(decoding: $0, as: UTF8.self) }
        do {
            let command = try SMSCommand.parseAsRoot(strings)
            guard let runnable = command as? any RunsOnCommandIO else {
                io.writeError("the harness runs analyze, decode and validate only\n")
                return 64
            }
            try runnable.run(io: &io)
            return 0
        } catch let exit as ExitCode {
            return exit.rawValue
        } catch {
            let message = SMSCommand.message(for: error)
            if !message.isEmpty { io.writeError(message + "\n") }
            return SMSCommand.exitCode(for: error).rawValue
        }
    }

    /// The output being collected: captured by the writing closures.
    private final class Box {
        var output = ""
        var errors = ""
        var byteCount = 0
    }
}
