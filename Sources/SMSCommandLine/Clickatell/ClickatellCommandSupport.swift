#if Clickatell
import ArgumentParser
import ClickatellHTTP
import ClickatellURLSession
import Foundation

/// Runs a Clickatell subcommand over `URLSessionTransport` and prints its outcome.
enum ClickatellCommandSupport {
    /// Resolves the settings, makes the transport and runner, runs `body`, prints, exits.
    static func run(
        _ options: ClickatellOptions,
        method: ClickatellHTTPRequest.Method = .post,
        _ body: (ClickatellRunner<URLSessionTransport>) async -> CommandOutcome
    ) async throws {
        var settings: ClickatellSettings
        do {
            settings = try options.settings(environment: ProcessInfo.processInfo.environment)
        } catch {
            throw ValidationError(error.message)
        }
        settings.method = method
        for note in settings.notes { FileHandle.standardError.write(Data((note + "\n").utf8)) }
        let transport: URLSessionTransport
        do {
            transport = try URLSessionTransport(baseURL: settings.baseURL)
        } catch {
            throw ValidationError("--base-url: \(error)")
        }
        try emit(await body(ClickatellRunner(transport: transport, settings: settings, json: options.json)))
    }

    /// Prints an outcome and exits with its status.
    static func emit(_ outcome: CommandOutcome) throws {
        for line in outcome.output { print(line) }
        for line in outcome.errors { FileHandle.standardError.write(Data((line + "\n").utf8)) }
        if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
    }
}
#endif
