@testable import ClickatellSandbox
import Testing

@Suite("Credentials and sessions")
struct AuthenticationTests {
    @Test func authAnswersOKWithA32HexSessionID() async {
        let sandbox = SandboxFixture()
        let answer = await sandbox.call("auth")
        #expect(answer.hasPrefix("OK: "))
        #expect(isHexID(answer.dropFirst(4)))
    }

    @Test func aWrongPasswordIs001AnUnknownUser002AWrongAPIID108() async {
        let sandbox = SandboxFixture()
        let wrongPassword = await sandbox.call("auth", [("api_id", SandboxFixture.apiID), ("user", SandboxFixture.user), ("password", "nope")], authenticated: false)
        #expect(wrongPassword == "ERR: 001, Authentication failed")
        let unknownUser = await sandbox.call("auth", [("api_id", SandboxFixture.apiID), ("user", "nobody"), ("password", "x")], authenticated: false)
        #expect(unknownUser == "ERR: 002, Unknown username or password")
        let wrongAPIID = await sandbox.call("auth", [("api_id", "1"), ("user", SandboxFixture.user), ("password", SandboxFixture.password)], authenticated: false)
        #expect(wrongAPIID == "ERR: 108, Invalid or missing API ID")
    }

    @Test func aCommandWithoutCredentialsIs001() async {
        let sandbox = SandboxFixture()
        #expect(await sandbox.call("getbalance", authenticated: false) == "ERR: 001, Authentication failed")
    }

    @Test func thePasswordWorksPercentEncodedByGETAndPOST() async {
        let sandbox = SandboxFixture()
        #expect(await sandbox.call("getbalance", method: "GET") == "Credit: 100")
        #expect(await sandbox.call("getbalance", method: "POST") == "Credit: 100")
    }

    @Test func aPOSTWhoseBodyIsNotAFormIsIgnoredAndFailsAs001() async {
        let sandbox = SandboxFixture()
        let body = Array(SandboxFixture.encode(SandboxFixture.credentials).utf8)
        let answer = await sandbox.emulator.respond(to: SandboxRequest(method: "POST", path: "/http/getbalance", body: body, isForm: false))
        #expect(answer.text == "ERR: 001, Authentication failed")
    }

    @Test func theDotPHPSuffixIsAccepted() async {
        let sandbox = SandboxFixture()
        #expect(await sandbox.call("getbalance.php") == "Credit: 100")
    }

    @Test func aSessionWorksAndEachUseExtendsIt() async {
        let sandbox = SandboxFixture { $0.sessionTTL = 900 }
        let session = String(await sandbox.call("auth").dropFirst(4))
        for _ in 0..<3 {
            sandbox.clock.advance(by: 800)
            #expect(await sandbox.call("getbalance", [("session_id", session)], authenticated: false) == "Credit: 100")
        }
    }

    @Test func anExpiredSessionKeepsAnswering003UntilTheClientAuthenticatesAgain() async {
        let sandbox = SandboxFixture { $0.sessionTTL = 900 }
        let session = String(await sandbox.call("auth").dropFirst(4))
        sandbox.clock.advance(by: 901)
        for _ in 0..<3 {
            #expect(await sandbox.call("getbalance", [("session_id", session)], authenticated: false) == "ERR: 003, Session ID expired")
            #expect(await sandbox.call("ping", [("session_id", session)], authenticated: false) == "ERR: 003, Session ID expired")
        }
        let fresh = String(await sandbox.call("auth").dropFirst(4))
        #expect(fresh != session)
        #expect(await sandbox.call("getbalance", [("session_id", fresh)], authenticated: false) == "Credit: 100")
    }

    @Test func pingExtendsASessionAndNeedsASessionID() async {
        let sandbox = SandboxFixture { $0.sessionTTL = 900 }
        let session = String(await sandbox.call("auth").dropFirst(4))
        sandbox.clock.advance(by: 600)
        #expect(await sandbox.call("ping", [("session_id", session)], authenticated: false) == "OK:")
        sandbox.clock.advance(by: 600)
        #expect(await sandbox.call("getbalance", [("session_id", session)], authenticated: false) == "Credit: 100")
        #expect(await sandbox.call("ping", authenticated: false) == "ERR: 005, Missing session ID")
    }

    @Test func anUnknownSessionIDIs001() async {
        let sandbox = SandboxFixture()
        #expect(await sandbox.call("getbalance", [("session_id", String(repeating: "a", count: 32))], authenticated: false)
            == "ERR: 001, Authentication failed")
    }

    @Test func unknownCommandsAndPathsAre404() async {
        let sandbox = SandboxFixture()
        #expect(await sandbox.response("nosuch").status == 404)
        #expect(await sandbox.emulator.respond(to: SandboxRequest(method: "GET", path: "/other/sendmsg")).status == 404)
    }
}
