import SMSCore

/// The answer for one input of `sms validate`, printed as text (``text``) or JSON (``json``).
///
/// ```swift
/// let report = AddressReport(validating: "+44 (0)7700-900 123", as: .recipient, options: .init())
/// report.text   // "+44 (0)7700-900 123" -> 447700900123 (+447700900123)
/// report.json.serialized()
/// // {"input":"+44 (0)7700-900 123","valid":true,"e164":"+447700900123","msisdn":"447700900123",
/// //  "countryCallingCode":44,"error":null}
/// ```
struct AddressReport: Sendable {
    /// What the input is validated as.
    enum Kind: Sendable {
        /// A recipient number (`to`): ``MSISDN``.
        case recipient
        /// A sender ID (`from`): ``SenderID``.
        case sender
    }

    /// The input, unchanged (for a line of standard input that is not UTF-8, the line with
    /// each ill-formed sequence shown as U+FFFD; its error says so).
    let input: String
    /// What it was validated as.
    let kind: Kind
    /// The validated sender or number (a recipient is always ``SenderID/numeric(_:)``), or why it
    /// was rejected: an ``AddressError`` (with a hint naming `--fold-digits` where folding
    /// would help), or, for a line of standard input, `invalidUTF8`.
    let result: Result<SenderID, CommandError>

    /// Validates `input` as a recipient number or a sender ID.
    init(validating input: String, as kind: Kind, options: MSISDN.ParsingOptions) {
        self.input = input
        self.kind = kind
        let validated: Result<SenderID, AddressError>
        switch kind {
        case .recipient:
            validated = Result { () throws(AddressError) in .numeric(try MSISDN(validating: input, options: options)) }
        case .sender:
            validated = Result { () throws(AddressError) in try SenderID(validating: input, options: options) }
        }
        result = validated.mapError(Self.commandError)
    }

    /// The report for a line of standard input that is not valid UTF-8.
    init(unreadableLine bytes: [UInt8], number: Int, error: UTF8Input.InvalidUTF8Error, as kind: Kind) {
        input = String(decoding: bytes, as: UTF8.self)
        self.kind = kind
        result = .failure(CommandError(InvalidInputError(error, prefix: "line \(number): ")))
    }

    /// The command's form of an address error: its description, naming the flag
    /// (`--fold-digits`) where the library names the option, when folding would help.
    static func commandError(_ error: AddressError) -> CommandError {
        guard error.isFixedByFoldingDigits else { return CommandError(error) }
        let option = "(foldsNonASCIIDigits)"
        let description = error.description
        if description.contains(option) {
            return CommandError(error, message: description.replacing(option, with: "(--fold-digits)"))
        }
        return CommandError(error, message: description + "; pass --fold-digits")
    }

    /// Whether the input is valid.
    var isValid: Bool { error == nil }

    /// The number: a recipient, or a numeric sender; `nil` for an alphanumeric sender or a
    /// rejected input.
    var number: MSISDN? {
        guard case .success(.numeric(let number)) = result else { return nil }
        return number
    }

    /// Why the input was rejected, or `nil` when it is valid.
    var error: CommandError? {
        guard case .failure(let error) = result else { return nil }
        return error
    }

    /// A line of standard input as an address, without a trailing carriage return; `nil` for
    /// a blank line.
    ///
    /// - Throws: ``UTF8Input/InvalidUTF8Error`` when the line is not valid UTF-8.
    static func line(_ bytes: [UInt8]) throws(UTF8Input.InvalidUTF8Error) -> String? {
        var text = try UTF8Input.decode(bytes)
        if text.hasSuffix("\r") { text.removeLast() }
        if text.unicodeScalars.allSatisfy(\.properties.isWhitespace) { return nil }
        return text
    }
}
