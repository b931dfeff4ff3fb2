#if Clickatell
public import SMSCore

/// A typed request of the Clickatell HTTP API: a command and its parameters, without
/// authentication, which ``httpRequest(authentication:method:)`` adds.
///
/// ```swift
/// let message = try ClickatellMessage(text: "Hi £5")
/// let request = ClickatellRequest.sendMessage(message, to: [try MSISDN(validating: "447700900123")])
/// let http = request.httpRequest(authentication: .credentials(credentials))
/// // POST /http/sendmsg
/// // api_id=…&user=…&password=…&to=447700900123&text=Hi%20%A35&unicode=0&concat=1
/// ```
public struct ClickatellRequest: Hashable, Sendable, CustomStringConvertible {
    /// The command.
    public let command: ClickatellCommand
    /// The parameters after authentication, in wire order.
    public let parameters: [ClickatellParameter]

    /// A request for a command with the given parameters (for commands this type has no
    /// factory for).
    ///
    /// - Parameters:
    ///   - command: The command.
    ///   - parameters: Its parameters, without authentication.
    public init(command: ClickatellCommand, parameters: [ClickatellParameter]) {
        self.command = command
        self.parameters = parameters
    }

    /// The HTTP request: authentication first, then the parameters.
    ///
    /// - Parameters:
    ///   - authentication: Credentials or a session id.
    ///   - method: POST (default, a form body) or GET (a query).
    /// - Returns: The request for a transport.
    public func httpRequest(
        authentication: ClickatellAuthentication,
        method: ClickatellHTTPRequest.Method = .post
    ) -> ClickatellHTTPRequest {
        ClickatellHTTPRequest(
            method: method,
            path: command.path,
            parameters: authentication.parameters + parameters,
            isIdempotent: command.isIdempotent
        )
    }

    /// The command and parameter names: `sendmsg (to, text, unicode, concat)`.
    public var description: String {
        "\(command.name) (\(parameters.map(\.name).joined(separator: ", ")))"
    }

    // MARK: Commands

    /// `auth`: exchange credentials (give them as the authentication) for a session id.
    public static var auth: Self { Self(command: .auth, parameters: []) }

    /// `ping`: extend the session (give the session id as the authentication).
    public static var ping: Self { Self(command: .ping, parameters: []) }

    /// `sendmsg` to one or more recipients.
    ///
    /// - Parameters:
    ///   - message: The text or data and the options.
    ///   - recipients: The recipients, sent as one comma-separated `to`.
    public static func sendMessage(_ message: ClickatellMessage, to recipients: [MSISDN]) -> Self {
        sendMessage(message, toDigits: recipients.map(Engine.digits(of:)))
    }

    /// `sendmsg` with recipients already in wire form (digits, country code first).
    static func sendMessage(_ message: ClickatellMessage, toDigits recipients: [String]) -> Self {
        var parameters = [ClickatellParameter("to", recipients.joined(separator: ","))]
        if let sender = message.options.sender { parameters.append(ClickatellParameter("from", sender.value)) }
        parameters += message.contentParameters
        parameters += message.options.trailingParameters
        return Self(command: .sendMessage, parameters: parameters)
    }

    /// `querymsg`: a message's status.
    public static func queryMessage(_ reference: ClickatellMessageReference) -> Self {
        Self(command: .queryMessage, parameters: [reference.parameter])
    }

    /// `getmsgcharge`: a message's charge and status.
    public static func messageCharge(_ reference: ClickatellMessageReference) -> Self {
        Self(command: .messageCharge, parameters: [reference.parameter])
    }

    /// `delmsg`: stop a message that has not left Clickatell.
    public static func deleteMessage(_ reference: ClickatellMessageReference) -> Self {
        Self(command: .deleteMessage, parameters: [reference.parameter])
    }

    /// `getbalance`: the account's credit.
    public static var balance: Self { Self(command: .balance, parameters: []) }

    /// `token_pay`: redeem a voucher.
    ///
    /// - Parameter token: The voucher (16 digits).
    public static func redeemVoucher(_ token: String) -> Self {
        Self(command: .redeemVoucher, parameters: [ClickatellParameter("token", token)])
    }

    /// The coverage query for a number.
    public static func coverage(_ number: MSISDN) -> Self {
        Self(command: .coverage, parameters: [ClickatellParameter("msisdn", Engine.digits(of: number))])
    }

    /// `startbatch` with a template (`#field1#`… placeholders) and the options of every item.
    ///
    /// - Parameters:
    ///   - template: The template text, encoded by the wire-text rule (``ClickatellText``).
    ///   - options: Any `sendmsg` option; `cliMsgId` is per item and ignored here.
    public static func startBatch(template: ClickatellText, options: ClickatellSendOptions = ClickatellSendOptions()) -> Self {
        var parameters: [ClickatellParameter] = []
        if let sender = options.sender { parameters.append(ClickatellParameter("from", sender.value)) }
        parameters.append(ClickatellParameter("template", bytes: template.wireBytes))
        parameters += [template.unicodeParameter, template.concatParameter]
        var trailing = options
        trailing.clientMessageID = nil
        parameters += trailing.trailingParameters
        return Self(command: .startBatch, parameters: parameters)
    }

    /// `senditem`: one item of a batch.
    ///
    /// - Parameters:
    ///   - batchID: The id `startbatch` returned.
    ///   - recipient: The one recipient.
    ///   - fields: The values of `field1`, `field2`, … as bytes (see ``ClickatellBatch``).
    public static func sendBatchItem(batchID: String, to recipient: MSISDN, fields: [[UInt8]]) -> Self {
        var parameters = [ClickatellParameter("batch_id", batchID), ClickatellParameter("to", Engine.digits(of: recipient))]
        for (index, field) in fields.enumerated() {
            parameters.append(ClickatellParameter("field\(index + 1)", bytes: field))
        }
        return Self(command: .sendBatchItem, parameters: parameters)
    }

    /// `quicksend`: the batch template to a list of recipients.
    public static func quickSend(batchID: String, to recipients: [MSISDN]) -> Self {
        Self(command: .quickSend, parameters: [
            ClickatellParameter("batch_id", batchID),
            ClickatellParameter("to", recipients.map(Engine.digits(of:)).joined(separator: ",")),
        ])
    }

    /// `endbatch`.
    public static func endBatch(batchID: String) -> Self {
        Self(command: .endBatch, parameters: [ClickatellParameter("batch_id", batchID)])
    }
}
#endif
