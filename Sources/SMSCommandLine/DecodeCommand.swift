import ArgumentParser
import SMSCore

/// `sms decode`: the header elements and text of received SMS user data, and the messages its
/// parts make.
///
/// The work is done by ``DecodeInput`` (reading the options and JSON lines) and
/// ``DecodeReport`` (decoding, reassembling and printing); this type reads the flags and prints.
struct DecodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decode",
        abstract: "Decode SMS user data: header elements and text; reassemble concatenated parts.",
        discussion: """
            One part: --user-data-hex with the TP-UD in hex. When the user data header is given \
            apart (as in Clickatell's udh parameter), pass it with --udh-hex and give only what \
            follows it in --user-data-hex (for GSM-7 that starts with the fill bits). When the \
            user data starts with its header, as in a PDU with TP-UDHI set, pass --udhi.

            --udl is TP-UDL for the whole user data, header included: septets for GSM-7, octets \
            for UCS-2. Without it, UCS-2 takes every octet, and GSM-7 takes the most septets the \
            octets hold, except that a last septet 0x00 filling exactly the top 7 bits of the \
            last octet is taken as zero padding (a trailing "@" in a message of 8n septets looks \
            the same; the report says when this happened). Pass --udl when you know it.

            Several parts: repeat --part UDHHEX:USERDATAHEX[:UDL] (UDHHEX may be empty; a value \
            without a colon is user data alone, with --udhi meaning it starts with its header), \
            or pass --jsonl and write JSON lines to standard input in the form of the peer \
            vectors' gsm7_packed entries: {"udh": "050003…" or null, "ud": "…", "udl": 160}, \
            where "ud" is the whole TP-UD (header included when "udh" is not null; with --udhi, \
            "ud" starts with its header when "udh" is absent, null or empty); an optional \
            "encoding" ("gsm7" or "ucs2") wins over --encoding, and an optional "id" (any JSON \
            value) is echoed with the part. Other members are ignored, whatever they hold; a \
            line may have at most 16 MiB. A byte order mark at the start of standard input is \
            removed, with a note on standard error. The parts are reassembled by \
            concatenation reference, size and total, and missing (as runs: 2-254), duplicate, \
            conflicting and unusable parts are reported. Inputs are numbered from 1 in the \
            order given.

            Text is printed with control characters escaped (\\n, \\u{1B}, …); --json prints \
            one JSON object with the exact text. Every JSON error is {"code", "message", \
            "offset"}; the offset counts bytes: octets of the user data, or characters of the \
            hex string for a bad hex digit; null when no one place is at fault.

            Exit status: 0 when every part decodes (also when a message is incomplete: the \
            report says so); 1 when a part cannot be decoded (the report is still printed); 64 \
            for a usage error.
            """
    )

    @Option(name: .customLong("user-data-hex"), help: "The user data (TP-UD) in hex: after the header when --udh-hex is given.")
    var userDataHex: String?

    @Option(name: .customLong("udh-hex"), help: "The user data header in hex, UDHL first, when it is sent apart.")
    var udhHex: String?

    @Flag(help: "The user data starts with its header (TP-UDHI set).")
    var udhi = false

    @Option(help: "TP-UDL of the whole user data: septets for GSM-7, octets for UCS-2. Inferred when omitted.")
    var udl: Int?

    @Option(help: "gsm7 or ucs2.")
    var encoding = "gsm7"

    @Option(name: .customLong("part"), help: "One part as UDHHEX:USERDATAHEX[:UDL]; repeat for each part.")
    var parts: [String] = []

    @Flag(help: "Read parts as JSON lines from standard input.")
    var jsonl = false

    @Flag(help: "Print one JSON object instead of the report.")
    var json = false

    func validate() throws {
        let modes = [userDataHex != nil, !parts.isEmpty, jsonl].filter { $0 }.count
        if modes != 1 {
            throw ValidationError("Give exactly one of --user-data-hex, --part or --jsonl.")
        }
        if userDataHex == nil && (udhHex != nil || udl != nil) {
            throw ValidationError("--udh-hex and --udl go with --user-data-hex; with --part put them in each part.")
        }
        if udhHex != nil && udhi {
            throw ValidationError("--udhi says the user data starts with its header; --udh-hex gives it apart. Use one.")
        }
        do {
            _ = try DecodeInput.encoding(named: encoding)
        } catch {
            throw ValidationError(error.description)
        }
    }

    func run() throws {
        var io = CommandIO.standard()
        try run(io: &io)
    }

    /// Runs the command on `io`: the whole command but for parsing the flags.
    ///
    /// - Throws: `ExitCode` 1 when a part cannot be decoded or standard input cannot be read.
    func run(io: inout CommandIO) throws {
        let encoding = try DecodeInput.encoding(named: encoding)
        defer { io.noteRemovedByteOrderMark() }
        let report: DecodeReport
        if let userDataHex {
            let input = Result { () throws(InvalidInputError) -> DecodeInput in
                try DecodeInput(udhHex: udhHex, userDataHex: userDataHex, udhi: udhi, udl: udl, encoding: encoding)
            }
            report = DecodeReport(inputs: [input], reassembling: false)
        } else if jsonl {
            var inputs: [Result<DecodeInput, InvalidInputError>] = []
            var ids: [JSONValue] = []
            let udhi = udhi
            do {
                try io.input.forEachLine(maxLength: JSONRequest.maxLineLength) { line in
                    if !line.isTooLong && StandardInput.isBlank(line.bytes) { return }
                    let (id, input) = DecodeInput.jsonLine(line, udhi: udhi, encoding: encoding)
                    ids.append(id)
                    inputs.append(input)
                }
            } catch {
                throw io.report(CommandError(error), json: json)
            }
            report = DecodeReport(inputs: inputs, ids: ids, reassembling: true)
        } else {
            let inputs = parts.enumerated().map { index, part in
                Result { () throws(InvalidInputError) -> DecodeInput in
                    try DecodeInput(part: part, number: index + 1, udhi: udhi, encoding: encoding)
                }
            }
            report = DecodeReport(inputs: inputs, reassembling: true)
        }
        if json {
            report.writeJSON(to: io.write)
        } else {
            report.writeText(to: io.write)
        }
        if report.hasErrors { throw ExitCode.failure }
    }
}
