#if Sandbox
import ArgumentParser
import ClickatellSandbox
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import _SMSTestSupport

@testable import SMSCommandLine

/// Log lines collected from any thread.
private final class LoggedLines: Sendable {
    private let lines = Locked<[String]>([])
    func append(_ line: String) { lines.withLock { $0.append(line) } }
    var all: [String] { lines.withLock { $0 } }
}

@Suite struct SandboxCommandTests {
    /// A password file in a fresh temporary folder.
    private func passwordFile(_ content: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sandbox-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("password")
        try Data(content.utf8).write(to: file)
        return file.path
    }

    private func usageError(_ arguments: [String]) -> Int32? {
        do {
            _ = try SMSCommand.parseAsRoot(["sandbox"] + arguments)
            return nil
        } catch {
            return SMSCommand.exitCode(for: error).rawValue
        }
    }

    /// A password file written on Windows ends in CR LF, one `Character` in Swift: both octets go.
    @Test(arguments: ["pässword\r\n", "pässword\n", "pässword\r", "pässword"])
    func thePasswordFileLosesOneLineBreakOfAnyKind(content: String) throws {
        let file = try passwordFile(content)
        let command = try #require(try SMSCommand.parseAsRoot(["sandbox", "--password-file", file]) as? SandboxCommand)
        #expect(try command.sandboxConfiguration().accounts.first?.password == "pässword")
    }

    @Test func theFlagsMakeTheConfiguration() throws {
        let file = try passwordFile("é & = % + space\n")
        let command = try #require(try SMSCommand.parseAsRoot([
            "sandbox", "--port", "0", "--api-id", "77", "--user", "me", "--password-file", file, "--credit", "12.5",
            "--price", "0.8", "--session-ttl", "60", "--delivery-delay", "0", "--reject-prefix", "4477",
            "--reject-prefix", "1555", "--callback-url", "http://127.0.0.1:9/cb", "--mo-callback-url", "http://127.0.0.1:9/mo",
            "--retry-scale", "0.01", "--fault", "901:0.5", "--fault", "slow:20", "--seed", "9",
        ]) as? SandboxCommand)
        let configuration = try command.sandboxConfiguration()
        #expect(configuration.accounts == [SandboxAccount(apiID: "77", user: "me", password: "é & = % + space", credit: Credits(parsing: "12.5")!)])
        #expect(configuration.pricePerPart == Credits(parsing: "0.8"))
        #expect(configuration.sessionTTL == 60)
        #expect(configuration.deliveryDelay == 0)
        #expect(configuration.rejectPrefixes == ["4477", "1555"])
        #expect(configuration.callbackURL == "http://127.0.0.1:9/cb")
        #expect(configuration.moCallbackURL == "http://127.0.0.1:9/mo")
        #expect(configuration.retryScale == 0.01)
        #expect(configuration.faults == [.internalError(rate: 0.5), .slow(milliseconds: 20)])
        #expect(configuration.seed == 9)
        #expect(command.port == 0)
    }

    @Test func theDefaultsAreTheDocumentedOnes() throws {
        let file = try passwordFile("pw")
        let command = try #require(try SMSCommand.parseAsRoot(["sandbox", "--password-file", file]) as? SandboxCommand)
        let configuration = try command.sandboxConfiguration()
        #expect(command.port == 8405)
        #expect(command.host == nil)
        #expect(configuration.sessionTTL == 900)
        #expect(configuration.accounts.first?.credit == Credits(100))
        #expect(configuration.retryScale == 1)
        #expect(configuration.defaultConcat == 3)
    }

    @Test func creditZeroStartsWithoutCredit() throws {
        let file = try passwordFile("pw")
        let command = try #require(try SMSCommand.parseAsRoot(["sandbox", "--password-file", file, "--credit", "0"]) as? SandboxCommand)
        #expect(try command.sandboxConfiguration().accounts.first?.credit == .zero)
    }

    @Test func badFlagsAreUsageErrors() throws {
        let file = try passwordFile("pw")
        #expect(usageError(["--password-file", file, "--fault", "901:2"]) == 64)
        #expect(usageError(["--password-file", file, "--credit", "-1"]) == 64)
        #expect(usageError(["--password-file", file, "--port", "70000"]) == 64)
        #expect(usageError(["--password-file", file, "--reject-prefix", "+44"]) == 64)
        #expect(usageError(["--password-file", file, "--callback-url", "ftp://x"]) == 64)
        #expect(usageError(["--password-file", "/nonexistent/file"]) == 64)
    }

    @Test func aConfigFileAddsAccounts() throws {
        let secret = try passwordFile("from-file")
        let folder = URL(fileURLWithPath: secret).deletingLastPathComponent()
        let config = folder.appendingPathComponent("sandbox.json")
        try Data(#"{"accounts":[{"apiId":"1","user":"a","password":"inline"},{"apiId":2,"user":"b","passwordFile":"password","credit":"5"}]}"#.utf8)
            .write(to: config)
        let command = try #require(try SMSCommand.parseAsRoot(["sandbox", "--config", config.path]) as? SandboxCommand)
        let accounts = try command.sandboxConfiguration().accounts
        #expect(accounts == [
            SandboxAccount(apiID: "1", user: "a", password: "inline", credit: Credits(100)),
            SandboxAccount(apiID: "2", user: "b", password: "from-file", credit: Credits(5)),
        ])
    }

    @Test func theFirstLineNamesTheAddressAndTheServerAnswersThere() async throws {
        let file = try passwordFile("é & = % + space")
        let command = try #require(try SMSCommand.parseAsRoot(["sandbox", "--port", "0", "--password-file", file]) as? SandboxCommand)
        var lines: [String] = []
        let logged = LoggedLines()
        let server = try await command.start(announce: { lines.append($0) }, log: { logged.append($0) })
        #expect(lines == ["listening on http://127.0.0.1:\(server.port)"])
        let url = try #require(URL(string: "http://127.0.0.1:\(server.port)/http/getbalance.php?api_id=1&user=sandbox&password=%C3%A9+%26+%3D+%25+%2B+space"))
        let answer = try await URLSession.shared.data(from: url)
        #expect(String(decoding: answer.0, as: UTF8.self) == "Credit: 100")
        await server.shutdown()
        #expect(logged.all.contains("account sandbox (api_id 1), credit 100"))
        #expect(!logged.all.joined().contains("space"))
    }

    @Test func theAccountDescriptionNeverShowsThePassword() {
        #expect(!SandboxAccount(apiID: "1", user: "u", password: "hunter2").description.contains("hunter2"))
    }
}
#endif
