#if Clickatell
import SMSCore

/// The character set of an inbound (MO) callback's `text`, from its `charset` field
/// (reference §8.2): how the percent-escaped octets become characters.
///
/// Decoding is lenient and never fails: what cannot be read is replaced by U+FFFD and noted.
///
/// | `charset` | octets |
/// |---|---|
/// | absent, `ISO-8859-1`, `Latin-1`, … | one character per octet, U+0000–U+00FF |
/// | `UTF-16BE`, `UCS-2` | big-endian UTF-16 code units (`%00H%00i`), not hex |
/// | `UTF-8` | UTF-8 |
/// | anything else | read as ISO-8859-1, the API's default, and noted on the part |
public struct ClickatellInboundCharset: Hashable, Sendable, CustomStringConvertible {
    /// How the octets are read.
    public enum Kind: Hashable, Sendable {
        /// One character per octet (ISO-8859-1).
        case latin1
        /// Big-endian UTF-16 code units.
        case utf16BigEndian
        /// UTF-8.
        case utf8
    }

    /// The `charset` field as received, or `nil` when there was none.
    public let name: String?
    /// How the text was read.
    public let kind: Kind
    /// Whether the name was one this version knows (`false` for an unknown name, read as
    /// ISO-8859-1).
    public let isRecognized: Bool

    /// The character set a `charset` field names.
    ///
    /// - Parameter name: The field's value, or `nil` when absent.
    public init(name: String?) {
        self.name = name
        let key = (name ?? "").lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " }
        switch key {
        case "", "iso88591", "latin1", "l1", "ascii", "usascii":
            (kind, isRecognized) = (.latin1, true)
        case "utf16be", "utf16", "ucs2", "ucs2be", "unicodebig", "unicodebigunmarked":
            (kind, isRecognized) = (.utf16BigEndian, true)
        case "utf8":
            (kind, isRecognized) = (.utf8, true)
        default:
            (kind, isRecognized) = (.latin1, false)
        }
    }

    /// The name as received, or `ISO-8859-1 (default)` when there was none.
    public var description: String { name ?? "ISO-8859-1 (default)" }

    /// The octets as `SMSCore` carries decoded text: UCS-2 for UTF-16BE (octets as received,
    /// so a surrogate pair split across two parts is joined by `Reassembly`), and the text's
    /// UTF-16 big-endian octets otherwise.
    func userDataPayload(of octets: [UInt8]) -> [UInt8] {
        switch kind {
        case .utf16BigEndian:
            return octets
        case .latin1:
            var payload: [UInt8] = []
            payload.reserveCapacity(octets.count * 2)
            for octet in octets { payload.append(0); payload.append(octet) }
            return payload
        case .utf8:
            return UCS2Codec.bigEndianBytes(of: String(decoding: octets, as: UTF8.self))
        }
    }
}
#endif
