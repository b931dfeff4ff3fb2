#if Clickatell
/// A message's status, from `querymsg` or `delmsg`.
public struct ClickatellStatusReport: Hashable, Sendable {
    /// Clickatell's message id.
    public let apiMessageID: String
    /// The status.
    public let status: ClickatellMessageStatus
    /// The charge, as received, when it was asked for (`getmsgcharge`).
    public let charge: String?

    /// A report with the given values.
    public init(apiMessageID: String, status: ClickatellMessageStatus, charge: String? = nil) {
        self.apiMessageID = apiMessageID
        self.status = status
        self.charge = charge
    }
}

/// The answer of the coverage query.
public struct ClickatellCoverage: Hashable, Sendable {
    /// Whether messages to the prefix will be routed (`OK:`), or not (`ERR: <sentence>`).
    public let isCovered: Bool
    /// Clickatell's sentence.
    public let message: String
    /// The charge per message, as received, when covered.
    public let charge: String?

    /// A coverage answer with the given values.
    public init(isCovered: Bool, message: String, charge: String?) {
        self.isCovered = isCovered
        self.message = message
        self.charge = charge
    }
}

/// A batch started with `startbatch`: its id, and whether its template went as UCS-2 (then
/// its fields go as UCS-2 hex too).
public struct ClickatellBatch: Hashable, Sendable {
    /// The batch id.
    public let id: String
    /// Whether the template was sent with `unicode=1`.
    public let unicode: Bool

    /// A batch with the given values.
    public init(id: String, unicode: Bool) {
        self.id = id
        self.unicode = unicode
    }
}
#endif
