#if Clickatell
/// The HTTP basic-authentication user and password set for callbacks in the Clickatell
/// account (reference §8.1), which the callback handler requires of every request.
///
/// The password never appears in a description, a log line or an error.
///
/// ```swift
/// let credentials = ClickatellCallbackCredentials(user: "clickatell", password: secret)
/// print(credentials)   // user clickatell, password <redacted>
/// ```
public struct ClickatellCallbackCredentials: Hashable, Sendable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// The user name.
    public var user: String
    /// The password. Never shown.
    public var password: String

    /// Credentials with the given values.
    ///
    /// - Parameters:
    ///   - user: The user name (without `:`, which basic authentication cannot carry).
    ///   - password: The password.
    public init(user: String, password: String) {
        self.user = user
        self.password = password
    }

    /// `user clickatell, password <redacted>`.
    public var description: String { "user \(user), password <redacted>" }

    /// The same as ``description``.
    public var debugDescription: String { description }

    /// What `dump(_:)` and debuggers show: the password redacted.
    public var customMirror: Mirror { Mirror(self, children: ["user": user, "password": "<redacted>"]) }

    /// Whether an `Authorization` field carries these credentials (RFC 7617): scheme `Basic`
    /// in any case, then `user:password` in UTF-8 and Base64. The comparison takes the same
    /// time wherever the first difference is.
    func accept(authorization: String?) -> Bool {
        guard let authorization else { return false }
        let words = authorization.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard words.count == 2, words[0].lowercased() == "basic" else { return false }
        let expected = Array(Base64.encode(Array("\(user):\(password)".utf8)).utf8)
        let given = Array(words[1].trimmingASCIISpaces().utf8)
        var difference = UInt8(truncatingIfNeeded: expected.count ^ given.count)
        for index in 0..<max(expected.count, given.count) {
            let left = index < expected.count ? expected[index] : 0
            let right = index < given.count ? given[index] : 0
            difference |= left ^ right
        }
        return difference == 0 && expected.count == given.count
    }
}

/// Base64 (RFC 4648 section 4), the encoding basic authentication uses.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// The Base64 text of some octets, with `=` padding.
    static func encode(_ octets: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity((octets.count + 2) / 3 * 4)
        var index = 0
        while index < octets.count {
            let count = min(3, octets.count - index)
            var group = 0 as UInt32
            for offset in 0..<3 {
                group = group << 8 | UInt32(offset < count ? octets[index + offset] : 0)
            }
            for position in 0..<4 {
                if position <= count {
                    output.append(alphabet[Int(group >> UInt32(18 - 6 * position) & 0x3F)])
                } else {
                    output.append(UInt8(ascii: "="))
                }
            }
            index += 3
        }
        return String(decoding: output, as: UTF8.self)
    }
}
#endif
