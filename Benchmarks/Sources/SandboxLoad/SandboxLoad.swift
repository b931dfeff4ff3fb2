import ClickatellHTTP
import ClickatellSandbox
import ClickatellURLSession
import Foundation

/// The sandbox's load test: N concurrent clients against the sandbox on loopback, bounded by a
/// call count and a wall-clock limit; it reports calls per second and latencies, and checks
/// that nothing was lost. See `LoadOptions.usage` and docs/sandbox.md, "Load test".
///
/// ```console
/// $ swift run -c release --package-path Benchmarks SandboxLoad --clients 32 --requests 20000 --seconds 30
/// ```
@main
enum SandboxLoad {
    static func main() async {
        let options: LoadOptions
        do {
            options = try LoadOptions(arguments: Array(CommandLine.arguments.dropFirst()))
        } catch {
            if let message = error.message {
                FileHandle.standardError.write(Data("SandboxLoad: \(message)\n\n\(LoadOptions.usage)\n".utf8))
                exit(64)
            }
            print(LoadOptions.usage)
            exit(0)
        }
        exit(await run(options))
    }

    /// The in-process sandbox's account.
    static let apiID = "1"
    static let user = "load"
    static let password = "lö ad&=%+"

    /// Runs the test; returns the exit status.
    static func run(_ options: LoadOptions) async -> Int32 {
        let workload = Workload()
        if let problem = Workload.selfCheck(maxTicket: options.requests - 1) {
            return fail("the workload is not what it claims: \(problem)")
        }
        let baseURL: String
        let credentials: ClickatellCredentials
        let price: Credits
        var server: SandboxServer?
        if let url = options.url {
            var trimmed = url
            while trimmed.hasSuffix("/") { trimmed.removeLast() }
            baseURL = trimmed
            do {
                credentials = ClickatellCredentials(apiID: options.apiID, user: options.user, password: try options.password())
            } catch {
                return fail(error.message ?? "")
            }
            price = options.price
        } else {
            // Enough credit for every call to be a 3-part send; sessions outlive the run; no
            // callbacks, no faults.
            var configuration = SandboxConfiguration(accounts: [
                SandboxAccount(apiID: apiID, user: user, password: password, credit: Credits(options.requests * 3)),
            ])
            configuration.sessionTTL = 86_400
            configuration.maxStoredMessages = LoadOptions.maxRequests
            do {
                let started = try await SandboxServer.start(emulator: SandboxEmulator(configuration: configuration), port: 0)
                server = started
                baseURL = "http://127.0.0.1:\(started.port)"
            } catch {
                return fail("cannot start the sandbox: \(error)")
            }
            credentials = ClickatellCredentials(apiID: apiID, user: user, password: password)
            price = configuration.pricePerPart
        }
        let status = await measure(options, baseURL: baseURL, credentials: credentials, price: price, workload: workload,
                                   inProcess: server != nil)
        await server?.shutdown()
        return status
    }

    /// Reads the balance, runs the clients, reads the balance and the stored messages, reports.
    static func measure(
        _ options: LoadOptions, baseURL: String, credentials: ClickatellCredentials, price: Credits, workload: Workload,
        inProcess: Bool
    ) async -> Int32 {
        let probe: ClickatellClient<URLSessionTransport>
        do {
            probe = ClickatellClient(transport: try URLSessionTransport(baseURL: baseURL, timeout: options.timeout), credentials: credentials)
        } catch {
            return fail("\(error)")
        }
        let before: Credits
        do {
            guard let credit = Credits(parsing: try await probe.balance()) else { return fail("getbalance answered no decimal") }
            before = credit
        } catch {
            return fail("cannot reach the sandbox at \(baseURL): \(LoadClient.describe(error))")
        }
        print("""
            SandboxLoad: \(options.clients) client\(options.clients == 1 ? "" : "s") against \
            \(inProcess ? "an in-process sandbox" : "the sandbox") at \(baseURL), \
            \(ProcessInfo.processInfo.activeProcessorCount) cores shared by clients and server
            bounds: \(options.requests) calls or \(format(options.seconds)) s, whichever comes first; \
            \(format(options.timeout)) s per request; cliMsgId prefix \(workload.runID)
            """)

        let clock = ContinuousClock()
        let start = clock.now
        let tickets = Tickets(cap: options.requests, deadline: start + .milliseconds(Int64(options.seconds * 1000)))
        let results = await withTaskGroup(of: ClientResult.self) { group in
            for index in 0..<options.clients {
                let client = LoadClient(index: index, baseURL: baseURL, credentials: credentials, timeout: options.timeout, workload: workload)
                group.addTask { await client.run(tickets: tickets) }
            }
            var results: [ClientResult] = []
            for await result in group { results.append(result) }
            return results
        }
        let elapsed = (clock.now - start).components
        let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18

        var balanceCharge: Int?
        if let after = try? await probe.balance(), let credit = Credits(parsing: after) {
            balanceCharge = before.micros - credit.micros
        }
        let accepted = results.flatMap(\.accepted)
        let verification: Verification
        do {
            let stored = try await Verification.storedMessages(baseURL: baseURL, timeout: max(options.timeout, 60))
            verification = Verification(accepted: accepted, stored: stored, workload: workload, price: price, balanceCharge: balanceCharge)
        } catch {
            return fail("cannot read GET /sandbox/messages: \(LoadClient.describe(error))")
        }
        let report = Report(results: results, seconds: seconds, verification: verification, price: price)
        print(report.text(clients: options.clients))
        return report.passed ? 0 : 1
    }

    static func fail(_ message: String) -> Int32 {
        FileHandle.standardError.write(Data("SandboxLoad: \(message)\n".utf8))
        return 1
    }

    static func format(_ value: Double, decimals: Int = 1) -> String {
        String(format: "%.\(decimals)f", value)
    }
}
