import ArgumentParser
import SMSCore
import Testing

@testable import SMSCommandLine

@Suite struct AnalyzeCommandTests {
    private func usageError(_ arguments: [String]) -> (code: Int32, message: String)? {
        do {
            _ = try SMSCommand.parseAsRoot(["analyze"] + arguments)
            return nil
        } catch {
            return (SMSCommand.exitCode(for: error).rawValue, SMSCommand.message(for: error))
        }
    }

    @Test func flagsBecomeSettings() throws {
        let command = try AnalyzeCommand.parse([
            "--split", "scalars", "--max-parts", "3", "--reference", "4660", "--reference-bits", "16",
            "--encoding", "ucs2", "Hi",
        ])
        let settings = try command.settings()
        #expect(settings == AnalyzeSettings(
            split: .scalars, maxParts: 3, reference: 4660, referenceBits: 16, encodingPreference: .ucs2
        ))
        #expect(try settings.segmentationOptions().reference == .sixteenBit(4660))
        #expect(command.text == "Hi")
    }

    @Test func defaultsAreGraphemes255PartsAndAGeneratedEightBitReference() throws {
        let options = try AnalyzeCommand.parse([]).settings().segmentationOptions()
        #expect(options == SegmentationOptions(split: .graphemes, maxParts: 255, reference: .eightBit(), encodingPreference: .automatic))
    }

    @Test(arguments: [
        (["--reference", "256"], "an 8-bit reference must be between 0 and 255, not 256"),
        (["--reference=-1"], "an 8-bit reference must be between 0 and 255, not -1"),
        (["--reference", "65536", "--reference-bits", "16"], "a 16-bit reference must be between 0 and 65535, not 65536"),
        (["--reference-bits", "7"], "the reference size must be 8 or 16 bits, not 7"),
        (["--max-parts", "0"], "the maximum number of parts must be between 1 and 255, not 0"),
        (["--max-parts", "256"], "the maximum number of parts must be between 1 and 255, not 256"),
        (["--split", "lines"], #"the split policy must be graphemes, scalars or words, not "lines""#),
        (["--encoding", "gsm7"], #"the encoding must be auto or ucs2, not "gsm7""#),
        (["--json", "--jsonl"], "--json and --jsonl cannot be used together."),
        (["--jsonl", "Hi"], "--jsonl reads its texts from standard input; do not pass TEXT."),
    ])
    func invalidOptionsAreUsageErrors(arguments: [String], message: String) throws {
        let error = try #require(usageError(arguments))
        #expect(error.code == 64)
        #expect(error.message.contains(message))
    }

    @Test func referenceUpTo65535IsAcceptedWithSixteenBits() {
        #expect(usageError(["--reference", "65535", "--reference-bits", "16", "Hi"]) == nil)
    }
}
