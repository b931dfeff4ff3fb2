import SMSCore

/// One error as the `sms` command reports it, whatever the subcommand and whatever went wrong:
/// a stable lowerCamelCase code, a sentence for people, and where the input went wrong.
///
/// Every JSON error the command writes is ``json``, one object with the same three keys:
///
/// ```json
/// {"code": "invalidDigit", "message": "\"G\" at offset 3 is not a hex digit", "offset": 3}
/// ```
///
/// `offset` is `null` when no one place is at fault. It counts Unicode scalars for text input
/// (`sms analyze`, `sms validate`) and bytes for byte or hex input (`sms decode`: octets of the
/// user data, or characters of the hex string for a bad hex digit; invalid UTF-8 on standard
/// input: bytes of the line).
///
/// ```swift
/// CommandError(HexError.invalidDigit("G", offset: 3)).json
/// // {"code":"invalidDigit","message":"\"G\" at offset 3 is not a hex digit","offset":3}
/// ```
struct CommandError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The stable lowerCamelCase name, such as `tooManyParts`.
    let code: String
    /// A sentence for people.
    let message: String
    /// Where the input went wrong, or `nil`; see the type's discussion for the unit.
    let offset: Int?

    /// The command's form of any error of the package or of the command.
    init(_ error: some SMSError) {
        code = error.code.rawValue
        message = error.description
        offset = error.offset
    }

    /// The command's form of an error of the package, with the command's own sentence (for
    /// example one that names a flag).
    init(_ error: some SMSError, message: String) {
        code = error.code.rawValue
        self.message = message
        offset = error.offset
    }

    /// `{"code", "message", "offset"}`, in that order; `offset` is `null` when there is none.
    var json: JSONValue {
        [
            "code": .string(code),
            "message": .string(message),
            "offset": offset.map(JSONValue.number) ?? .null,
        ]
    }

    /// The message and the code for a text report, e.g.
    /// `the text needs 4 parts but at most 3 are allowed (tooManyParts)`.
    var text: String { "\(message) (\(code))" }

    /// The message.
    var description: String { message }
}

/// The code of a command-internal error: a stable lowerCamelCase name, as in ``SMSErrorCode``.
struct CommandErrorCode: SMSErrorCode {
    /// The stable name.
    let rawValue: String

    init(rawValue: String) { self.rawValue = rawValue }

    /// An option value, request member or part description that cannot be used.
    static let invalidInput = Self(rawValue: "invalidInput")
    /// Text that is not JSON, or JSON that is not what was expected.
    static let invalidJSON = Self(rawValue: "invalidJSON")
    /// Bytes that are not valid UTF-8.
    static let invalidUTF8 = Self(rawValue: "invalidUTF8")
    /// Standard input could not be read.
    static let readFailed = Self(rawValue: "readFailed")
    /// There was nothing to process: `sms validate` read no address.
    static let emptyInput = Self(rawValue: "emptyInput")
    /// A `--jsonl` line is longer than ``JSONLines/maxLineLength`` bytes.
    static let lineTooLong = Self(rawValue: "lineTooLong")
    /// A value kept from a `--jsonl` line (its `id`) is nested deeper than
    /// ``JSONValue/maxDepth`` levels.
    static let nestingTooDeep = Self(rawValue: "nestingTooDeep")
}
