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

            Without ADDRESS, addresses are read from standard input, one per line, as UTF-8; \
            blank lines are skipped, a line that is not UTF-8 is rejected (invalidUTF8, with the \
            byte offset), a byte order mark at the start is removed with a note on standard \
            error, and input with no address at all is an error (emptyInput). Invisible \
            formatting (bidirectional marks, zero-width spaces, soft hyphens) is ignored and \
            listed. --from validates sender IDs (`from`): an international number of up to \
            16 digits, or 1 to 11 letters, digits, spaces and & - . _ with at least one letter.

            --json prints one JSON object per input: {"input", "valid", "e164", "msisdn", \
            "countryCallingCode", "invisible", "error": {"code", "message", "offset"}}; with \
            --from also "kind" and "from". The offset counts Unicode scalars of the input (bytes \
            of the line for invalidUTF8); "error" is null for a valid input.

            Exit status: 0 when every input is valid, 1 when any is rejected or there is none, \
            64 for a usage error.
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
        var io = CommandIO.standard()
        try run(io: &io)
    }

    /// Standard input held no address.
    struct EmptyInputError: SMSError {
        /// ``CommandErrorCode/emptyInput``.
        var code: CommandErrorCode { .emptyInput }
        /// Always `nil`.
        var offset: Int? { nil }
        var description: String { "standard input holds no address to validate (every line is blank)" }
    }

    /// Runs the command on `io`: the whole command but for parsing the flags.
    ///
    /// - Throws: `ExitCode` 1 when an input is rejected, standard input holds no address or
    ///   cannot be read.
    func run(io: inout CommandIO) throws {
        let options = try parsingOptions()
        let kind: AddressReport.Kind = senderIDs ? .sender : .recipient
        let json = json
        let write = io.write
        var allValid = true
        func emit(_ report: AddressReport) {
            allValid = allValid && report.isValid
            write((json ? report.json.serialized() : report.text) + "\n")
        }
        if addresses.isEmpty {
            defer { io.noteRemovedByteOrderMark() }
            if io.inputIsTerminal {
                io.writeError("Reading addresses from standard input, one per line; end with Ctrl-D.\n")
            }
            var count = 0
            do throws(StandardInput.ReadError) {
                try io.input.forEachLine { line in
                    let address: String?
                    do throws(UTF8Input.InvalidUTF8Error) {
                        address = try AddressReport.line(line.bytes)
                    } catch {
                        count += 1
                        emit(AddressReport(unreadableLine: line.bytes, number: line.number, error: error, as: kind))
                        return
                    }
                    guard let address else { return }
                    count += 1
                    emit(AddressReport(validating: address, as: kind, options: options))
                }
            } catch {
                throw io.report(CommandError(error), json: json)
            }
            if count == 0 { throw io.report(CommandError(EmptyInputError()), json: json) }
        } else {
            for address in addresses { emit(AddressReport(validating: address, as: kind, options: options)) }
        }
        if !allValid { throw ExitCode.failure }
    }
}
