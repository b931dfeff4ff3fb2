/// One account the sandbox accepts: the three credentials of the HTTP API and its starting
/// credit.
///
/// ```swift
/// let account = SandboxAccount(apiID: "3456789", user: "tester", password: "s3cret é&=%+", credit: Credits(100))
/// ```
///
/// The password is never logged or printed; ``description`` leaves it out.
public struct SandboxAccount: Sendable, Hashable, CustomStringConvertible {
    /// The `api_id` value.
    public var apiID: String
    /// The `user` value.
    public var user: String
    /// The `password` value, compared octet for octet after UTF-8 percent-decoding.
    public var password: String
    /// The credit the account starts with; `Credits.zero` makes every send answer `ERR: 301`.
    public var credit: Credits

    /// Creates an account.
    ///
    /// - Parameters:
    ///   - apiID: The `api_id`.
    ///   - user: The `user`.
    ///   - password: The `password`.
    ///   - credit: The starting credit (100 by default).
    public init(apiID: String, user: String, password: String, credit: Credits = Credits(100)) {
        self.apiID = apiID
        self.user = user
        self.password = password
        self.credit = credit
    }

    /// `user (api_id N), credit C`, without the password.
    public var description: String { "\(user) (api_id \(apiID)), credit \(credit)" }
}
