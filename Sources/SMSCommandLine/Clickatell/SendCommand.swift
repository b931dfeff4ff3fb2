#if Clickatell
import ArgumentParser
import ClickatellHTTP
import Foundation

/// `sms send`: send a text through Clickatell.
struct SendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "send",
        abstract: "Send a text through Clickatell's HTTP API.",
        discussion: """
            The engine decides the wire text: unicode=0 with Windows-1252 bytes when every \
            character is GSM-7 and has such a byte, unicode=1 with UCS-2 hex otherwise; concat \
            is the number of parts that plan needs. A text needing more parts than --max-parts \
            (default 3) is refused before any request. Invalid recipients get a result of their \
            own and are not sent.

            Credentials come from CLICKATELL_API_ID, CLICKATELL_USER and CLICKATELL_PASSWORD; \
            --api-id and --user override them, and --password-file PATH (- for standard input) \
            reads the password. The password is never taken from the command line.

            --dry-run sends nothing and prints what would go on the wire (no credentials \
            needed). --json prints one object per result and line: {"to", "serverTo", \
            "accepted", "apiMessageId", "error": {"code", "message", "offset", \
            "clickatellCode"}}, every key present.

            Exit status: 0 when every request was answered, whatever each recipient's result; \
            1 when nothing or not everything could be sent (too many parts, no valid recipient, \
            authentication, transport); 64 for a usage error.
            """
    )

    @OptionGroup var clickatell: ClickatellOptions

    @Option(help: ArgumentHelp("Recipients, comma-separated (repeatable), in international format.", valueName: "numbers"))
    var to: [String] = []

    @Option(help: ArgumentHelp("The sender: up to 16 digits, or up to 11 letters, digits, spaces and & - . _.", valueName: "sender"))
    var from: String?

    @Option(help: "The most parts allowed (concat), 1...35.")
    var maxParts = ClickatellText.defaultMaxParts

    @Option(name: .customLong("cli-msg-id"), help: ArgumentHelp("Your message id (cliMsgId), 1 to 32 letters and digits.", valueName: "id"))
    var clientMessageID: String?

    @Flag(help: "Send nothing; print what would go on the wire.")
    var dryRun = false

    @Flag(help: "Send with GET (parameters in the query) instead of POST.")
    var get = false

    @Argument(help: "The message. Read from standard input when omitted.")
    var text: String?

    /// The recipients, split at commas.
    var recipients: [String] {
        to.flatMap { $0.split(separator: ",", omittingEmptySubsequences: true).map(String.init) }
    }

    func validate() throws {
        if recipients.isEmpty { throw ValidationError("--to needs at least one recipient.") }
        if text == nil, !dryRun, clickatell.passwordFile == "-" {
            throw ValidationError("--password-file - reads standard input, so give the message as an argument.")
        }
        if !(1...ClickatellLimits.maxConcat).contains(maxParts) {
            throw ValidationError("the maximum number of parts must be between 1 and \(ClickatellLimits.maxConcat), not \(maxParts)")
        }
    }

    /// The message the flags and text describe.
    func message(text: String) throws(ClickatellError) -> ClickatellMessage {
        var message = try ClickatellMessage(text: text, from: from, maxParts: maxParts)
        message.options.clientMessageID = clientMessageID
        if let clientMessageID, !ClickatellSendOptions.isValidClientMessageID(clientMessageID) {
            throw .invalidClientMessageID(clientMessageID)
        }
        return message
    }

    func run() async throws {
        let body: String
        if let text {
            body = text
        } else {
            if isatty(STDIN_FILENO) != 0 {
                FileHandle.standardError.write(Data("Reading the message from standard input; end it with Ctrl-D.\n".utf8))
            }
            var input = ByteStream.standardInput
            do {
                body = try UTF8Input.decode(UTF8Input.removingOneTrailingLineBreak(try input.readAll()))
            } catch let error as StandardInput.ReadError {
                throw CommandIO.standard().report(CommandError(error), json: clickatell.json)
            } catch let error as UTF8Input.InvalidUTF8Error {
                throw CommandIO.standard().report(CommandError(error), json: clickatell.json)
            }
            if input.removedByteOrderMark {
                FileHandle.standardError.write(Data((CommandIO.byteOrderMarkNote(source: "standard input") + "\n").utf8))
            }
        }
        let message: ClickatellMessage
        do {
            message = try self.message(text: body)
        } catch {
            try ClickatellCommandSupport.emit(.failure(error, json: clickatell.json))
            return
        }
        if dryRun {
            try ClickatellCommandSupport.emit(SendDryRun.outcome(message: message, recipients: recipients, method: get ? .get : .post, json: clickatell.json))
            return
        }
        let recipients = recipients
        try await ClickatellCommandSupport.run(clickatell, method: get ? .get : .post) { runner in
            await runner.send(message, to: recipients)
        }
    }
}
#endif
