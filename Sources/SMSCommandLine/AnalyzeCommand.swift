import ArgumentParser
import Foundation
import SMSCore

/// `sms analyze`: how a text travels as SMS.
///
/// The work is done by ``AnalyzeReport`` (one text) and ``JSONLinesAnalyzer`` (`--jsonl`); this
/// type reads the flags and the input and prints.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Show how a text travels as SMS: encoding, units, parts and their headers.",
        discussion: """
            Prints the encoding (GSM-7 or UCS-2), the length in septets or UTF-16 units, the \
            number of parts and what is left in the last one, the characters that forced UCS-2, \
            and each part with its text, units and user data header.

            Without TEXT the message is read from standard input as UTF-8, and one trailing \
            line break (\\n or \\r\\n) is removed, because shells and editors add one; pass \
            --keep-trailing-newline to count it. Input that is not valid UTF-8 is an error. \
            Put -- before a TEXT that starts with a dash.

            --languages tr,pt lets the text stay GSM-7 with national language tables (TS 23.038 \
            annex A: tr es pt bn gu hi kn ml or pa ta te ur), both tables of each; \
            --locking-shift and --single-shift list each kind on its own (for routes that \
            support only single shift). The cheapest pair is chosen; the report says which, and \
            what the default tables and UCS-2 would cost. Networks and handsets must support \
            the tables: none is used unless named.

            --json prints one JSON object. --jsonl reads JSON lines from standard input, each \
            {"text": …} with optional "id", "split", "maxParts", "reference", "referenceBits", \
            "encoding", "languages", "lockingShiftLanguages" and "singleShiftLanguages" (which \
            win over the flags), and writes one object per line; a bad line gives \
            {"id": …, "error": {"code", "message", "offset"}} and the run goes on.

            Every JSON error is {"code", "message", "offset"}: a stable lowerCamelCase code, a \
            sentence, and where the input went wrong (null when no one place is): Unicode \
            scalars of the text, or bytes of the line for invalid UTF-8.

            Exit status: 0 on success, also when --jsonl lines fail; 1 when the text needs more \
            parts than --max-parts (the report is still printed, with the error) or the input \
            cannot be read; 64 for a usage error.
            """
    )

    @Argument(help: "The message. Read from standard input when omitted.")
    var text: String?

    @Flag(help: "Print one JSON object instead of the report.")
    var json = false

    @Flag(help: "Read JSON lines from standard input; write one JSON object per line.")
    var jsonl = false

    @Option(help: "Where a part may end: graphemes, scalars or words.")
    var split = SegmentationOptions.SplitPolicy.graphemes.rawValue

    @Option(help: "The most parts allowed, 1...255.")
    var maxParts = 255

    @Option(help: "The concatenation reference: 0...255, or 0...65535 with 16-bit references. Random when omitted.")
    var reference: Int?

    @Option(help: "The size of the concatenation reference: 8 or 16.")
    var referenceBits = 8

    @Option(help: "auto (GSM-7 when the text allows it) or ucs2.")
    var encoding = SegmentationOptions.EncodingPreference.automatic.rawValue

    @Option(help: "National languages whose locking-shift and single-shift tables may be used, comma-separated: tr,es,pt,bn,gu,hi,kn,ml,or,pa,ta,te,ur.")
    var languages: String?

    @Option(help: "National locking-shift tables that may be used, comma-separated (instead of those of --languages).")
    var lockingShift: String?

    @Option(help: "National single-shift tables that may be used, comma-separated (instead of those of --languages).")
    var singleShift: String?

    @Flag(help: "Keep the trailing line break of standard input.")
    var keepTrailingNewline = false

    /// The message from standard input: UTF-8, without one trailing line break unless asked.
    private func readMessage() throws(CommandError) -> String {
        var bytes: [UInt8]
        do {
            bytes = try StandardInput.readAll()
        } catch {
            throw CommandError(error)
        }
        if !keepTrailingNewline { bytes = UTF8Input.removingOneTrailingLineBreak(bytes) }
        do {
            return try UTF8Input.decode(bytes)
        } catch {
            throw CommandError(error)
        }
    }

    /// The settings the flags ask for.
    func settings() throws(InvalidInputError) -> AnalyzeSettings {
        var settings = AnalyzeSettings()
        settings.split = try AnalyzeSettings.splitPolicy(named: split)
        settings.maxParts = maxParts
        settings.reference = reference
        settings.referenceBits = referenceBits
        settings.encodingPreference = try AnalyzeSettings.encodingPreference(named: encoding)
        func codes(_ list: String) -> [String] { list.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        if let languages { settings.setLanguages(try AnalyzeSettings.languages(named: codes(languages))) }
        if let lockingShift {
            settings.lockingShiftLanguages = try AnalyzeSettings.languages(named: codes(lockingShift), lockingShift: true)
        }
        if let singleShift { settings.singleShiftLanguages = try AnalyzeSettings.languages(named: codes(singleShift)) }
        _ = try settings.segmentationOptions()
        return settings
    }

    func validate() throws {
        do {
            _ = try settings()
        } catch {
            throw ValidationError(error.message)
        }
        if json && jsonl {
            throw ValidationError("--json and --jsonl cannot be used together.")
        }
        if jsonl && text != nil {
            throw ValidationError("--jsonl reads its texts from standard input; do not pass TEXT.")
        }
    }

    func run() throws {
        let settings = try settings()
        if jsonl {
            do {
                try StandardInput.forEachLine { line, number in
                    guard let answer = JSONLinesAnalyzer.process(line: line, defaults: settings, lineNumber: number) else {
                        return
                    }
                    FileHandle.standardOutput.write(Data((answer + "\n").utf8))
                }
            } catch {
                throw CommandError(error).report(json: true)
            }
            return
        }
        let message: String
        if let text {
            message = text
        } else {
            if isatty(STDIN_FILENO) != 0 {
                FileHandle.standardError.write(Data("Reading the message from standard input; end it with Ctrl-D.\n".utf8))
            }
            do {
                message = try readMessage()
            } catch {
                throw error.report(json: json)
            }
        }
        let report = AnalyzeReport(analyzing: message, options: try settings.segmentationOptions())
        print(json ? report.json.serialized(pretty: true) : report.text, terminator: json ? "\n" : "")
        if report.error != nil { throw ExitCode.failure }
    }
}
