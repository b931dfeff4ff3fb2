#if Clickatell
import ClickatellHTTP

/// The JSON shapes of the Clickatell subcommands.
enum ClickatellJSON {
    /// `{"code", "message", "offset", "clickatellCode"}`, or null.
    static func error(_ error: ClickatellError?) -> JSONValue {
        guard let error else { return .null }
        return [
            "code": .string(error.code.rawValue),
            "message": .string(error.description),
            "offset": error.offset.map { JSONValue.number($0) } ?? .null,
            "clickatellCode": error.clickatellCode.map { JSONValue.string($0.rawValue) } ?? .null,
        ]
    }

    /// `{"to", "serverTo", "accepted", "apiMessageId", "error"}`: every key present.
    static func result(_ result: ClickatellSendResult) -> JSONValue {
        [
            "to": result.to.map(JSONValue.string) ?? .null,
            "serverTo": result.serverTo.map(JSONValue.string) ?? .null,
            "accepted": .bool(result.isAccepted),
            "apiMessageId": result.apiMessageID.map(JSONValue.string) ?? .null,
            "error": error(result.error),
        ]
    }

    /// `{"apiMessageId", "status", "description", "final", "charge"}`.
    static func status(_ report: ClickatellStatusReport) -> JSONValue {
        [
            "apiMessageId": .string(report.apiMessageID),
            "status": .string(report.status.rawValue),
            "description": report.status.meaning.map(JSONValue.string) ?? .null,
            "final": .bool(report.status.isFinal),
            "charge": report.charge.map(JSONValue.string) ?? .null,
        ]
    }
}
#endif
