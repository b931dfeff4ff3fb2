import Foundation
import Testing

@_spi(Harness) @testable import SMSCommandLine

/// Replays every input under `FuzzTesting/FailCases/FuzzJSONLines/` and
/// `FuzzTesting/FailCases/FuzzCommandInput/`, and the seeds, through the same checks as those
/// fuzz targets (``CommandFuzzChecks``). Each finding of a fuzz run is saved there and so
/// becomes a test.
@Suite struct CommandFuzzFailCaseTests {
    /// `FuzzTesting/`, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("FuzzTesting")

    static func inputs(in folder: String) throws -> [(name: String, bytes: [UInt8])] {
        let directory = root.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return try names.sorted().filter { !$0.hasPrefix(".") }.map { name in
            (name, Array(try Data(contentsOf: directory.appendingPathComponent(name))))
        }
    }

    @Test func jsonLinesInputsPassTheFuzzTargetsChecks() throws {
        let inputs = try Self.inputs(in: "FailCases/FuzzJSONLines") + Self.inputs(in: "Corpus/FuzzJSONLines")
        #expect(inputs.count >= 8)
        for (name, bytes) in inputs {
            #expect(CommandFuzzChecks.checkJSONLines(bytes) == [], "\(name)")
        }
    }

    @Test func commandInputsPassTheFuzzTargetsChecks() throws {
        let inputs = try Self.inputs(in: "FailCases/FuzzCommandInput") + Self.inputs(in: "Corpus/FuzzCommandInput")
        #expect(inputs.count >= 9)
        for (name, bytes) in inputs {
            #expect(CommandFuzzChecks.checkCommandInput(bytes) == [], "\(name)")
        }
    }

    /// The checks do catch what they are for: an input that breaks a promise is reported.
    @Test func theChecksNoticeABrokenPromise() {
        #expect(CommandFuzzChecks.isValidUTF8(Array("é".utf8)))
        #expect(!CommandFuzzChecks.isValidUTF8([0xC3]))
        #expect(!CommandFuzzChecks.isValidUTF8([0xED, 0xA0, 0x80]))  // an encoded surrogate
    }
}
