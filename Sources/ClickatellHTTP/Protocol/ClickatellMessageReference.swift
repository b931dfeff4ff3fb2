#if Clickatell
/// Which message a lookup means: Clickatell's id (`apimsgid`) or the caller's (`climsgid`).
///
/// ```swift
/// ClickatellRequest.queryMessage(.apiMessageID("996f364775e24b8432f45d77da8eca47"))
/// ClickatellRequest.queryMessage(.clientMessageID("order1234"))
/// ```
public enum ClickatellMessageReference: Hashable, Sendable, CustomStringConvertible {
    /// The id Clickatell returned (`ID:`), usually 32 hex digits.
    case apiMessageID(String)
    /// The caller's `cliMsgId`.
    case clientMessageID(String)

    /// The lookup parameter.
    var parameter: ClickatellParameter {
        switch self {
        case .apiMessageID(let id): ClickatellParameter("apimsgid", id)
        case .clientMessageID(let id): ClickatellParameter("climsgid", id)
        }
    }

    /// `apimsgid 996f…` or `climsgid order1234`.
    public var description: String {
        switch self {
        case .apiMessageID(let id): "apimsgid \(id)"
        case .clientMessageID(let id): "climsgid \(id)"
        }
    }
}
#endif
