/// An error the HTTP API answers with: `ERR: <code>, <description>` (the reference's §5).
struct APIError: Error, Hashable, Sendable {
    /// The three-digit code, such as `"105"`.
    let code: String
    /// The description after the comma.
    let description: String

    /// The response line, with ` To: <msisdn>` appended for a recipient of a list.
    func line(to recipient: String? = nil) -> String {
        let base = "ERR: \(code), \(description)"
        guard let recipient else { return base }
        return base + " To: " + recipient
    }

    static let authenticationFailed = APIError(code: "001", description: "Authentication failed")
    static let unknownUser = APIError(code: "002", description: "Unknown username or password")
    static let sessionExpired = APIError(code: "003", description: "Session ID expired")
    static let missingSession = APIError(code: "005", description: "Missing session ID")
    static let invalidParameters = APIError(code: "101", description: "Invalid or missing parameters")
    static let invalidUserDataHeader = APIError(code: "102", description: "Invalid user data header")
    static let unknownAPIMessageID = APIError(code: "103", description: "Unknown API message ID")
    static let unknownClientMessageID = APIError(code: "104", description: "Unknown client message ID")
    static let invalidDestination = APIError(code: "105", description: "Invalid Destination Address")
    static let invalidSource = APIError(code: "106", description: "Invalid Source Address")
    static let emptyMessage = APIError(code: "107", description: "Empty message")
    static let invalidAPIID = APIError(code: "108", description: "Invalid or missing API ID")
    static let missingMessageID = APIError(code: "109", description: "Missing message ID")
    static let invalidMessageType = APIError(code: "112", description: "Invalid message type")
    static let tooManyParts = APIError(code: "113", description: "Maximum message parts exceeded")
    static let invalidUnicode = APIError(code: "116", description: "Invalid Unicode data")
    static let invalidDeliveryTime = APIError(code: "120", description: "Invalid delivery time")
    static let invalidBatchID = APIError(code: "201", description: "Invalid batch ID")
    static let noBatchTemplate = APIError(code: "202", description: "No batch template")
    static let noCredit = APIError(code: "301", description: "No Credit Left")
    static let internalError = APIError(code: "901", description: "Internal error")

    /// `ERR: 130, Maximum MT limit exceeded until <unix time>`.
    static func mtLimit(until time: Int) -> APIError {
        APIError(code: "130", description: "Maximum MT limit exceeded until \(time)")
    }
}
