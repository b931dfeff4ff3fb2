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

    /// The input, unchanged.
    let input: String
    /// What it was validated as.
    let kind: Kind
    /// The validated sender or number (a recipient is always ``SenderID/numeric(_:)``), or why it
    /// was rejected.
    let result: Result<SenderID, AddressError>

    /// Validates `input` as a recipient number or a sender ID.
    init(validating input: String, as kind: Kind, options: MSISDN.ParsingOptions) {
        self.input = input
        self.kind = kind
        switch kind {
        case .recipient:
            result = Result { () throws(AddressError) in .numeric(try MSISDN(validating: input, options: options)) }
        case .sender:
            result = Result { () throws(AddressError) in try SenderID(validating: input, options: options) }
        }
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
    var error: AddressError? {
        guard case .failure(let error) = result else { return nil }
        return error
    }

    /// A line of standard input as an address: UTF-8 (invalid bytes become U+FFFD, which no
    /// address allows), without a trailing carriage return; `nil` for a blank line.
    static func line(_ bytes: [UInt8]) -> String? {
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasSuffix("\r") { text.removeLast() }
        if text.unicodeScalars.allSatisfy(\.properties.isWhitespace) { return nil }
        return text
    }
}
