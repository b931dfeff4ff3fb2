import ArgumentParser
import Foundation
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
            where "ud" is the whole TP-UD (header included when "udh" is not null); an optional \
            "encoding" ("gsm7" or "ucs2") wins over --encoding. The parts are reassembled by \
            concatenation reference, size and total, and missing, duplicate, conflicting and \
            unusable parts are reported. Inputs are numbered from 1 in the order given.

            Text is printed with control characters escaped (\\n, \\u{1B}, …); --json prints \
            one JSON object with the exact text.

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
        let encoding = try DecodeInput.encoding(named: encoding)
        let report: DecodeReport
        if let userDataHex {
            let input = Result { () throws(DecodeInputError) -> DecodeInput in
                try DecodeInput(udhHex: udhHex, userDataHex: userDataHex, udhi: udhi, udl: udl, encoding: encoding)
            }
            report = DecodeReport(inputs: [input], reassembling: false)
        } else if jsonl {
            var inputs: [Result<DecodeInput, DecodeInputError>] = []
            try StandardInput.forEachLine { line, number in
                guard line.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: "\t") })
                else { return }
                inputs.append(Result { () throws(DecodeInputError) -> DecodeInput in
                    try DecodeInput(jsonLine: line, lineNumber: number, encoding: encoding)
                })
            }
            report = DecodeReport(inputs: inputs, reassembling: true)
        } else {
            let inputs = parts.enumerated().map { index, part in
                Result { () throws(DecodeInputError) -> DecodeInput in
                    try DecodeInput(part: part, number: index + 1, udhi: udhi, encoding: encoding)
                }
            }
            report = DecodeReport(inputs: inputs, reassembling: true)
        }
        if json {
            print(JSONWriter.pretty.write(report.json))
        } else {
            print(report.text, terminator: "")
        }
        if report.hasErrors { throw ExitCode.failure }
    }
}

/// Why a part given to `sms decode` cannot be read: bad hex, a bad JSON line, a header whose
/// UDHL disagrees with its length.
struct DecodeInputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A sentence for people, naming the option or line and the offset.
    var description: String

    init(_ description: String) {
        self.description = description
    }
}

/// One part to decode: TP-UD, whether it starts with a header, TP-UDL if known, and the
/// character set.
struct DecodeInput: Hashable, Sendable {
    /// TP-UD: the header (when there is one), fill bits and payload.
    var userData: [UInt8]
    /// TP-UDHI.
    var hasHeader: Bool
    /// TP-UDL when given; `nil` to infer it.
    var length: Int?
    /// The character set.
    var encoding: SMSEncoding

    init(userData: [UInt8], hasHeader: Bool, length: Int?, encoding: SMSEncoding) {
        self.userData = userData
        self.hasHeader = hasHeader
        self.length = length
        self.encoding = encoding
    }

    /// The `--encoding` value: `gsm7` or `ucs2` (also `GSM-7`, `UCS-2`, any case).
    static func encoding(named name: String) throws(DecodeInputError) -> SMSEncoding {
        switch name.lowercased() {
        case "gsm7", "gsm-7": .gsm7
        case "ucs2", "ucs-2": .ucs2
        default: throw DecodeInputError("the encoding must be gsm7 or ucs2, not \"\(name)\"")
        }
    }

    /// A part from `--udh-hex`, `--user-data-hex`, `--udhi` and `--udl`.
    ///
    /// - Parameters:
    ///   - udhHex: The header given apart (UDHL first), or `nil`; an empty string means none.
    ///   - userDataHex: The user data: what follows the header when `udhHex` is given, otherwise
    ///     the whole TP-UD.
    ///   - udhi: Whether `userDataHex` starts with its header (ignored when `udhHex` is given).
    ///   - udl: TP-UDL of the whole TP-UD, or `nil`.
    ///   - encoding: The character set.
    ///   - label: What to call the input in errors; the option names when empty.
    init(udhHex: String?, userDataHex: String, udhi: Bool, udl: Int?, encoding: SMSEncoding, label: String = "")
        throws(DecodeInputError)
    {
        let header = try Self.hex(udhHex ?? "", what: label.isEmpty ? "--udh-hex" : label + "the header")
        let body = try Self.hex(userDataHex, what: label.isEmpty ? "--user-data-hex" : label + "the user data")
        if let udhl = header.first, Int(udhl) + 1 != header.count {
            throw DecodeInputError(
                "\(label)the header's UDHL says \(udhl) octets follow but \(header.count - 1) do; give the whole header, UDHL first"
            )
        }
        if let udl, udl < 0 { throw DecodeInputError("\(label)TP-UDL \(udl) is negative") }
        self.init(userData: header + body, hasHeader: !header.isEmpty || udhi, length: udl, encoding: encoding)
    }

    /// A part from `--part UDHHEX:USERDATAHEX[:UDL]`.
    init(part: String, number: Int, udhi: Bool, encoding: SMSEncoding) throws(DecodeInputError) {
        let fields = part.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let label = "--part \(number): "
        switch fields.count {
        case 1:
            try self.init(udhHex: nil, userDataHex: fields[0], udhi: udhi, udl: nil, encoding: encoding, label: label)
        case 2, 3:
            var udl: Int? = nil
            if fields.count == 3 {
                guard let value = Int(fields[2]) else {
                    throw DecodeInputError("\(label)TP-UDL \"\(fields[2])\" is not a whole number")
                }
                udl = value
            }
            try self.init(
                udhHex: fields[0], userDataHex: fields[1], udhi: fields[0].isEmpty && udhi, udl: udl, encoding: encoding,
                label: label
            )
        default:
            throw DecodeInputError("\(label)expected UDHHEX:USERDATAHEX[:UDL], got \(fields.count) fields")
        }
    }

    /// A part from a JSON line `{"udh": …, "ud": …, "udl": …, "encoding": …}` in the form of the
    /// peer vectors' `gsm7_packed` entries: `ud` is the whole TP-UD and starts with `udh` when
    /// that is not null.
    init(jsonLine: [UInt8], lineNumber: Int, encoding defaultEncoding: SMSEncoding) throws(DecodeInputError) {
        let label = "line \(lineNumber): "
        let value: JSONValue
        do {
            value = try JSONValue.parse(jsonLine, keepingMembers: ["udh", "ud", "udl", "encoding"])
        } catch {
            throw DecodeInputError(label + error.description)
        }
        guard value.objectMembers != nil else { throw DecodeInputError(label + "expected a JSON object") }
        guard let ud = value["ud"]?.stringValue else { throw DecodeInputError(label + "\"ud\" (a hex string) is required") }
        var encoding = defaultEncoding
        if let name = value["encoding"], !name.isNull {
            guard let string = name.stringValue else { throw DecodeInputError(label + "\"encoding\" must be a string") }
            do {
                encoding = try Self.encoding(named: string)
            } catch {
                throw DecodeInputError(label + error.description)
            }
        }
        var udl: Int? = nil
        if let length = value["udl"], !length.isNull {
            guard let number = length.intValue, number >= 0 else {
                throw DecodeInputError(label + "\"udl\" must be a whole number, 0 or more")
            }
            udl = number
        }
        let bytes = try Self.hex(ud, what: label + "\"ud\"")
        var hasHeader = false
        if let udh = value["udh"], !udh.isNull {
            guard let udhString = udh.stringValue else { throw DecodeInputError(label + "\"udh\" must be a hex string or null") }
            let header = try Self.hex(udhString, what: label + "\"udh\"")
            guard bytes.starts(with: header) else {
                throw DecodeInputError(label + "\"ud\" must start with \"udh\": it is the whole TP-UD, header included")
            }
            hasHeader = !header.isEmpty
        }
        self.init(userData: bytes, hasHeader: hasHeader, length: udl, encoding: encoding)
    }

    /// Octets from hex, with the option or field named in the error.
    static func hex(_ text: String, what: String) throws(DecodeInputError) -> [UInt8] {
        do {
            return try Hex.decode(text)
        } catch {
            throw DecodeInputError("\(what): \(error.description)")
        }
    }
}

/// The decoded parts and, with several parts, the messages they make, ready to print as text or
/// JSON.
struct DecodeReport {
    /// One decoded (or failed) part.
    struct Part {
        /// The input's number, from 1.
        var number: Int
        /// The input, or why it could not be read.
        var input: Result<DecodeInput, DecodeInputError>
        /// TP-UDL used.
        var length: Int = 0
        /// Whether TP-UDL was inferred.
        var lengthInferred = false
        /// Whether inference took a final septet 0x00 as padding.
        var paddingSeptetDropped = false
        /// The decoded part, or why it could not be decoded.
        var decoded: Result<DecodedUserData, DecodeInputError> = .failure(DecodeInputError(""))
    }

    /// Every input, in order.
    var parts: [Part]
    /// The messages, when reassembling; part indices are input numbers (from 1).
    var reassembly: Reassembly?

    /// Decodes every input and, when `reassembling`, puts the decoded parts together.
    init(inputs: [Result<DecodeInput, DecodeInputError>], reassembling: Bool) {
        parts = inputs.enumerated().map { index, input in Self.decode(input, number: index + 1) }
        guard reassembling else { return }
        var numbers: [Int] = []
        var decoded: [DecodedUserData] = []
        for part in parts {
            if case .success(let value) = part.decoded {
                numbers.append(part.number)
                decoded.append(value)
            }
        }
        var reassembly = Reassembly(reassembling: decoded)
        for m in reassembly.messages.indices {
            for s in reassembly.messages[m].slots.indices {
                reassembly.messages[m].slots[s].partIndices = reassembly.messages[m].slots[s].partIndices.map { numbers[$0] }
            }
            for i in reassembly.messages[m].issues.indices {
                reassembly.messages[m].issues[i].partIndices = reassembly.messages[m].issues[i].partIndices.map { numbers[$0] }
            }
        }
        self.reassembly = reassembly
    }

    /// Decodes one input, inferring TP-UDL when it is not given.
    static func decode(_ input: Result<DecodeInput, DecodeInputError>, number: Int) -> Part {
        var part = Part(number: number, input: input)
        guard case .success(let input) = input else {
            if case .failure(let error) = input { part.decoded = .failure(error) }
            return part
        }
        if let length = input.length {
            part.length = length
        } else {
            part.lengthInferred = true
            switch input.encoding {
            case .gsm7:
                part.length = UserData.inferredGSM7Length(of: input.userData, hasHeader: input.hasHeader)
                part.paddingSeptetDropped = part.length != SeptetPacking.maximumSeptetCount(octetCount: input.userData.count)
            case .ucs2, .eightBit:
                part.length = input.userData.count
            }
        }
        do {
            let decoded = try DecodedUserData(
                decoding: UserData(bytes: input.userData, length: part.length), encoding: input.encoding,
                hasHeader: input.hasHeader
            )
            part.decoded = .success(decoded)
        } catch {
            part.decoded = .failure(DecodeInputError(error.description))
        }
        return part
    }

    /// Whether some input could not be read or decoded.
    var hasErrors: Bool {
        parts.contains { if case .failure = $0.decoded { true } else { false } }
    }

    // MARK: Text

    /// The report for people: each part, then each message.
    var text: String {
        var lines: [String] = []
        let single = reassembly == nil
        for part in parts {
            lines += Self.lines(for: part, single: single)
        }
        if let reassembly {
            for (index, message) in reassembly.messages.enumerated() {
                lines += Self.lines(for: message, number: index + 1)
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    private static func lines(for part: Part, single: Bool) -> [String] {
        let indent = single ? "" : "  "
        var lines: [String] = []
        if !single { lines.append("input #\(part.number):") }
        let decoded: DecodedUserData
        switch part.decoded {
        case .failure(let error):
            lines.append(indent + "error: \(error.description)")
            return lines
        case .success(let value):
            decoded = value
        }
        lines.append(indent + "encoding: \(decoded.encoding)")
        var length = "TP-UDL: \(part.length) \(decoded.encoding == .gsm7 ? "septets" : "octets")"
        if part.lengthInferred {
            length += decoded.encoding == .gsm7 ? " (inferred; pass --udl to be exact)" : " (inferred: every octet given)"
        }
        lines.append(indent + length)
        if part.paddingSeptetDropped {
            lines.append(
                indent + "  a last septet 0x00 was taken as padding; if the text ends in \"@\", TP-UDL is one more"
            )
        }
        if decoded.headerOctets > 0, case .success(let input) = part.input {
            lines.append(indent + "header: " + Hex.encode(input.userData.prefix(decoded.headerOctets)))
            for element in decoded.header.elements {
                var line = indent + "  " + element.description
                if let meaning = Self.meaning(of: element) { line += " — " + meaning }
                lines.append(line)
            }
            if let error = decoded.ignoredHeaderError {
                lines.append(indent + "  ignored (TS 23.040 9.2.3.24): \(error.description)")
            }
        }
        lines.append(indent + "text: " + VisibleText.escaping(decoded.text.unicodeScalars))
        if !decoded.notes.isEmpty {
            lines.append(indent + "notes:")
            for note in decoded.notes { lines.append(indent + "  - " + note.description) }
        }
        return lines
    }

    private static func lines(for message: ReassembledMessage, number: Int) -> [String] {
        var lines: [String] = []
        let inputs = message.slots.flatMap(\.partIndices).sorted().map { "#\($0)" }.joined(separator: ", ")
        if let key = message.key {
            let state = message.isComplete ? "complete" : "incomplete"
            lines.append("message \(number): \(key), \(state) (inputs \(inputs))")
        } else {
            lines.append("message \(number): one part without a usable concatenation header (input \(inputs))")
        }
        if let text = message.text {
            lines.append("  text: " + VisibleText.escaping(text.unicodeScalars))
        } else if !message.missingSequences.isEmpty {
            lines.append("  missing: " + message.missingSequences.map(String.init).joined(separator: ", "))
        }
        if !message.issues.isEmpty {
            lines.append("  issues:")
            for issue in message.issues { lines.append("    - " + issue.description) }
        }
        return lines
    }

    /// What a known element says, e.g. `reference 73 (8-bit), part 1 of 5`.
    static func meaning(of element: UserDataHeader.InformationElement) -> String? {
        let data = element.data
        if let concatenation = Concatenation(element) {
            return concatenation.description + (concatenation.isValid ? "" : "; unusable (TS 23.040 9.2.3.24.1)")
        }
        switch element.identifier {
        case .applicationPort8Bit where data.count == 2:
            return "destination port \(data[0]), origin port \(data[1])"
        case .applicationPort16Bit where data.count == 4:
            return "destination port \(Int(data[0]) << 8 | Int(data[1])), origin port \(Int(data[2]) << 8 | Int(data[3]))"
        case .nationalLanguageSingleShift where data.count == 1, .nationalLanguageLockingShift where data.count == 1:
            return "language \(data[0])"
        default:
            return nil
        }
    }

    // MARK: JSON

    /// `{"parts": […]}`, plus `"messages": […]` when reassembling.
    var json: JSONValue {
        var members: [(String, JSONValue)] = [("parts", .array(parts.map(Self.json(for:))))]
        if let reassembly {
            members.append(("messages", .array(reassembly.messages.map(Self.json(for:)))))
        }
        return .object(members)
    }

    private static func json(for part: Part) -> JSONValue {
        var members: [(String, JSONValue)] = [("input", .number(part.number))]
        let decoded: DecodedUserData
        switch part.decoded {
        case .failure(let error):
            members.append(("error", ["message": .string(error.description)]))
            return .object(members)
        case .success(let value):
            decoded = value
        }
        var header = ""
        if decoded.headerOctets > 0, case .success(let input) = part.input {
            header = Hex.encode(input.userData.prefix(decoded.headerOctets))
        }
        members += [
            ("encoding", .string(decoded.encoding.description)),
            ("udl", .number(part.length)),
            ("udlInferred", .bool(part.lengthInferred)),
            ("paddingSeptetDropped", .bool(part.paddingSeptetDropped)),
            ("udh", decoded.headerOctets > 0 ? .string(header) : .null),
            ("elements", .array(decoded.header.elements.map(json(for:)))),
            ("ignoredHeaderError", decoded.ignoredHeaderError.map { .string($0.description) } ?? .null),
            ("text", .string(decoded.text)),
            ("notes", .array(decoded.notes.map(json(for:)))),
        ]
        return .object(members)
    }

    private static func json(for element: UserDataHeader.InformationElement) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("iei", .number(Int(element.identifier.rawValue))),
            ("name", element.identifier.name.map { .string($0) } ?? .null),
            ("data", .string(Hex.encode(element.data))),
        ]
        if let concatenation = Concatenation(element) {
            members.append(
                (
                    "concatenation",
                    [
                        "reference": .number(Int(concatenation.reference)),
                        "referenceBits": .number(concatenation.referenceBits == .eight ? 8 : 16),
                        "total": .number(Int(concatenation.total)),
                        "sequence": .number(Int(concatenation.sequence)),
                        "valid": .bool(concatenation.isValid),
                    ]
                )
            )
        }
        return .object(members)
    }

    private static func json(for note: DecodingNote) -> JSONValue {
        [
            "kind": .string(note.kind.rawValue),
            "offset": .number(note.offset),
            "value": .number(Int(note.value)),
            "description": .string(note.description),
        ]
    }

    private static func json(for message: ReassembledMessage) -> JSONValue {
        var members: [(String, JSONValue)] = []
        if let key = message.key {
            members += [
                ("reference", .number(Int(key.reference))),
                ("referenceBits", .number(key.referenceBits == .eight ? 8 : 16)),
                ("total", .number(Int(key.total))),
            ]
        } else {
            members += [("reference", .null), ("referenceBits", .null), ("total", .null)]
        }
        members += [
            ("complete", .bool(message.isComplete)),
            ("text", message.text.map { .string($0) } ?? .null),
            ("missing", .array(message.missingSequences.map { .number($0) })),
            (
                "slots",
                .array(
                    message.slots.map { slot in
                        ["sequence": .number(slot.sequence), "inputs": .array(slot.partIndices.map { .number($0) })]
                    }
                )
            ),
            (
                "issues",
                .array(
                    message.issues.map { issue in
                        [
                            "kind": .string(issue.kind.rawValue),
                            "sequence": issue.sequence.map { .number($0) } ?? .null,
                            "inputs": .array(issue.partIndices.map { .number($0) }),
                            "description": .string(issue.description),
                        ]
                    }
                )
            ),
        ]
        return .object(members)
    }
}
