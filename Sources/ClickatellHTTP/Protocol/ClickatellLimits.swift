#if Clickatell
/// Clickatell's limits, as provider policy of this module (not of the engine).
///
/// ```swift
/// ClickatellLimits.maxRecipientsPerPOST   // 300
/// ```
public enum ClickatellLimits {
    /// The most digits of a numeric `from`: 16 (one more than E.164 allows a number).
    public static let maxNumericSenderDigitCount = 16
    /// The most recipients in one GET `sendmsg` or `quicksend`: 100 (2009–2013 specification).
    public static let maxRecipientsPerGET = 100
    /// The most recipients in one POST `sendmsg` or `quicksend`: 300 (2009–2013 specification).
    public static let maxRecipientsPerPOST = 300
    /// The highest `concat` (parts of one message) Clickatell accepts: 35.
    public static let maxConcat = 35
    /// The longest `cliMsgId`: 32 ASCII letters and digits.
    public static let maxClientMessageIDLength = 32
    /// How long a session lives without a call that uses it: 15 minutes.
    public static let sessionLifetime: Duration = .seconds(15 * 60)
}
#endif
