public import SMSCore

/// Why a sandbox setting was rejected: a `--fault`, an amount, an account or a configuration
/// file. Offsets are `nil`: each error is about one whole value.
///
/// ```swift
/// do { _ = try SandboxFault(parsing: "901:2") }
/// catch { error.code   // .invalidFault }
/// ```
public struct SandboxConfigurationError: SMSError {
    /// The kinds of configuration error.
    public struct Code: SMSErrorCode {
        /// The stable name.
        public let rawValue: String
        /// The code with the given name.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// A `--fault` value that is not `KIND:VALUE` with a known kind and a value in range.
        public static let invalidFault = Code(rawValue: "invalidFault")
        /// A credit amount or price that is not a non-negative decimal with at most 6 decimals.
        public static let invalidAmount = Code(rawValue: "invalidAmount")
        /// An account without an `api_id`, user or password, or a configuration file that
        /// cannot be read.
        public static let invalidAccount = Code(rawValue: "invalidAccount")
    }

    /// What went wrong.
    public let code: Code
    /// Always `nil`.
    public var offset: Int? { nil }
    /// One sentence naming the value (never a password).
    public let description: String

    private init(_ code: Code, _ description: String) {
        self.code = code
        self.description = description
    }

    /// A `--fault` value that cannot be read.
    public static func invalidFault(_ value: String) -> Self {
        Self(.invalidFault, "\"\(value)\" is not a fault: use 901:RATE, slow:MS, html:RATE, empty:RATE or 130:UNIX_TIME with RATE in [0, 1]")
    }

    /// An amount that cannot be read.
    public static func invalidAmount(_ value: String, setting: String) -> Self {
        Self(.invalidAmount, "\(setting) \"\(value)\" is not a non-negative decimal with at most 6 decimals")
    }

    /// An account that is incomplete, or a file that does not describe accounts.
    public static func invalidAccount(_ reason: String) -> Self {
        Self(.invalidAccount, "invalid account: \(reason)")
    }
}
