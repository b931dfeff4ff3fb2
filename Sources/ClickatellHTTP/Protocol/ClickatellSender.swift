#if Clickatell
import SMSCore

/// A validated `from`: an international number of up to 16 digits, or a name of up to 11
/// characters (the engine's `SenderID` rules, with Clickatell's 16-digit numeric limit).
///
/// ```swift
/// try ClickatellSender(validating: "+44 7700 900123").value   // "447700900123"
/// try ClickatellSender(validating: "Acme").value              // "Acme"
/// ```
public struct ClickatellSender: Hashable, Sendable, CustomStringConvertible {
    /// The sender as given.
    public let input: String
    /// What `from` carries: digits without `+`, or the name.
    public let value: String

    /// Validates a sender as typed.
    ///
    /// - Parameter input: The sender, such as `"+44 7700 900123"` or `"Acme"`.
    /// - Throws: ``ClickatellError`` ``ClickatellError/Code-swift.struct/invalidSender``.
    public init(validating input: String) throws(ClickatellError) {
        let sender: SenderID
        do {
            sender = try Engine.sender(input)
        } catch {
            throw .invalidSender(input, error, detail: error.description)
        }
        if let digits = Engine.numericDigits(of: sender), digits.count > ClickatellLimits.maxNumericSenderDigitCount {
            throw .invalidSender(
                input, nil, detail: "a numeric sender has at most \(ClickatellLimits.maxNumericSenderDigitCount) digits")
        }
        self.input = input
        self.value = Engine.fromValue(of: sender)
    }

    /// The value sent.
    public var description: String { value }
}
#endif
