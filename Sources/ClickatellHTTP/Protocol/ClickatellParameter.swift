#if Clickatell
/// One form field of a request: a case-sensitive name and the value's bytes.
///
/// Values are bytes, not text, because `text` with `unicode=0` carries Windows-1252 bytes
/// (`£` is the byte A3), while every other value is ASCII or UTF-8. The form encoder
/// percent-encodes the bytes as they are.
public struct ClickatellParameter: Hashable, Sendable, CustomStringConvertible {
    /// The parameter name as the API spells it (`api_id`, `to`, `cliMsgId`).
    public let name: String
    /// The value's bytes before percent-encoding. It may be a secret (password, session id),
    /// so only ``name`` is ever described.
    public let value: [UInt8]

    /// A parameter whose value is the UTF-8 of a string.
    ///
    /// - Parameters:
    ///   - name: The parameter name.
    ///   - value: The value; its UTF-8 bytes are sent.
    public init(_ name: String, _ value: String) {
        self.init(name, bytes: Array(value.utf8))
    }

    /// A parameter with raw value bytes.
    ///
    /// - Parameters:
    ///   - name: The parameter name.
    ///   - bytes: The value's bytes, percent-encoded as they are.
    public init(_ name: String, bytes: [UInt8]) {
        self.name = name
        self.value = bytes
    }

    /// The name only (values may hold numbers, text or secrets): `to`.
    public var description: String { name }
}
#endif
