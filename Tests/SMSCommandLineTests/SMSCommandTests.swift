import ArgumentParser
import Testing

@testable import SMSCommandLine

@Suite struct SMSCommandTests {
    @Test func versionFlagPrintsTheVersionAndSucceeds() {
        do {
            _ = try SMSCommand.parseAsRoot(["--version"])
            Issue.record("--version parsed as a command")
        } catch {
            #expect(SMSCommand.exitCode(for: error) == .success)
            #expect(SMSCommand.message(for: error) == SMSCommand.version)
        }
    }

    @Test func versionIsThreeNumbers() {
        let numbers = SMSCommand.version.split(separator: ".")
        #expect(numbers.count == 3 && numbers.allSatisfy { Int($0) != nil })
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsNameEverySubcommand(shell: String) throws {
        let script = SMSCommand.completionScript(for: try #require(CompletionShell(rawValue: shell)))
        for name in ["analyze", "decode", "validate"] {
            #expect(script.contains(name), "\(shell) completion lacks \(name)")
        }
    }
}
