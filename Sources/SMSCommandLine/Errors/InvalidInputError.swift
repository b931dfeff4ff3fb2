import SMSCore

/// An option value, `sms analyze` request line or `sms decode` part that cannot be used as
/// given.
///
/// `sms analyze` turns it into a usage error in single-text mode, and into the line's
/// `{"code", "message", "offset"}` error object (``CommandError``) in `--jsonl` mode, where the
/// run goes on. `sms decode` reports it as the part's error.
struct InvalidInputError: SMSError {
    /// What went wrong: ``CommandErrorCode/invalidInput`` for a value that cannot be used as
    /// given, or the code of the error it wraps (`invalidUTF8`, `invalidJSON`, `invalidDigit`,
    /// `oddLength`).
    let code: CommandErrorCode

    /// A sentence for people, naming the option, line or part, e.g.
    /// `the reference size must be 8 or 16 bits, not 12`.
    let message: String

    /// Where the input went wrong, or `nil`: bytes of the line for invalid UTF-8; for a hex
    /// error, the character of the hex string (its byte offset too, since every character
    /// before it is ASCII).
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
