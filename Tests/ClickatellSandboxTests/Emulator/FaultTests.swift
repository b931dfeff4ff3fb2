@testable import ClickatellSandbox
import Testing

@Suite("Fault injection")
struct FaultTests {
    @Test func rateOneAlwaysFiresAndRateZeroNever() async {
        let always = SandboxFixture { $0.faults = [.internalError(rate: 1)] }
        #expect(await always.call("getbalance") == "ERR: 901, Internal error")
        let never = SandboxFixture { $0.faults = [.internalError(rate: 0)] }
        #expect(await never.call("getbalance") == "Credit: 100")
    }

    @Test func htmlAndEmptyFaultsAnswerWhatAProxyOrABrokenGatewayWould() async {
        let html = SandboxFixture { $0.faults = [.html(rate: 1)] }
        let page = await html.response("getbalance")
        #expect(page.status == 502)
        #expect(page.text.hasPrefix("<html>"))
        let empty = SandboxFixture { $0.faults = [.empty(rate: 1)] }
        let blank = await empty.response("getbalance")
        #expect(blank.status == 200)
        #expect(blank.body.isEmpty)
    }

    @Test func slowDelaysEveryResponse() async {
        let sandbox = SandboxFixture { $0.faults = [.slow(milliseconds: 250)] }
        let response = await sandbox.response("getbalance")
        #expect(response.delayMilliseconds == 250)
        #expect(response.text == "Credit: 100")
    }

    @Test func mtLimitAnswers130UntilItsTime() async {
        let until = Int(SandboxFixture.start) + 60
        let sandbox = SandboxFixture { $0.faults = [.mtLimit(until: until)] }
        #expect(await sandbox.call("sendmsg", [("to", "447700900123"), ("text", "Hi")]) == "ERR: 130, Maximum MT limit exceeded until \(until)")
        #expect(await sandbox.call("getbalance") == "Credit: 100")
        sandbox.clock.advance(by: 60)
        #expect(await sandbox.call("sendmsg", [("to", "447700900123"), ("text", "Hi")]).hasPrefix("ID: "))
    }

    @Test func theSameSeedGivesTheSameFaultsAndIDs() async {
        func run(seed: UInt64) async -> [String] {
            let sandbox = SandboxFixture {
                $0.faults = [.internalError(rate: 0.5)]
                $0.seed = seed
            }
            var answers: [String] = []
            for _ in 0..<40 { answers.append(await sandbox.call("sendmsg", [("to", "447700900123"), ("text", "Hi")])) }
            return answers
        }
        let first = await run(seed: 7)
        #expect(await run(seed: 7) == first)
        #expect(await run(seed: 8) != first)
        let faults = first.filter { $0 == "ERR: 901, Internal error" }.count
        #expect(faults > 5 && faults < 35)
        #expect(first.filter { $0.hasPrefix("ID: ") }.count == 40 - faults)
    }

    @Test func faultsAreLogged() async {
        let lines = LogLines()
        var configuration = SandboxConfiguration(accounts: [SandboxAccount(apiID: "1", user: "u", password: "secret-pw")])
        configuration.faults = [.internalError(rate: 1), .slow(milliseconds: 5)]
        let emulator = SandboxEmulator(configuration: configuration, log: { lines.append($0) })
        _ = await emulator.respond(to: SandboxRequest(method: "GET", path: "/http/getbalance", query: "api_id=1&user=u&password=secret-pw"))
        let logged = lines.all
        #expect(logged.contains { $0.contains("fault 901") })
        #expect(logged.contains { $0.contains("fault slow") })
        #expect(!logged.joined().contains("secret-pw"))
    }

    @Test func faultsParseFromTheirFlagForm() throws {
        #expect(try SandboxFault(parsing: "901:0.25") == .internalError(rate: 0.25))
        #expect(try SandboxFault(parsing: "slow:1500") == .slow(milliseconds: 1500))
        #expect(try SandboxFault(parsing: "html:1") == .html(rate: 1))
        #expect(try SandboxFault(parsing: "empty:0") == .empty(rate: 0))
        #expect(try SandboxFault(parsing: "130:1388534400") == .mtLimit(until: 1_388_534_400))
        for bad in ["901:1.5", "901:-0.1", "html", "slow:x", "404:0.5", "901:nan"] {
            #expect(throws: SandboxConfigurationError.self) { try SandboxFault(parsing: bad) }
        }
    }
}
