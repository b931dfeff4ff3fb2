#if Clickatell
/// What `sendmsg` sends besides its recipients: text (or 8-bit data) and options.
///
/// ```swift
/// var message = try ClickatellMessage(text: "Your code is 1234", from: "Acme")
/// message.options.callback = 3
/// ```
public struct ClickatellMessage: Hashable, Sendable {
    /// The body of a message.
    public enum Content: Hashable, Sendable {
        /// Text, with the encoding decided by the engine (`text`, `unicode`, `concat`).
        case text(ClickatellText)
        /// 8-bit data with an optional user data header (`data`, `udh`, sent as hex); the
        /// sender must then not be alphanumeric. `concat` is left to the options' absence.
        case binary(data: [UInt8], userDataHeader: [UInt8])
    }

    /// The body.
    public var content: Content
    /// The optional parameters.
    public var options: ClickatellSendOptions

    /// A message with the given content and options.
    ///
    /// - Parameters:
    ///   - content: The body.
    ///   - options: The optional parameters.
    public init(content: Content, options: ClickatellSendOptions = ClickatellSendOptions()) {
        self.content = content
        self.options = options
    }

    /// A text message.
    ///
    /// - Parameters:
    ///   - text: The message.
    ///   - from: The sender as typed, or `nil` for the account's default.
    ///   - maxParts: The most parts allowed (default 3).
    /// - Throws: ``ClickatellError``: too many parts, or an invalid sender.
    public init(text: String, from: String? = nil, maxParts: Int = ClickatellText.defaultMaxParts) throws(ClickatellError) {
        var options = ClickatellSendOptions()
        if let from { options.sender = try ClickatellSender(validating: from) }
        self.init(content: .text(try ClickatellText(encoding: text, maxParts: maxParts)), options: options)
    }

    /// The text, when the content is text.
    public var text: ClickatellText? {
        if case .text(let text) = content { return text }
        return nil
    }

    /// The content parameters: `text`, `unicode`, `concat`, or `udh` and `data`.
    var contentParameters: [ClickatellParameter] {
        switch content {
        case .text(let text):
            [text.textParameter, text.unicodeParameter, text.concatParameter]
        case .binary(let data, let header):
            (header.isEmpty ? [] : [ClickatellParameter("udh", Engine.hex(header))])
                + [ClickatellParameter("data", Engine.hex(data))]
        }
    }
}
#endif
