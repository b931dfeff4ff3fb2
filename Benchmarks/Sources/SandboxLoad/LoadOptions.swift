import ClickatellSandbox
import Foundation

/// The load test's flags. Every run is bounded twice: by a number of API calls and by a
/// wall-clock limit, whichever comes first; a call still in flight at the limit may take up to
/// `--timeout` more.
struct LoadOptions {
    /// Concurrent clients, each with its own `ClickatellClient`, `URLSession` and connection.
    var clients = 8
    /// The most API calls of the whole run (sends and queries; `auth` not counted).
    var requests = 4_000
    /// The wall-clock limit in seconds after which no call starts.
    var seconds = 20.0
    /// Seconds one HTTP request may take before it fails.
    var timeout = 10.0
    /// A sandbox already running (`sms sandbox`), or `nil` to start one in-process.
    var url: String?
    /// The account of `--url`.
    var apiID = "1"
    /// The account of `--url`.
    var user = "sandbox"
    /// The file holding the password of `--url`; `$SMS_SANDBOX_PASSWORD` when absent.
    var passwordFile: String?
    /// The charge per part of `--url` (its `--price`).
    var price = Credits(1)

    /// The most calls of a run: what the sandbox keeps for `GET /sandbox/messages`.
    static let maxRequests = 100_000

    static let usage = """
        usage: SandboxLoad [--clients N] [--requests N] [--seconds S] [--timeout S]
                           [--url URL [--api-id ID] [--user NAME] [--password-file FILE] [--price C]]

        Runs concurrent Clickatell clients against the sandbox on loopback until --requests calls
        have been made or --seconds have passed, then checks that every accepted message was
        stored once, with its cliMsgId and text, and charged. Exits 0 when nothing was lost and
        no call failed, 1 otherwise, 64 for a usage error.

          --clients N        concurrent clients, 1-1024 (8)
          --requests N       API calls in all, 1-\(maxRequests) (4000)
          --seconds S        no call starts after S seconds, at most 600 (20)
          --timeout S        seconds one request may take, at most 120 (10)
          --url URL          a running `sms sandbox` instead of one in-process; it should have
                             no other user during the run (the credit check reads its balance)
          --api-id ID        with --url: the account's api_id (1)
          --user NAME        with --url: the account's user (sandbox)
          --password-file F  with --url: the password; $SMS_SANDBOX_PASSWORD without it
          --price C          with --url: the sandbox's --price (1)
        """

    /// Reads the command line (without the program name).
    ///
    /// - Throws: ``UsageError`` naming the flag.
    init(arguments: [String]) throws(UsageError) {
        var rest = arguments[...]
        func value(_ flag: String) throws(UsageError) -> String {
            guard let value = rest.popFirst() else { throw UsageError("\(flag) needs a value") }
            return value
        }
        func number<T: LosslessStringConvertible & Comparable>(
            _ flag: String, in range: ClosedRange<T>
        ) throws(UsageError) -> T {
            let text = try value(flag)
            guard let number = T(text), range.contains(number) else {
                throw UsageError("\(flag) \(text): expected a number in \(range.lowerBound)...\(range.upperBound)")
            }
            return number
        }
        while let flag = rest.popFirst() {
            switch flag {
            case "--clients": clients = try number(flag, in: 1...1024)
            case "--requests": requests = try number(flag, in: 1...Self.maxRequests)
            case "--seconds": seconds = try number(flag, in: 0.001...600)
            case "--timeout": timeout = try number(flag, in: 0.001...120)
            case "--url": url = try value(flag)
            case "--api-id": apiID = try value(flag)
            case "--user": user = try value(flag)
            case "--password-file": passwordFile = try value(flag)
            case "--price":
                let text = try value(flag)
                guard let price = Credits(parsing: text) else { throw UsageError("--price \(text): expected a decimal such as 1 or 0.8") }
                self.price = price
            case "--help", "-h": throw UsageError(nil)
            default: throw UsageError("unknown flag \(flag)")
            }
        }
        if url == nil && (passwordFile != nil || arguments.contains("--api-id") || arguments.contains("--user")) {
            throw UsageError("--api-id, --user and --password-file need --url")
        }
    }

    /// The password of `--url`: the file's content without its last line break, or
    /// `$SMS_SANDBOX_PASSWORD`, as `sms sandbox` reads it.
    func password() throws(UsageError) -> String {
        if let passwordFile {
            guard let data = FileManager.default.contents(atPath: passwordFile) else {
                throw UsageError("cannot read --password-file \(passwordFile)")
            }
            // Octets, not Characters: "\r\n" is one Character, which `hasSuffix("\n")` misses.
            var bytes = [UInt8](data)
            if bytes.last == UInt8(ascii: "\n") { bytes.removeLast() }
            if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
            return String(decoding: bytes, as: UTF8.self)
        }
        guard let password = ProcessInfo.processInfo.environment["SMS_SANDBOX_PASSWORD"], !password.isEmpty else {
            throw UsageError("--url needs --password-file or $SMS_SANDBOX_PASSWORD")
        }
        return password
    }
}

/// A bad command line: the message (or `nil` for `--help`) and the usage.
struct UsageError: Error {
    let message: String?
    init(_ message: String?) { self.message = message }
}
