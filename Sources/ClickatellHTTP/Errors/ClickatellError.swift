#if Clickatell
public import SMSCore

/// Why something could not be sent or asked through Clickatell, or what Clickatell answered
/// instead of success.
///
/// Errors before any request (``Code-swift.struct/tooManyParts``, an invalid sender) are thrown;
/// per-recipient outcomes of a send (``Code-swift.struct/invalidRecipient``,
/// ``Code-swift.struct/clickatellError`` with `To:`) are data in ``ClickatellSendResult``.
///
/// ```swift
/// do { _ = try ClickatellText(encoding: longText, maxParts: 3) }
/// catch {
///     error.code          // .tooManyParts
///     error.partsNeeded   // 5
///     error.description   // "the text needs 5 parts but at most 3 are allowed (concat)"
/// }
/// ```
///
/// Descriptions never contain credentials, session ids or message text.
public struct ClickatellError: SMSError {
    /// The stable names of the kinds of ``ClickatellError``.
    public struct Code: SMSErrorCode {
        /// The name, such as `"tooManyParts"`.
        public let rawValue: String
        /// The code with the given name.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The text needs more parts than the caller allows; nothing was sent.
        public static let tooManyParts = Code(rawValue: "tooManyParts")
        /// The maximum number of parts is outside 1...35 (``ClickatellLimits/maxConcat``).
        public static let invalidMaxParts = Code(rawValue: "invalidMaxParts")
        /// A recipient is not a valid international number; no request was made for it.
        public static let invalidRecipient = Code(rawValue: "invalidRecipient")
        /// The sender is not a valid `from`: up to 16 digits or 11 allowed characters.
        public static let invalidSender = Code(rawValue: "invalidSender")
        /// A client message id is not 1 to 32 ASCII letters and digits.
        public static let invalidClientMessageID = Code(rawValue: "invalidClientMessageID")
        /// A batch field holds a character the batch's template encoding cannot carry (the
        /// template went with `unicode=0` and the field is not GSM-7 in Windows-1252).
        public static let invalidBatchField = Code(rawValue: "invalidBatchField")
        /// Clickatell answered `ERR:`; ``ClickatellError/clickatellCode`` holds its code.
        public static let clickatellError = Code(rawValue: "clickatellError")
        /// The answer to a multi-recipient send did not mention this recipient.
        public static let recipientNotInResponse = Code(rawValue: "recipientNotInResponse")
        /// The body is not what the command answers (HTML, junk, an empty body, a wrong form).
        public static let unexpectedResponse = Code(rawValue: "unexpectedResponse")
        /// The body is JSON from Clickatell's newer platform: the account cannot use this API.
        public static let newPlatformAccount = Code(rawValue: "newPlatformAccount")
        /// The HTTP status was not 2xx.
        public static let httpStatus = Code(rawValue: "httpStatus")
        /// The transport failed (connection, timeout, TLS) and retries, if any, ran out.
        public static let transportFailed = Code(rawValue: "transportFailed")
        /// ERR 130: the account's MT limit is exceeded until a time, and the caller chose not to
        /// wait (or the time is further away than the caller will wait).
        public static let mtLimitExceeded = Code(rawValue: "mtLimitExceeded")
        /// A `sendmsg` failed in a way that leaves its outcome unknown (901 or a transport error),
        /// and the message was not re-sent because it may have been accepted.
        public static let outcomeUnknown = Code(rawValue: "outcomeUnknown")
    }

    private enum Detail: Hashable, Sendable {
        case none
        case parts(needed: Int, max: Int)
        case address(input: String, error: AddressError?, detail: String)
        case clickatell(code: ClickatellErrorCode?, message: String)
        case text(String)
        case status(Int)
        case until(Int64?)
    }

    /// What went wrong.
    public let code: Code
    /// The offset in the input for an invalid recipient or sender (Unicode scalars of the input
    /// as given); `nil` otherwise.
    public let offset: Int?
    private let detail: Detail

    private init(_ code: Code, offset: Int? = nil, _ detail: Detail) {
        self.code = code
        self.offset = offset
        self.detail = detail
    }

    // MARK: Factories

    /// The text needs `needed` parts but at most `maxParts` are allowed.
    public static func tooManyParts(needed: Int, maxParts: Int) -> Self {
        Self(.tooManyParts, .parts(needed: needed, max: maxParts))
    }

    /// The maximum number of parts is outside 1...35 (``ClickatellLimits/maxConcat``).
    public static func invalidMaxParts(_ value: Int) -> Self {
        Self(.invalidMaxParts, .parts(needed: 0, max: value))
    }

    /// A recipient failed validation.
    ///
    /// - Parameters:
    ///   - input: The recipient as given.
    ///   - error: Why the engine rejected it.
    public static func invalidRecipient(_ input: String, _ error: AddressError) -> Self {
        Self(.invalidRecipient, offset: error.offset, .address(input: input, error: error, detail: error.description))
    }

    /// The sender failed validation.
    ///
    /// - Parameters:
    ///   - input: The sender as given.
    ///   - error: Why the engine rejected it, when it did.
    ///   - detail: The sentence to show.
    public static func invalidSender(_ input: String, _ error: AddressError?, detail: String) -> Self {
        Self(.invalidSender, offset: error?.offset, .address(input: input, error: error, detail: detail))
    }

    /// A client message id is not 1 to 32 ASCII letters and digits.
    public static func invalidClientMessageID(_ value: String) -> Self {
        Self(.invalidClientMessageID, .text(value))
    }

    /// A batch field cannot be carried by the batch's encoding.
    ///
    /// - Parameters:
    ///   - index: The field's number (1 for `field1`).
    ///   - offset: The Unicode scalar offset of the first character that cannot be carried.
    public static func invalidBatchField(_ index: Int, offset: Int) -> Self {
        Self(.invalidBatchField, offset: offset, .status(index))
    }

    /// Clickatell answered `ERR: code, message`, or `ERR: message` without a code.
    public static func clickatellError(_ code: ClickatellErrorCode?, message: String) -> Self {
        Self(.clickatellError, .clickatell(code: code, message: message))
    }

    /// The answer did not mention the recipient.
    public static var recipientNotInResponse: Self { Self(.recipientNotInResponse, .none) }

    /// The body is not what the command answers.
    ///
    /// - Parameter detail: What was wrong, without secrets (the caller withholds bodies that
    ///   could hold a session id).
    public static func unexpectedResponse(_ detail: String) -> Self { Self(.unexpectedResponse, .text(detail)) }

    /// The body is JSON from Clickatell's newer platform.
    ///
    /// - Parameter errorCode: The `errorCode` member, when there is one.
    public static func newPlatformAccount(errorCode: String?) -> Self {
        Self(.newPlatformAccount, .clickatell(code: errorCode.map(ClickatellErrorCode.init(rawValue:)), message: ""))
    }

    /// The HTTP status was not 2xx.
    public static func httpStatus(_ status: Int) -> Self { Self(.httpStatus, .status(status)) }

    /// The transport failed.
    ///
    /// - Parameter detail: A sentence without URLs or secrets.
    public static func transportFailed(_ detail: String) -> Self { Self(.transportFailed, .text(detail)) }

    /// ERR 130 and the caller will not wait.
    ///
    /// - Parameter until: The Unix time named in the answer, when it named one.
    public static func mtLimitExceeded(until: Int64?) -> Self { Self(.mtLimitExceeded, .until(until)) }

    /// The outcome of a `sendmsg` is unknown and it was not re-sent.
    ///
    /// - Parameter detail: What happened.
    public static func outcomeUnknown(_ detail: String) -> Self { Self(.outcomeUnknown, .text(detail)) }

    // MARK: Details

    /// For ``Code-swift.struct/tooManyParts``: the parts the text needs.
    public var partsNeeded: Int? {
        if case .parts(let needed, _) = detail, code == .tooManyParts { return needed }
        return nil
    }

    /// For ``Code-swift.struct/tooManyParts`` and ``Code-swift.struct/invalidMaxParts``: the
    /// maximum that was asked for.
    public var maxParts: Int? {
        if case .parts(_, let max) = detail { return max }
        return nil
    }

    /// Clickatell's error code, for ``Code-swift.struct/clickatellError`` (`nil` for a code-less
    /// `ERR:`) and ``Code-swift.struct/newPlatformAccount`` (its `errorCode`).
    public var clickatellCode: ClickatellErrorCode? {
        if case .clickatell(let code, _) = detail { return code }
        return nil
    }

    /// Clickatell's description as received, for ``Code-swift.struct/clickatellError``.
    public var clickatellMessage: String? {
        if case .clickatell(_, let message) = detail, code == .clickatellError { return message }
        return nil
    }

    /// The engine's reason for an invalid recipient or sender.
    public var addressError: AddressError? {
        if case .address(_, let error, _) = detail { return error }
        return nil
    }

    /// For ``Code-swift.struct/httpStatus``: the HTTP status.
    public var httpStatusCode: Int? {
        if case .status(let status) = detail, code == .httpStatus { return status }
        return nil
    }

    /// For ``Code-swift.struct/mtLimitExceeded``: the Unix time until which sending is blocked.
    public var blockedUntil: Int64? {
        if case .until(let time) = detail { return time }
        return nil
    }

    /// One sentence naming what went wrong.
    public var description: String {
        switch detail {
        case .none:
            switch code {
            case .recipientNotInResponse: return "Clickatell's answer did not mention this recipient"
            default: return code.rawValue
            }
        case .parts(let needed, let max):
            if code == .invalidMaxParts {
                return "the maximum number of parts must be between 1 and \(ClickatellLimits.maxConcat), not \(max)"
            }
            return "the text needs \(needed) parts but at most \(max) \(max == 1 ? "is" : "are") allowed (concat); nothing was sent"
        case .address(let input, _, let detail):
            let what = code == .invalidSender ? "sender" : "recipient"
            return "invalid \(what) \"\(input)\": \(detail)"
        case .clickatell(let errorCode, let message):
            if code == .newPlatformAccount {
                let suffix = errorCode.map { " (errorCode \($0.rawValue))" } ?? ""
                return "Clickatell answered with JSON from its newer platform\(suffix): this account cannot use the HTTP API (accounts created since about 2016 use the REST API)"
            }
            guard let errorCode else { return "Clickatell answered ERR: \(message)" }
            let meaning = errorCode.meaning.map { " (\($0))" } ?? " (unknown code)"
            return "Clickatell answered ERR \(errorCode.rawValue)\(meaning): \(message)"
        case .text(let text):
            switch code {
            case .invalidClientMessageID:
                return "the client message id \"\(text)\" must be 1 to 32 ASCII letters and digits"
            case .unexpectedResponse: return "unexpected response from Clickatell: \(text)"
            case .transportFailed: return "could not reach Clickatell: \(text)"
            case .outcomeUnknown: return "the message may or may not have been accepted, so it was not re-sent: \(text)"
            default: return text
            }
        case .status(let status) where code == .invalidBatchField:
            return "field\(status) has a character at offset \(offset ?? 0) that the batch's template encoding (unicode=0) cannot carry"
        case .status(let status):
            return "Clickatell's server answered HTTP status \(status)"
        case .until(let time):
            let when = time.map { " until Unix time \($0)" } ?? ""
            return "the account's maximum MT limit is exceeded\(when) (ERR 130)"
        }
    }
}
#endif
