@testable import ClickatellSandbox

/// An emulator on a manual clock with one account, and helpers to call its commands the way a
/// client would (percent-encoded parameters, by GET or POST).
struct SandboxFixture {
    static let apiID = "3456789"
    static let user = "tester"
    /// A password with every character a client must percent-encode.
    static let password = "pä ss&w=o%r+d"
    static let start: Double = 1_700_000_000

    let clock = ManualSandboxClock(now: SandboxFixture.start)
    let emulator: SandboxEmulator

    init(credit: Credits = Credits(100), _ configure: (inout SandboxConfiguration) -> Void = { _ in }) {
        var configuration = SandboxConfiguration(accounts: [
            SandboxAccount(apiID: Self.apiID, user: Self.user, password: Self.password, credit: credit)
        ])
        configuration.deliveryDelay = 10
        configuration.seed = 1
        configure(&configuration)
        emulator = SandboxEmulator(configuration: configuration, clock: clock)
    }

    /// The credentials as query pairs.
    static var credentials: [(String, String)] {
        [("api_id", apiID), ("user", user), ("password", password)]
    }

    /// A form body or query string from pairs, UTF-8 percent-encoded.
    static func encode(_ pairs: [(String, String)]) -> String {
        FormParameters.encodedForm(pairs.map { ($0.0, Array($0.1.utf8)) })
    }

    /// Calls a command with the credentials and more parameters; returns the body.
    func call(_ command: String, _ parameters: [(String, String)] = [], family: String = "http",
              authenticated: Bool = true, method: String = "GET") async -> String {
        await response(command, parameters, family: family, authenticated: authenticated, method: method).text
    }

    /// Calls a command; returns the whole response.
    func response(_ command: String, _ parameters: [(String, String)] = [], family: String = "http",
                  authenticated: Bool = true, method: String = "GET") async -> SandboxResponse {
        let pairs = (authenticated ? Self.credentials : []) + parameters
        let request = method == "GET"
            ? SandboxRequest(method: "GET", path: "/\(family)/\(command)", query: Self.encode(pairs))
            : SandboxRequest(method: "POST", path: "/\(family)/\(command)", body: Array(Self.encode(pairs).utf8), isForm: true)
        return await emulator.respond(to: request)
    }

    /// Sends a message and returns its 32-hex id (or the whole answer when it is not `ID: …`).
    func send(_ parameters: [(String, String)]) async -> String {
        let answer = await call("sendmsg", parameters)
        return answer.hasPrefix("ID: ") ? String(answer.dropFirst(4)) : answer
    }
}

/// Whether a text is 32 lower-case hex digits, the form of the API's ids.
func isHexID(_ text: some StringProtocol) -> Bool {
    text.utf8.count == 32 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
}
