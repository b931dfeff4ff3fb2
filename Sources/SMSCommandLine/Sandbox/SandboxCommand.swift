#if Sandbox
import ArgumentParser
import ClickatellSandbox
import Foundation

/// `sms sandbox`: a local emulation of Clickatell's HTTP API for tests (see `docs/sandbox.md`).
///
/// The emulator is ``SandboxEmulator`` and the server ``SandboxServer``; this type reads the
/// flags, prints the address and runs until it is stopped.
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "Run a local emulation of Clickatell's HTTP API (/http, /http_batch, /utils/routeCoverage).",
        discussion: """
            The first line on standard output is `listening on http://HOST:PORT`; faults, callback \
            failures and other events go to standard error. Passwords are read from \
            --password-file or the \(SandboxSecret.environmentVariable) environment variable, or \
            from --config, and are never printed.

            GET /sandbox/messages lists the messages received (JSON); POST /sandbox/inbound with \
            {"from", "to", "text"} delivers an inbound message to --mo-callback-url.

            Exit status: 0 when stopped, 1 when the address cannot be bound, 64 for a usage error.
            """
    )

    @Option(help: ArgumentHelp("The address to listen on; anything but 127.0.0.1 must be named here.", valueName: "address"))
    var host: String?

    @Option(help: ArgumentHelp("The port; 0 picks a free one.", valueName: "n"))
    var port: Int = SandboxConfiguration.defaultPort

    @Option(name: .customLong("api-id"), help: ArgumentHelp("The account's api_id.", valueName: "id"))
    var apiID: String = "1"

    @Option(help: ArgumentHelp("The account's user name.", valueName: "name"))
    var user: String = "sandbox"

    @Option(help: ArgumentHelp("A file holding the account's password (else $\(SandboxSecret.environmentVariable)).", valueName: "file"))
    var passwordFile: String?

    @Option(help: ArgumentHelp("A JSON file of accounts: {\"accounts\": [{\"apiId\", \"user\", \"password\" or \"passwordFile\", \"credit\"}]}.", valueName: "file"))
    var config: String?

    @Option(help: ArgumentHelp("The starting credit; 0 makes every send answer ERR: 301.", valueName: "credits"))
    var credit: String = "100"

    @Option(help: ArgumentHelp("The charge per message part.", valueName: "credits"))
    var price: String = "1"

    @Option(help: ArgumentHelp("The credit a 16-digit token_pay voucher adds.", valueName: "credits"))
    var voucherCredit: String = "100"

    @Option(help: ArgumentHelp("Seconds a session lives after its last use.", valueName: "seconds"))
    var sessionTTL: Double = 900

    @Option(help: ArgumentHelp("Seconds from release to status 004 (003 at half way).", valueName: "seconds"))
    var deliveryDelay: Double = 2

    @Option(help: ArgumentHelp("The concat used when a request gives none.", valueName: "parts"))
    var defaultConcat: Int = 3

    @Option(help: ArgumentHelp("Recipients starting with these digits answer ERR: 105 (repeatable).", valueName: "digits"))
    var rejectPrefix: [String] = []

    @Option(help: ArgumentHelp("Where status callbacks are POSTed.", valueName: "url"))
    var callbackURL: String?

    @Option(name: .customLong("mo-callback-url"), help: ArgumentHelp("Where inbound (MO) messages are POSTed.", valueName: "url"))
    var moCallbackURL: String?

    @Option(help: ArgumentHelp("The factor on the documented callback retry intervals (0.01: 2 min → 1.2 s).", valueName: "x"))
    var retryScale: Double = 1

    @Option(help: ArgumentHelp("901:RATE, slow:MS, html:RATE, empty:RATE or 130:UNIX_TIME (repeatable).", valueName: "fault"))
    var fault: [String] = []

    @Option(help: ArgumentHelp("The seed of identifiers and fault draws, for repeatable runs.", valueName: "n"))
    var seed: UInt64?

    /// The configuration the flags describe.
    func sandboxConfiguration() throws -> SandboxConfiguration {
        func amount(_ text: String, _ setting: String) throws -> Credits {
            guard let value = Credits(parsing: text) else { throw ValidationError(SandboxConfigurationError.invalidAmount(text, setting: setting).description) }
            return value
        }
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be in 0...65535.") }
        guard sessionTTL > 0, sessionTTL.isFinite, deliveryDelay >= 0, deliveryDelay <= 86_400 * 7,
              retryScale >= 0, retryScale <= 1000
        else {
            throw ValidationError("--session-ttl must be a positive number of seconds, --delivery-delay 0 to 604800, --retry-scale 0 to 1000.")
        }
        guard (1...35).contains(defaultConcat) else { throw ValidationError("--default-concat must be in 1...35.") }
        for prefix in rejectPrefix where prefix.isEmpty || !prefix.allSatisfy({ $0.isASCII && $0.isNumber }) {
            throw ValidationError("--reject-prefix takes digits; \"\(prefix)\" is not.")
        }
        for url in [callbackURL, moCallbackURL].compactMap({ $0 }) {
            guard let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme?.lowercased() ?? "") else {
                throw ValidationError("\(url) is not an http or https URL.")
            }
        }
        let startingCredit = try amount(credit, "--credit")
        var accounts: [SandboxAccount] = []
        do {
            if let config {
                accounts = try SandboxAccountsFile.accounts(at: config, defaultCredit: startingCredit)
            }
            if config == nil || passwordFile != nil {
                let password: String
                if let passwordFile {
                    password = try SandboxSecret.read(file: passwordFile)
                } else if let value = ProcessInfo.processInfo.environment[SandboxSecret.environmentVariable], !value.isEmpty {
                    password = value
                } else {
                    throw ValidationError("Give the password with --password-file FILE or $\(SandboxSecret.environmentVariable), or accounts with --config FILE.")
                }
                accounts.append(SandboxAccount(apiID: apiID, user: user, password: password, credit: startingCredit))
            }
        } catch let error as SandboxConfigurationError {
            throw ValidationError(error.description)
        }
        var configuration = SandboxConfiguration(accounts: accounts)
        configuration.sessionTTL = sessionTTL
        configuration.deliveryDelay = deliveryDelay
        configuration.rejectPrefixes = rejectPrefix
        configuration.callbackURL = callbackURL
        configuration.moCallbackURL = moCallbackURL
        configuration.retryScale = retryScale
        configuration.seed = seed
        configuration.voucherCredit = try amount(voucherCredit, "--voucher-credit")
        configuration.pricePerPart = try amount(price, "--price")
        configuration.defaultConcat = defaultConcat
        do {
            configuration.faults = try fault.map { try SandboxFault(parsing: $0) }
        } catch let error as SandboxConfigurationError {
            throw ValidationError(error.description)
        }
        return configuration
    }

    func validate() throws {
        _ = try sandboxConfiguration()
    }

    func run() async throws {
        let log: @Sendable (String) -> Void = { line in
            FileHandle.standardError.write(Data("sandbox: \(line)\n".utf8))
        }
        let server = try await start(
            announce: { FileHandle.standardOutput.write(Data("\($0)\n".utf8)) }, log: log)
        while !Task.isCancelled {
            try await Task.sleep(for: .seconds(3600))
        }
        await server.shutdown()
    }

    /// Starts the server and announces it: `listening on http://HOST:PORT` first, then the
    /// accounts (without passwords) and faults to `log`.
    ///
    /// - Parameters:
    ///   - announce: Receives the `listening on …` line (standard output in `run()`).
    ///   - log: Receives the event lines (standard error in `run()`).
    /// - Returns: The running server.
    /// - Throws: `ExitCode.failure` when the address cannot be bound.
    func start(announce: (String) -> Void, log: @escaping @Sendable (String) -> Void) async throws -> SandboxServer {
        let configuration = try sandboxConfiguration()
        let emulator = SandboxEmulator(configuration: configuration, log: log)
        let delivery = CallbackDelivery(retryScale: configuration.retryScale, transport: URLSessionCallbackTransport.post, log: log)
        let address = host ?? "127.0.0.1"
        let server: SandboxServer
        do {
            server = try await SandboxServer.start(emulator: emulator, host: address, port: port, delivery: delivery)
        } catch {
            log("cannot listen on \(address):\(port): \(error)")
            throw ExitCode.failure
        }
        let shownHost = address.contains(":") ? "[\(address)]" : address
        announce("listening on http://\(shownHost):\(server.port)")
        for account in configuration.accounts { log("account \(account)") }
        for fault in configuration.faults { log("fault \(fault) enabled") }
        return server
    }
}
#endif
