#if Clickatell
/// A command of the Clickatell HTTP API: its name and path, and whether it may be repeated.
///
/// ```swift
/// ClickatellCommand.sendMessage.path   // "/http/sendmsg"
/// ClickatellCommand.coverage.path      // "/utils/routeCoverage.php"
/// ```
public struct ClickatellCommand: Hashable, Sendable, CustomStringConvertible {
    /// The command's name on the wire, such as `sendmsg`.
    public let name: String
    /// The path, such as `/http/sendmsg`.
    public let path: String
    /// Whether sending the request twice does no harm twice (lookups, balance, ping, auth).
    /// `sendmsg`, `token_pay`, `startbatch`, `senditem` and `quicksend` are not.
    public let isIdempotent: Bool

    private init(_ family: String, _ name: String, path: String? = nil, idempotent: Bool) {
        self.name = name
        self.path = path ?? "/\(family)/\(name)"
        self.isIdempotent = idempotent
    }

    /// The name, such as `sendmsg`.
    public var description: String { name }

    /// `auth`: get a session id.
    public static let auth = Self("http", "auth", idempotent: true)
    /// `ping`: extend a session by 15 minutes.
    public static let ping = Self("http", "ping", idempotent: true)
    /// `sendmsg`: send a message.
    public static let sendMessage = Self("http", "sendmsg", idempotent: false)
    /// `querymsg`: a message's status.
    public static let queryMessage = Self("http", "querymsg", idempotent: true)
    /// `getmsgcharge`: a message's charge and status.
    public static let messageCharge = Self("http", "getmsgcharge", idempotent: true)
    /// `delmsg`: stop a message that has not left Clickatell.
    public static let deleteMessage = Self("http", "delmsg", idempotent: true)
    /// `getbalance`: the account's credit.
    public static let balance = Self("http", "getbalance", idempotent: true)
    /// `token_pay`: redeem a voucher.
    public static let redeemVoucher = Self("http", "token_pay", idempotent: false)
    /// The coverage query, `/utils/routeCoverage.php`.
    public static let coverage = Self("utils", "routeCoverage", path: "/utils/routeCoverage.php", idempotent: true)
    /// `startbatch`: start a batch with a template.
    public static let startBatch = Self("http_batch", "startbatch", idempotent: false)
    /// `senditem`: send one batch item.
    public static let sendBatchItem = Self("http_batch", "senditem", idempotent: false)
    /// `quicksend`: send the batch template to a list.
    public static let quickSend = Self("http_batch", "quicksend", idempotent: false)
    /// `endbatch`: end a batch.
    public static let endBatch = Self("http_batch", "endbatch", idempotent: true)
}
#endif
