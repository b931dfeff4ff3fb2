#if Clickatell
import ClickatellHTTP

/// What a Clickatell subcommand prints and its exit status, computed without printing so
/// tests can drive the commands with an in-process transport.
struct CommandOutcome: Hashable, Sendable {
    /// Lines for standard output.
    var output: [String] = []
    /// Lines for standard error.
    var errors: [String] = []
    /// 0 success, 1 could not be done, 64 usage error.
    var exitCode: Int32 = 0

    /// An outcome that failed with a message on standard error.
    static func failure(_ message: String, exitCode: Int32 = 1) -> Self {
        CommandOutcome(output: [], errors: ["error: " + message], exitCode: exitCode)
    }

    /// An outcome that failed with an error: its sentence on standard error and, with `json`,
    /// `{"error": {"code", "message", "offset", "clickatellCode"}}` on standard output, as every
    /// subcommand reports a run-ending error in JSON.
    static func failure(_ error: ClickatellError, json: Bool) -> Self {
        var outcome = failure(error.description)
        if json { outcome.output = [(["error": ClickatellJSON.error(error)] as JSONValue).serialized()] }
        return outcome
    }
}
#endif
