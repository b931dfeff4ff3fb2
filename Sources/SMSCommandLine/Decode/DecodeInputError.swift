import SMSCore

/// Why a part given to `sms decode` cannot be read: bad hex, a bad JSON line, a header whose
/// UDHL disagrees with its length.
///
/// Reported as ``CommandError``: `{"code", "message", "offset"}`.
struct DecodeInputError: SMSError {
    /// What went wrong: ``CommandErrorCode/invalidInput`` for a part that cannot be used as
    /// given, or the code of the error it wraps (`invalidDigit`, `oddLength`, `invalidJSON`).
    let code: CommandErrorCode

    /// A sentence for people, naming the option or line and the offset.
    let description: String

    /// Where the input went wrong, or `nil`: for a hex error, the offset of the character in the
    /// hex string (the byte offset too, since every character before it is an ASCII digit).
    let offset: Int?

    /// An ``CommandErrorCode/invalidInput`` error with the given sentence.
    init(_ description: String) {
        code = .invalidInput
        self.description = description
        offset = nil
    }

    /// Another error, keeping its code and offset, its message after `prefix`.
    init(_ error: some SMSError, prefix: String) {
        code = CommandErrorCode(rawValue: error.code.rawValue)
        description = prefix + error.description
        offset = error.offset
    }
}
