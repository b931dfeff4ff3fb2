import Foundation
import SMSCore

/// The invariants the command's fuzz targets check (`FuzzTesting/Sources/FuzzJSONLines` and
/// `FuzzCommandInput`), kept here so that the targets and the test that replays their saved
/// inputs (`Tests/SMSCommandLineTests/Harness/CommandFuzzFailCaseTests.swift`) check the same
/// things. Each function runs the command through ``CommandHarness`` and returns the
/// invariants the run broke, as sentences; an empty array means none.
///
/// Outputs are read back with Foundation's `JSONSerialization`, not with the command's own
/// parser, so that a writer bug is not hidden by a matching parser bug.
///
/// Not a stable API: SPI for the fuzz targets and tests.
@_spi(Harness)
public enum CommandFuzzChecks {
    /// `--jsonl` lines: byte 0 picks the mode (bit 0: `sms decode --jsonl --json`, otherwise
    /// `sms analyze --jsonl`; bit 1: `--udhi` or `--all-non-gsm`), the rest is standard input.
    ///
    /// - `analyze`: exit status 0; one answer line per non-blank input line, each a JSON object
    ///   whose first member is `id`; an error is `{code, message, offset}` with a message that
    ///   starts `line N: ` for its own line; an `id` that Foundation reads as a string or an
    ///   integer, written once on its line, is echoed.
    /// - `decode`: exit status 0 or 1; one JSON object with a part per non-blank line, numbered
    ///   from 1, each with its `id`; every message's missing runs are ascending, disjoint and
    ///   not adjacent, its slots ascending, and together they cover 1...total exactly.
    /// - Both: the output is at most 128 bytes per input byte plus 16 KiB per line (a sanity
    ///   bound: a line of control characters listed with `--all-non-gsm` costs about 90).
    public static func checkJSONLines(_ data: [UInt8]) -> [String] {
        guard let mode = data.first else { return [] }
        let input = Array(data.dropFirst())
        let decode = mode & 1 == 1
        let flag = mode & 2 == 2
        let arguments = decode
            ? ["decode", "--jsonl", "--json"] + (flag ? ["--udhi"] : [])
            : ["analyze", "--jsonl"] + (flag ? ["--all-non-gsm"] : [])
        let outcome = CommandHarness.run(arguments: arguments, input: input)
        var failures: [String] = []
        let content = input.starts(with: ByteStream.byteOrderMark) ? Array(input.dropFirst(3)) : input
        let lines = content.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .enumerated().filter { !StandardInput.isBlank($0.element) }
        let bound = 128 * input.count + 16 * 1024 * (lines.count + 1)
        if outcome.outputByteCount > bound {
            failures.append("\(outcome.outputByteCount) bytes of output for \(input.count) bytes of input")
        }
        if decode {
            failures += checkDecodeAnswer(outcome, lineCount: lines.count)
        } else {
            failures += checkAnalyzeAnswers(outcome, lines: lines.map { ($0.offset + 1, Array($0.element)) })
        }
        return failures
    }

    private static func checkAnalyzeAnswers(_ outcome: CommandHarness.Outcome, lines: [(number: Int, bytes: [UInt8])]) -> [String] {
        var failures: [String] = []
        if outcome.status != 0 { failures.append("analyze --jsonl exited \(outcome.status)") }
        var answers = outcome.output.split(separator: "\n", omittingEmptySubsequences: false)
        if answers.last == "" { answers.removeLast() } else { failures.append("the output does not end with a line break") }
        guard answers.count == lines.count else {
            return failures + ["\(answers.count) answers for \(lines.count) non-blank lines"]
        }
        for (answer, line) in zip(answers, lines) {
            guard answer.hasPrefix(#"{"id":"#) else {
                failures.append("line \(line.number): the answer does not start with its id")
                continue
            }
            guard let object = try? JSONSerialization.jsonObject(with: Data(answer.utf8)) as? [String: Any] else {
                failures.append("line \(line.number): the answer is not a JSON object")
                continue
            }
            if let error = object["error"] {
                guard let error = error as? [String: Any], Set(error.keys) == ["code", "message", "offset"] else {
                    failures.append("line \(line.number): the error is not {code, message, offset}")
                    continue
                }
                if (error["message"] as? String)?.hasPrefix("line \(line.number): ") != true {
                    failures.append("line \(line.number): the error message does not name its line")
                }
            }
            if let expected = readableID(of: line.bytes) {
                let echoed = object["id"].map(describe) ?? "absent"
                if echoed != expected { failures.append("line \(line.number): id \(expected) came back as \(echoed)") }
            }
        }
        return failures
    }

    private static func checkDecodeAnswer(_ outcome: CommandHarness.Outcome, lineCount: Int) -> [String] {
        var failures: [String] = []
        if outcome.status != 0 && outcome.status != 1 { failures.append("decode --jsonl exited \(outcome.status)") }
        guard let object = try? JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any],
            let parts = object["parts"] as? [[String: Any]], let messages = object["messages"] as? [[String: Any]]
        else { return failures + ["the output is not {parts, messages}"] }
        if parts.count != lineCount { failures.append("\(parts.count) parts for \(lineCount) non-blank lines") }
        for (index, part) in parts.enumerated() {
            if (part["input"] as? Int) != index + 1 { failures.append("part \(index + 1) is numbered \(part["input"] ?? "nothing")") }
            if part["id"] == nil { failures.append("part \(index + 1) has no id") }
        }
        for (index, message) in messages.enumerated() {
            guard let total = message["total"] as? Int else { continue }
            let missing = (message["missing"] as? [[String: Int]] ?? []).map { ($0["first"] ?? 0, $0["last"] ?? 0) }
            let slots = (message["slots"] as? [[String: Any]] ?? []).compactMap { $0["sequence"] as? Int }
            var covered: [Int] = []
            for (first, last) in missing {
                guard first <= last else { failures.append("message \(index + 1): run \(first)-\(last)"); continue }
                covered += Array(first...last)
            }
            let runsAreApart = zip(missing, missing.dropFirst()).allSatisfy { $0.1 + 1 < $1.0 }
            if !runsAreApart { failures.append("message \(index + 1): missing runs touch or overlap") }
            if slots != slots.sorted() || Set(slots).count != slots.count { failures.append("message \(index + 1): slots out of order") }
            if (covered + slots).sorted() != Array(1...max(total, 1)) {
                failures.append("message \(index + 1): slots and missing runs do not cover 1...\(total)")
            }
            if (message["missingCount"] as? Int) != covered.count { failures.append("message \(index + 1): missingCount") }
        }
        return failures
    }

    /// The line's `id` as Foundation reads it, when it is a string or an integer and the line
    /// names `id` once; `nil` otherwise (nothing to compare).
    private static func readableID(of line: [UInt8]) -> String? {
        var bytes = line[...]
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.components(separatedBy: #""id""#).count == 2,
            let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
            let id = object["id"]
        else { return nil }
        if id is String { return describe(id) }
        if let number = id as? NSNumber, String(cString: number.objCType) != "c", String(cString: number.objCType) != "d",
            Int(exactly: number.doubleValue) != nil, abs(number.doubleValue) < 1e15
        {
            return describe(id)
        }
        return nil
    }

    private static func describe(_ value: Any) -> String {
        if let string = value as? String { return "\"" + string.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ") + "\"" }
        if let number = value as? NSNumber { return number.stringValue }
        if value is NSNull { return "null" }
        return "\(type(of: value))"
    }

    /// The command's input decoding: byte 0 picks the mode, byte 1 the size of each read of
    /// standard input (1 to 64 bytes), the rest is the data: standard input, or arguments
    /// separated by 0x00.
    ///
    /// Modes: `analyze TEXT`, `analyze` (standard input), `analyze --json`, `validate`
    /// (standard input), `validate ADDRESS…`, `decode --jsonl --json` (`analyze` with
    /// `--reference 0`, so that runs can be compared).
    ///
    /// - Arguments: when one is not valid UTF-8, the exit status is 1 and the error names the
    ///   first such argument; otherwise no error says `invalidUTF8`.
    /// - Standard input: the outcome does not depend on how the input is cut into reads; a
    ///   byte order mark in front changes nothing but a note on standard error; `analyze`
    ///   refuses input that is not UTF-8 (`invalidUTF8`, exit status 1, an offset before which
    ///   the input is valid) and accepts input that is.
    public static func checkCommandInput(_ data: [UInt8]) -> [String] {
        guard data.count >= 2 else { return [] }
        let mode = Int(data[0]) % 6
        let chunkSize = 1 + Int(data[1]) % 64
        let payload = Array(data.dropFirst(2))
        var failures: [String] = []
        if mode == 0 || mode == 4 {
            var arguments: [[UInt8]] = mode == 0 ? [Array("analyze".utf8), Array("--".utf8)] : [Array("validate".utf8), Array("--".utf8)]
            let pieces = payload.split(separator: 0, omittingEmptySubsequences: false).map(Array.init)
            arguments += mode == 0 ? [pieces.first ?? []] : pieces
            let outcome = CommandHarness.run(argumentBytes: arguments, input: [])
            if let bad = arguments.firstIndex(where: { !isValidUTF8($0) }) {
                if outcome.status != 1 { failures.append("an argument that is not UTF-8 exited \(outcome.status)") }
                if !outcome.errorOutput.hasPrefix("Error: argument \(bad + 1): the input is not valid UTF-8") {
                    failures.append("argument \(bad + 1) is not UTF-8 but the error says: \(outcome.errorOutput.prefix(200))")
                }
            } else if outcome.errorOutput.contains("invalidUTF8") || outcome.output.contains("invalidUTF8") {
                failures.append("valid UTF-8 arguments were called invalid")
            }
            return failures
        }
        // A fixed reference: a generated one would differ from run to run.
        let arguments: [String] = switch mode {
        case 1: ["analyze", "--reference", "0"]
        case 2: ["analyze", "--json", "--reference", "0"]
        case 3: ["validate"]
        default: ["decode", "--jsonl", "--json"]
        }
        let whole = CommandHarness.run(argumentBytes: arguments.map { Array($0.utf8) }, input: payload)
        let cut = CommandHarness.run(argumentBytes: arguments.map { Array($0.utf8) }, input: payload, chunkSize: chunkSize)
        if cut != whole { failures.append("reading \(chunkSize) bytes at a time changed the outcome of \(arguments)") }
        if !payload.starts(with: ByteStream.byteOrderMark) {
            let marked = CommandHarness.run(argumentBytes: arguments.map { Array($0.utf8) }, input: ByteStream.byteOrderMark + payload)
            let note = CommandIO.byteOrderMarkNote(source: "standard input") + "\n"
            if marked.status != whole.status || marked.output != whole.output || marked.errorOutput != whole.errorOutput + note {
                failures.append("a byte order mark in front changed more than a note for \(arguments)")
            }
        }
        if mode == 1 || mode == 2 {
            let content = payload.starts(with: ByteStream.byteOrderMark) ? Array(payload.dropFirst(3)) : payload
            let refused = (whole.errorOutput + whole.output).contains("invalidUTF8")
            if isValidUTF8(content) == refused {
                failures.append("UTF-8 validity \(isValidUTF8(content)) but refused \(refused)")
            }
            if refused {
                if whole.status != 1 { failures.append("input that is not UTF-8 exited \(whole.status)") }
                let text = whole.errorOutput + whole.output
                if let offset = Int(text.split(separator: "offset ").last?.prefix { $0.isNumber } ?? "") {
                    if offset >= content.count || !isValidUTF8(Array(content[..<offset])) {
                        failures.append("invalid UTF-8 reported at offset \(offset) of \(content.count) bytes")
                    }
                } else {
                    failures.append("invalid UTF-8 reported without an offset")
                }
            }
        }
        return failures
    }

    /// Whether bytes are valid UTF-8, by the standard library's own validating decoder.
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        !transcode(bytes.makeIterator(), from: UTF8.self, to: UTF32.self, stoppingOnError: true) { _ in }
    }
}
