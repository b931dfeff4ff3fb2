/// A fault the sandbox injects, as `--fault KIND:VALUE` names it.
///
/// | flag | effect |
/// |---|---|
/// | `901:RATE` | an API request answers `ERR: 901, Internal error` with probability RATE, before anything is done |
/// | `slow:MS` | every response waits MS milliseconds |
/// | `html:RATE` | an API request answers an HTML error page (HTTP 502) with probability RATE |
/// | `empty:RATE` | an API request answers an empty body (HTTP 200) with probability RATE |
/// | `130:UNIX_TIME` | every send answers `ERR: 130, Maximum MT limit exceeded until UNIX_TIME` until that time |
///
/// RATE is in [0, 1]; draws come from the sandbox's seeded generator (`--seed`).
public enum SandboxFault: Sendable, Hashable, CustomStringConvertible {
    /// `ERR: 901` with this probability.
    case internalError(rate: Double)
    /// A delay before every response, in milliseconds.
    case slow(milliseconds: Int)
    /// An HTML error page with this probability.
    case html(rate: Double)
    /// An empty body with this probability.
    case empty(rate: Double)
    /// `ERR: 130` on sends until this Unix time.
    case mtLimit(until: Int)

    /// Reads `KIND:VALUE` as the `--fault` flag takes it.
    ///
    /// - Parameter text: For example `"901:0.25"`, `"slow:1500"` or `"130:1388534400"`.
    /// - Throws: ``SandboxConfigurationError/invalidFault(_:)`` when the kind is unknown or the
    ///   value out of range.
    public init(parsing text: String) throws(SandboxConfigurationError) {
        let halves = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard halves.count == 2 else { throw .invalidFault(text) }
        let value = String(halves[1])
        func rate() throws(SandboxConfigurationError) -> Double {
            guard let rate = Double(value), rate.isFinite, (0...1).contains(rate) else { throw .invalidFault(text) }
            return rate
        }
        switch halves[0] {
        case "901": self = .internalError(rate: try rate())
        case "html": self = .html(rate: try rate())
        case "empty": self = .empty(rate: try rate())
        case "slow":
            guard let milliseconds = Int(value), (0...600_000).contains(milliseconds) else { throw .invalidFault(text) }
            self = .slow(milliseconds: milliseconds)
        case "130":
            guard let time = Int(value), time >= 0 else { throw .invalidFault(text) }
            self = .mtLimit(until: time)
        default: throw .invalidFault(text)
        }
    }

    /// The flag's form, `KIND:VALUE`.
    public var description: String {
        switch self {
        case .internalError(let rate): "901:\(rate)"
        case .slow(let milliseconds): "slow:\(milliseconds)"
        case .html(let rate): "html:\(rate)"
        case .empty(let rate): "empty:\(rate)"
        case .mtLimit(let time): "130:\(time)"
        }
    }
}
