#if Clickatell
/// What authenticates a call: the account's credentials, or a session id from `auth`.
///
/// Every command takes one or the other; `ping` takes only a session id. The session id is a
/// secret like the password: ``description`` redacts it.
public enum ClickatellAuthentication: Hashable, Sendable, CustomStringConvertible {
    /// `api_id`, `user` and `password` on the call (stateless mode).
    case credentials(ClickatellCredentials)
    /// `session_id` on the call (session mode).
    case session(id: String)

    /// The form fields that carry the authentication, in wire order.
    var parameters: [ClickatellParameter] {
        switch self {
        case .credentials(let credentials):
            [
                ClickatellParameter("api_id", credentials.apiID),
                ClickatellParameter("user", credentials.user),
                ClickatellParameter("password", credentials.password),
            ]
        case .session(let id):
            [ClickatellParameter("session_id", id)]
        }
    }

    /// The values that must never be shown: the password or the session id.
    var secrets: [String] {
        switch self {
        case .credentials(let credentials): [credentials.password]
        case .session(let id): [id]
        }
    }

    /// `credentials (api_id …, user …, password <redacted>)` or `session <redacted>`.
    public var description: String {
        switch self {
        case .credentials(let credentials): "credentials (\(credentials))"
        case .session: "session <redacted>"
        }
    }
}
#endif
