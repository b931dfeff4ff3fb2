import ArgumentParser
import Foundation
import SMSCore

/// `sms validate`: check recipient numbers (or sender IDs) before a message costs money.
///
/// The work is done by ``AddressReport``; this type reads the flags and the inputs and prints.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check phone numbers (or sender IDs) and print their canonical international form.",
        discussion: """
            Each ADDRESS is read as a recipient number: a leading + or 00 (or 011 with \
            --north-america), spaces, dots, dashes, slashes, parentheses and a (0) trunk marker \
            are accepted. Digits without a prefix are read country code first, the form \
            Clickatell's `to` takes. Each line prints the input and its canonical digits, or the \
            reason it was rejected and where (the offset counts Unicode scalars from 0).

            The length check uses libphonenumber's possible lengths (metadata \
            \(CountryCallingCode.metadataVersion)): it tells whether a number could exist, not \
            whether it is in service.

            Without ADDRESS, addresses are read from standard input, one per line; blank lines \
            are skipped. --from validates sender IDs (`from`): an international number of up to \
            16 digits, or 1 to 11 letters, digits, spaces and & - . _ with at least one letter.

            --json prints one JSON object per input: {"input", "valid", "e164", "msisdn", \
            "countryCallingCode", "error": {"reason", "offset"}}; with --from also "kind" and \
            "from".

            Exit status: 0 when every input is valid, 1 when any is rejected, 64 for a usage \
            error.
            """
    )

    @Argument(help: "Phone numbers (sender IDs with --from). Read from standard input, one per line, when omitted.")
    var addresses: [String] = []

    @Flag(help: "Print one JSON object per input, one per line.")
    var json = false

    @Flag(name: .customLong("from"), help: "Validate sender IDs (Clickatell's `from`) instead of recipient numbers.")
    var senderIDs = false

    @Option(help: ArgumentHelp("The country calling code of national numbers, such as 44 for 07700 900123.", valueName: "code"))
    var defaultCountryCode: Int?

    @Flag(help: "The numbers are dialled from a +1 country: 011 is an international prefix too.")
    var northAmerica = false

    @Flag(help: "Read full-width and other non-ASCII digits as 0-9.")
    var foldDigits = false

    @Flag(help: "Accept lengths that are possible only for local dialling, without an area code.")
    var allowLocalOnly = false

    /// The parsing options the flags ask for.
    func parsingOptions() throws(ValidationError) -> MSISDN.ParsingOptions {
        var options = MSISDN.ParsingOptions()
        if let defaultCountryCode {
            guard let code = CountryCallingCode(defaultCountryCode) else {
                throw ValidationError("\(defaultCountryCode) is not an assigned country calling code.")
            }
            options.defaultCountryCallingCode = code
        }
        options.origin = northAmerica ? .northAmerica : .anywhere
        options.foldsNonASCIIDigits = foldDigits
        options.acceptsLocalOnlyLengths = allowLocalOnly
        return options
    }

    func validate() throws {
        _ = try parsingOptions()
    }

    func run() throws {
        let options = try parsingOptions()
        let kind: AddressReport.Kind = senderIDs ? .sender : .recipient
        var allValid = true
        func report(_ input: String) {
            let report = AddressReport(validating: input, as: kind, options: options)
            allValid = allValid && report.isValid
            print(json ? report.json.serialized() : report.text)
        }
        if addresses.isEmpty {
            if isatty(STDIN_FILENO) != 0 {
                FileHandle.standardError.write(Data("Reading addresses from standard input, one per line; end with Ctrl-D.\n".utf8))
            }
            try StandardInput.forEachLine { bytes, _ in
                guard let line = AddressReport.line(bytes) else { return }
                report(line)
            }
        } else {
            addresses.forEach(report)
        }
        if !allValid { throw ExitCode.failure }
    }
}

/// The answer for one input of `sms validate`, as text and as JSON.
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
    /// The validated sender (for ``Kind/sender``) or number, or why it was rejected.
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
    var isValid: Bool {
        if case .success = result { return true }
        return false
    }

    /// One line for people: the quoted input, then the canonical form or the reason.
    ///
    /// `"+44 7700 900123" -> 447700900123 (+447700900123)`,
    /// `"Acme" -> alphanumeric Acme`,
    /// `"07700 900123" -> rejected (missingCountryCode): no country calling code at offset 0: …`
    var text: String {
        let quoted = input.debugDescription
        switch result {
        case .success(.numeric(let number)):
            let kindName = kind == .sender ? "numeric " : ""
            return "\(quoted) -> \(kindName)\(number.digits) (\(number.e164))"
        case .success(.alphanumeric(let name)):
            return "\(quoted) -> alphanumeric \(name)"
        case .failure(let error):
            return "\(quoted) -> rejected (\(error.reason)): \(error)"
        }
    }

    /// One JSON object: `input`, `valid`, (`kind`, `from` for sender IDs,) `e164`, `msisdn`,
    /// `countryCallingCode` and `error` (`{"reason", "offset"}`), `null` where they do not apply.
    var json: JSONValue {
        var members: [(String, JSONValue)] = [("input", .string(input)), ("valid", .bool(isValid))]
        let number: MSISDN?
        switch result {
        case .success(.numeric(let value)): number = value
        default: number = nil
        }
        if kind == .sender {
            switch result {
            case .success(let sender):
                members.append(("kind", .string(sender.kind)))
                members.append(("from", .string(sender.value)))
            case .failure:
                members.append(("kind", .null))
                members.append(("from", .null))
            }
        }
        members.append(("e164", number.map { .string($0.e164) } ?? .null))
        members.append(("msisdn", number.map { .string($0.digits) } ?? .null))
        members.append(("countryCallingCode", number.map { .number($0.countryCallingCode.value) } ?? .null))
        switch result {
        case .success:
            members.append(("error", .null))
        case .failure(let error):
            members.append(("error", .object([("reason", .string(error.reason.rawValue)), ("offset", .number(error.offset))])))
        }
        return .object(members)
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
