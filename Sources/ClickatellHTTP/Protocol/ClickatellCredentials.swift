#if Clickatell
/// The account details every stateless call carries: `api_id`, `user` and `password`.
///
/// The password never appears in a description, a log line or an error; ``description`` shows
/// the API id and user only.
///
/// ```swift
/// let credentials = ClickatellCredentials(apiID: "3456789", user: "acme", password: secret)
/// print(credentials)   // api_id 3456789, user acme, password <redacted>
/// ```
public struct ClickatellCredentials: Hashable, Sendable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// The HTTP API's id (`api_id`), from Clickatell's Developers' Central.
    public var apiID: String
    /// The account's user name (`user`).
    public var user: String
    /// The account's password (`password`). Never shown.
    public var password: String

    /// Credentials with the given values.
    ///
    /// - Parameters:
    ///   - apiID: The `api_id`.
    ///   - user: The `user`.
    ///   - password: The `password`.
    public init(apiID: String, user: String, password: String) {
        self.apiID = apiID
        self.user = user
        self.password = password
    }

    /// `api_id 3456789, user acme, password <redacted>`.
    public var description: String { "api_id \(apiID), user \(user), password <redacted>" }

    /// The same as ``description``: the password is redacted.
    public var debugDescription: String { description }

    /// What `dump(_:)` and debuggers show: the API id and user, and the password redacted.
    public var customMirror: Mirror {
        Mirror(self, children: ["apiID": apiID, "user": user, "password": "<redacted>"])
    }
}
#endif
