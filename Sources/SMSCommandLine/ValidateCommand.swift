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
            "countryCallingCode", "error": {"code", "message", "offset"}}; with --from also \
            "kind" and "from". The offset counts Unicode scalars of the input; "error" is null \
            for a valid input.

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
        func check(_ input: String) {
            let report = AddressReport(validating: input, as: kind, options: options)
            allValid = allValid && report.isValid
            print(json ? report.json.serialized() : report.text)
        }
        if addresses.isEmpty {
            if isatty(STDIN_FILENO) != 0 {
                FileHandle.standardError.write(Data("Reading addresses from standard input, one per line; end with Ctrl-D.\n".utf8))
            }
            do {
                try StandardInput.forEachLine { bytes, _ in
                    guard let line = AddressReport.line(bytes) else { return }
                    check(line)
                }
            } catch {
                throw CommandError(error).report(json: json)
            }
        } else {
            addresses.forEach(check)
        }
        if !allValid { throw ExitCode.failure }
    }
}
