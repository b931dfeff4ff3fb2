import ArgumentParser
import SMSCore
import Testing

@testable import SMSCommandLine

/// `sms analyze` with national language tables (issue 9): the flags, the JSON members and the
/// `--jsonl` members.
@Suite struct AnalyzeNationalLanguageTests {
    @Test func languagesEnableBothTablesAndTheKindFlagsReplaceOneList() throws {
        let both = try AnalyzeCommand.parse(["--languages", "tr,es", "x"]).settings()
        #expect(both.lockingShiftLanguages == [.turkish])
        #expect(both.singleShiftLanguages == [.turkish, .spanish])
        let separate = try AnalyzeCommand.parse(["--languages", "tr", "--single-shift", "pt,es", "x"]).settings()
        #expect(separate.lockingShiftLanguages == [.turkish])
        #expect(separate.singleShiftLanguages == [.portuguese, .spanish])
        let lockingOnly = try AnalyzeCommand.parse(["--locking-shift", "hi", "x"]).settings()
        #expect(lockingOnly.lockingShiftLanguages == [.hindi] && lockingOnly.singleShiftLanguages.isEmpty)
    }

    @Test(arguments: [
        (["--languages", "xx"], #""xx" is not a national language of TS 23.038"#),
        (["--locking-shift", "es"], "Spanish (es) has no locking-shift table"),
    ])
    func unknownCodesAndSpanishLockingShiftAreUsageErrors(arguments: [String], message: String) {
        do {
            _ = try SMSCommand.parseAsRoot(["analyze"] + arguments + ["x"])
            Issue.record("accepted \(arguments)")
        } catch {
            #expect(SMSCommand.exitCode(for: error).rawValue == 64)
            #expect(SMSCommand.message(for: error).contains(message))
        }
    }

    @Test func theJSONNamesTheTablesAndTheAlternatives() throws {
        // 71 × ş: the Turkish locking-shift table (ş at 0x1D) in 1 part; UCS-2 would take 2.
        var settings = AnalyzeSettings()
        settings.setLanguages([.turkish])
        let report = AnalyzeReport(analyzing: String(repeating: "ş", count: 71), options: try settings.segmentationOptions())
        let json = report.json
        #expect(json["encoding"] == "GSM-7")
        #expect(json["lockingShift"] == "tr")
        #expect(json["singleShift"] == .null)
        #expect(json["unitsPerPart"] == 155)
        #expect(json["alternatives"] == [["encoding": "UCS-2", "units": 71, "parts": 2]])
        #expect(json["nonGSM"] == [])
        // The header of the single part announces the table: 03 25 01 01.
        #expect(json["segments"]?[0]?["udh"] == "03250101")
        #expect(report.text.contains("Tables:    Turkish locking shift, default extension table"))
    }

    @Test func withoutLanguagesTheTablesAreNullAndTheAlternativesListBothEncodings() throws {
        let json = AnalyzeReport(analyzing: "Hi €", options: SegmentationOptions()).json
        #expect(json["lockingShift"] == .null && json["singleShift"] == .null)
        #expect(json["alternatives"] == [
            ["encoding": "GSM-7", "units": 5, "parts": 1], ["encoding": "UCS-2", "units": 4, "parts": 1],
        ])
    }

    @Test func aJSONLinesLineCarriesItsLanguages() throws {
        let line = #"{"id": 1, "text": "şá", "lockingShiftLanguages": ["tr"], "singleShiftLanguages": ["es"]}"#
        let output = try #require(JSONLinesAnalyzer.process(line: line, defaults: AnalyzeSettings()))
        let json = try JSONValue.parse(Array(output.utf8))
        #expect(json["lockingShift"] == "tr")
        #expect(json["singleShift"] == "es")
        // ş 1 septet, á 2 (escape + 0x61); both tables: UDH 06 25 01 01 24 01 02.
        #expect(json["units"] == 3)
        #expect(json["segments"]?[0]?["udh"] == "06250101240102")
        let both = try #require(JSONLinesAnalyzer.process(line: #"{"text": "ş", "languages": ["tr"]}"#, defaults: AnalyzeSettings()))
        #expect(try JSONValue.parse(Array(both.utf8))["lockingShift"] == "tr")
        let bad = try #require(JSONLinesAnalyzer.process(line: #"{"id": 2, "text": "ş", "languages": "tr"}"#, defaults: AnalyzeSettings()))
        #expect(bad.contains(#""languages\" must be an array of language codes"#) || bad.contains("must be an array of language codes"))
    }

    @Test func decodeShowsThePartsTables() throws {
        // The single part above: UDH 03 25 01 01, ş = 0x1D packed after 3 fill bits.
        let decoded = try DecodedUserData(
            parsing: UserData(bytes: [0x03, 0x25, 0x01, 0x01, 0xE8, 0x00], length: 6), encoding: .gsm7, hasHeader: true)
        #expect(decoded.text == "ş")
        #expect(decoded.tables == GSM7Tables(lockingShift: .turkish))
    }
}
