/// An option value or input line that `sms analyze` cannot use.
///
/// In single-text mode it becomes a usage error; in `--jsonl` mode it becomes the line's
/// `{"code": "invalidInput", "message": …}` error object and the run goes on.
struct InvalidInputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The machine-readable code written into JSON error objects.
    static let code = "invalidInput"

    /// A sentence for people, e.g. `the reference size must be 8 or 16 bits, not 12`.
    var message: String

    /// Creates an error with the given message.
    init(_ message: String) {
        self.message = message
    }

    var description: String { message }
}
