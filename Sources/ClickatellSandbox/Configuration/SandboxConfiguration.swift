/// Everything a sandbox is started with; each setting has the documented default.
///
/// ```swift
/// var configuration = SandboxConfiguration(accounts: [SandboxAccount(apiID: "1", user: "u", password: "p")])
/// configuration.deliveryDelay = 0
/// configuration.faults = [.internalError(rate: 0.1)]
/// configuration.seed = 42
/// ```
public struct SandboxConfiguration: Sendable {
    /// The port `sms sandbox` listens on when `--port` is absent.
    public static let defaultPort = 8405

    /// The accounts that can authenticate.
    public var accounts: [SandboxAccount]
    /// Seconds a session lives after its last use (`--session-ttl`); 900 as the API documents.
    public var sessionTTL: Double = 900
    /// Seconds from a message's release to status 004 (`--delivery-delay`); it shows 001 for
    /// the first half and 003 for the second. 2 by default.
    public var deliveryDelay: Double = 2
    /// Recipients starting with one of these digit strings answer `ERR: 105` (`--reject-prefix`).
    public var rejectPrefixes: [String] = []
    /// Where status callbacks are POSTed (`--callback-url`); `nil` sends none.
    public var callbackURL: String?
    /// Where inbound (MO) messages are POSTed (`--mo-callback-url`); `nil` sends none.
    public var moCallbackURL: String?
    /// The factor on the documented callback retry intervals (`--retry-scale`); 1 by default.
    public var retryScale: Double = 1
    /// The faults to inject (`--fault`).
    public var faults: [SandboxFault] = []
    /// The seed of identifiers and fault draws (`--seed`); `nil` seeds from the system.
    public var seed: UInt64?
    /// The credit a 16-digit `token_pay` voucher adds (`--voucher-credit`); 100 by default.
    public var voucherCredit = Credits(100)
    /// The charge per message part (`--price`); 1 credit by default.
    public var pricePerPart = Credits(1)
    /// The `concat` used when a request has none: 3, as the later API version defaults to.
    public var defaultConcat = 3
    /// The largest request body accepted, in octets: enough for 600 recipients and a 35-part
    /// Unicode text. Larger bodies answer `ERR: 101`.
    public var maxBodyOctets = 65_536
    /// The most messages kept for lookups; the oldest are forgotten first.
    public var maxStoredMessages = 100_000

    /// Creates a configuration.
    ///
    /// - Parameter accounts: The accounts that can authenticate.
    public init(accounts: [SandboxAccount]) {
        self.accounts = accounts
    }
}
