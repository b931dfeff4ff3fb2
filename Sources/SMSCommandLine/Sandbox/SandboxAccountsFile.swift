#if Sandbox
import ClickatellSandbox
import Foundation

/// The small configuration file `sms sandbox --config FILE` reads: accounts in JSON.
///
/// ```json
/// {"accounts": [
///   {"apiId": "3456789", "user": "alice", "passwordFile": "alice.secret", "credit": "50"},
///   {"apiId": "3456790", "user": "bob", "password": "hunter2 é&=%+"}
/// ]}
/// ```
///
/// `passwordFile` is read relative to the configuration file's folder (its last line break
/// dropped); `credit` is a decimal string or number and defaults to `--credit`.
enum SandboxAccountsFile {
    /// The accounts the file describes.
    ///
    /// - Parameters:
    ///   - path: The file.
    ///   - defaultCredit: The credit of an account that gives none.
    /// - Throws: ``SandboxConfigurationError/invalidAccount(_:)`` naming what is wrong (never a
    ///   password).
    static func accounts(
        at path: String, defaultCredit: Credits, note: (String) -> Void = SandboxSecret.noteOnStandardError
    ) throws(SandboxConfigurationError) -> [SandboxAccount] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .invalidAccount("cannot read the configuration file \(path)")
        }
        // The input policy: a leading byte order mark is removed and reported, invalid UTF-8
        // refused with its offset.
        let text: String
        do {
            let decoded = try UTF8Input.decodeRemovingByteOrderMark([UInt8](data))
            if decoded.removedByteOrderMark { note(CommandIO.byteOrderMarkNote(source: path)) }
            text = decoded.text
        } catch {
            throw .invalidAccount("the configuration file \(path) is not valid UTF-8: \(error.description)")
        }
        guard let root = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
              let entries = root["accounts"] as? [[String: Any]], !entries.isEmpty
        else { throw .invalidAccount("\(path) must be a JSON object with a non-empty \"accounts\" array") }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        var accounts: [SandboxAccount] = []
        for (index, entry) in entries.enumerated() {
            guard let apiID = entry["apiId"] as? String ?? (entry["apiId"] as? Int).map(String.init), !apiID.isEmpty,
                  let user = entry["user"] as? String, !user.isEmpty
            else { throw .invalidAccount("account \(index + 1) in \(path) needs \"apiId\" and \"user\"") }
            let password: String
            if let inline = entry["password"] as? String, !inline.isEmpty {
                password = inline
            } else if let file = entry["passwordFile"] as? String {
                password = try SandboxSecret.read(file: folder.appendingPathComponent(file).path, note: note)
            } else {
                throw .invalidAccount("account \(index + 1) in \(path) needs \"password\" or \"passwordFile\"")
            }
            var credit = defaultCredit
            if let text = entry["credit"] as? String ?? (entry["credit"] as? NSNumber).map({ $0.stringValue }) {
                guard let parsed = Credits(parsing: text) else { throw .invalidAmount(text, setting: "credit of account \(index + 1)") }
                credit = parsed
            }
            accounts.append(SandboxAccount(apiID: apiID, user: user, password: password, credit: credit))
        }
        return accounts
    }
}

/// Reading a password: from a file, or from the environment; never from a flag's value.
enum SandboxSecret {
    /// The environment variable read when `--password-file` is absent.
    static let environmentVariable = "SMS_SANDBOX_PASSWORD"

    /// Writes a note on standard error.
    static func noteOnStandardError(_ note: String) {
        FileHandle.standardError.write(Data((note + "\n").utf8))
    }

    /// The file's content without its last line break, under the input policy: a leading byte
    /// order mark is removed and reported through `note`; invalid UTF-8 is refused with its
    /// offset (never its bytes: they are part of a secret).
    static func read(file path: String, note: (String) -> Void = noteOnStandardError) throws(SandboxConfigurationError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .invalidAccount("cannot read the password file \(path)")
        }
        // Octets, not Characters: "\r\n" is one Character, which `hasSuffix("\n")` misses.
        var bytes = [UInt8](data)
        if bytes.last == UInt8(ascii: "\n") { bytes.removeLast() }
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        let text: String
        do {
            let decoded = try UTF8Input.decodeRemovingByteOrderMark(bytes)
            if decoded.removedByteOrderMark { note(CommandIO.byteOrderMarkNote(source: path)) }
            text = decoded.text
        } catch {
            throw .invalidAccount("the password file \(path) is not valid UTF-8 (at byte offset \(error.byteOffset))")
        }
        guard !text.isEmpty else { throw .invalidAccount("the password file \(path) is empty") }
        return text
    }
}
#endif
