import SMSCore

/// An option value or input line that `sms analyze` cannot use.
///
/// In single-text mode it becomes a usage error; in `--jsonl` mode it becomes the line's
/// `{"code", "message", "offset"}` error object (``CommandError``) and the run goes on.
struct InvalidInputError: SMSError {
    /// What went wrong: ``CommandErrorCode/invalidInput`` for a bad option value or request
    /// member, or the code of the error it wraps (`invalidUTF8`, `invalidJSON`).
    let code: CommandErrorCode

    /// A sentence for people, e.g. `the reference size must be 8 or 16 bits, not 12`.
    let message: String

    /// Where the line went wrong (bytes of the line, for invalid UTF-8), or `nil`.
    let offset: Int?

    /// An ``CommandErrorCode/invalidInput`` error with the given message.
    init(_ message: String) {
        code = .invalidInput
        self.message = message
        offset = nil
    }

    /// Another error, keeping its code and offset, its message after `prefix`.
    init(_ error: some SMSError, prefix: String = "") {
        code = CommandErrorCode(rawValue: error.code.rawValue)
        message = prefix + error.description
        offset = error.offset
    }

    var description: String { message }
}
