#if Clickatell
public import SMSCore

/// A message text as it goes on the wire, with the encoding decided by the engine.
///
/// The rule (reference section 7):
/// - `unicode=0` only when every character is GSM-7 **and** has a Windows-1252 byte; `text`
///   then carries those bytes, percent-encoded (`£` is `%A3`, `€` is `%80`). Never UTF-8 bytes
///   with `unicode=0`: the gateway would read `ä` as `Ã¤`.
/// - `unicode=1` otherwise, with `text` the UCS-2 (UTF-16 big-endian) hex of the whole text.
///
/// The plan is made in the encoding actually sent: a text that GSM-7 holds but Windows-1252
/// does not (Greek capitals) goes as UCS-2, so its parts count 70 / 67 units. `concat` is the
/// number of parts that plan needs, and a text that needs more than `maxParts` (default 3, as
/// Clickatell recommends) is refused before any request. National language tables cannot be
/// selected through this API's `text`.
///
/// ```swift
/// let text = try ClickatellText(encoding: "£5 or 6€")
/// text.unicode            // false
/// text.plan.encoding      // .gsm7
/// text.concat             // 1
/// String(decoding: FormEncoding.encodedBytes([text.textParameter]), as: UTF8.self)
/// // "text=%A35%20or%206%80"
///
/// try ClickatellText(encoding: "ΩΨΘ").hex   // "03A903A80398" (unicode=1)
/// ```
public struct ClickatellText: Hashable, Sendable {
    /// The most parts Clickatell is asked for by default: 3, as its documentation recommends.
    public static let defaultMaxParts = 3

    /// The text as given.
    public let text: String
    /// Whether the text goes as UCS-2 hex (`unicode=1`).
    public let unicode: Bool
    /// The plan in the encoding actually sent.
    public let plan: SMSPlan
    /// The value of `text` before percent-encoding: Windows-1252 bytes, or the ASCII hex digits.
    public let wireBytes: [UInt8]
    /// The maximum number of parts the caller allowed.
    public let maxParts: Int

    /// Decides how a text goes on the wire and checks its number of parts.
    ///
    /// - Parameters:
    ///   - text: The message.
    ///   - maxParts: The most parts allowed, 1...35 (``ClickatellLimits/maxConcat``); default 3.
    /// - Throws: ``ClickatellError`` ``ClickatellError/Code-swift.struct/tooManyParts`` naming
    ///   the parts needed, or ``ClickatellError/Code-swift.struct/invalidMaxParts``.
    /// - Complexity: O(n) in Unicode scalars.
    public init(encoding text: String, maxParts: Int = ClickatellText.defaultMaxParts) throws(ClickatellError) {
        guard (1...ClickatellLimits.maxConcat).contains(maxParts) else { throw .invalidMaxParts(maxParts) }
        let latin = Self.windows1252Bytes(of: text)
        let fitsLatin = latin.failedAt == nil
        self.text = text
        self.unicode = !fitsLatin
        self.plan = Engine.plan(of: text, ucs2: !fitsLatin)
        self.wireBytes = fitsLatin ? latin.bytes : Array(Engine.ucs2Hex(of: text).utf8)
        self.maxParts = maxParts
        if plan.partCount > maxParts { throw .tooManyParts(needed: plan.partCount, maxParts: maxParts) }
    }

    /// The Windows-1252 bytes of a text when every character is GSM-7 and has one (`failedAt`
    /// `nil`), or the Unicode scalar offset of the first that does not.
    static func windows1252Bytes(of text: String) -> (bytes: [UInt8], failedAt: Int?) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            guard Engine.isGSM7(scalar), let byte = Windows1252.byte(for: scalar) else { return (bytes, offset) }
            bytes.append(byte)
        }
        return (bytes, nil)
    }

    /// The `concat` value: the number of parts the plan needs.
    public var concat: Int { plan.partCount }

    /// The hex digits for `unicode=1`, or `nil` when the text goes as Windows-1252 bytes.
    public var hex: String? { unicode ? String(decoding: wireBytes, as: UTF8.self) : nil }

    /// The `text` parameter.
    public var textParameter: ClickatellParameter { ClickatellParameter("text", bytes: wireBytes) }

    /// The `unicode` parameter: `0` or `1`.
    public var unicodeParameter: ClickatellParameter { ClickatellParameter("unicode", unicode ? "1" : "0") }

    /// The `concat` parameter.
    public var concatParameter: ClickatellParameter { ClickatellParameter("concat", String(concat)) }
}
#endif
