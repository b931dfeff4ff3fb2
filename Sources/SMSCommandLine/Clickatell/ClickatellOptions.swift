#if Clickatell
import ArgumentParser
import ClickatellHTTP
import Foundation

/// The flags every Clickatell subcommand shares: credentials (never the password itself),
/// base URL and session mode.
struct ClickatellOptions: ParsableArguments {
    @Option(name: .customLong("api-id"), help: ArgumentHelp("The API id; default $CLICKATELL_API_ID.", valueName: "id"))
    var apiID: String?

    @Option(help: ArgumentHelp("The user name; default $CLICKATELL_USER.", valueName: "name"))
    var user: String?

    @Option(
        help: ArgumentHelp(
            "A file holding the password (- for standard input); default $CLICKATELL_PASSWORD. The password is never taken from the command line.",
            valueName: "path"))
    var passwordFile: String?

    @Option(help: ArgumentHelp("The API's base URL; default $CLICKATELL_BASE_URL or https://api.clickatell.com.", valueName: "url"))
    var baseURL: String?

    @Flag(help: "Authenticate once and use a session id instead of sending the credentials with every call.")
    var session = false

    @Flag(help: "Print JSON.")
    var json = false

    /// The credentials, base URL and mode the flags and the environment ask for.
    ///
    /// - Parameters:
    ///   - environment: The process environment.
    ///   - readFile: Reads a password file (`-` is standard input).
    /// - Throws: ``ClickatellSetupError`` naming what is missing.
    func settings(
        environment: [String: String], readFile: (String) throws -> [UInt8] = ClickatellOptions.readFile
    ) throws(ClickatellSetupError) -> ClickatellSettings {
        let apiID = apiID ?? environment["CLICKATELL_API_ID"]
        let user = user ?? environment["CLICKATELL_USER"]
        var password = environment["CLICKATELL_PASSWORD"]
        var notes: [String] = []
        if let passwordFile {
            let bytes: [UInt8]
            do {
                bytes = try readFile(passwordFile)
            } catch {
                throw ClickatellSetupError("cannot read the password file \(passwordFile == "-" ? "(standard input)" : passwordFile)")
            }
            let name = passwordFile == "-" ? "standard input" : passwordFile
            do {
                let decoded = try UTF8Input.decodeRemovingByteOrderMark(UTF8Input.removingOneTrailingLineBreak(bytes))
                password = decoded.text
                if decoded.removedByteOrderMark { notes.append(CommandIO.byteOrderMarkNote(source: name)) }
            } catch {
                // The offending byte is part of a secret: only its offset is named.
                throw ClickatellSetupError("the password file \(name) is not valid UTF-8 (at byte offset \(error.byteOffset))")
            }
        }
        var missing: [String] = []
        if apiID?.isEmpty ?? true { missing.append("--api-id or CLICKATELL_API_ID") }
        if user?.isEmpty ?? true { missing.append("--user or CLICKATELL_USER") }
        if password?.isEmpty ?? true { missing.append("--password-file or CLICKATELL_PASSWORD") }
        guard let apiID, let user, let password, missing.isEmpty else {
            throw ClickatellSetupError("missing Clickatell credentials: " + missing.joined(separator: ", "))
        }
        return ClickatellSettings(
            credentials: ClickatellCredentials(apiID: apiID, user: user, password: password),
            baseURL: baseURL ?? environment["CLICKATELL_BASE_URL"].flatMap { $0.isEmpty ? nil : $0 } ?? "https://api.clickatell.com",
            usesSession: session,
            notes: notes
        )
    }

    /// Reads a file, or standard input for `-`.
    static func readFile(_ path: String) throws -> [UInt8] {
        if path == "-" {
            var bytes: [UInt8] = []
            while let chunk = try StandardInput.readChunk() { bytes += chunk }
            return bytes
        }
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }
}

/// Credentials, base URL and mode for a Clickatell subcommand.
struct ClickatellSettings: Hashable, Sendable {
    var credentials: ClickatellCredentials
    var baseURL: String
    var usesSession: Bool
    /// Notes for standard error about how the settings were read (a byte order mark removed
    /// from the password file).
    var notes: [String] = []
    var method: ClickatellHTTPRequest.Method = .post

    /// The client configuration these settings ask for.
    var configuration: ClickatellClientConfiguration {
        var configuration = ClickatellClientConfiguration()
        configuration.usesSession = usesSession
        configuration.method = method
        return configuration
    }
}

/// Credentials or a base URL that cannot be used: a usage error (exit status 64).
struct ClickatellSetupError: Error, Hashable, Sendable, CustomStringConvertible {
    var message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}
#endif
