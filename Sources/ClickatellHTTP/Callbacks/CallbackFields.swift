#if Clickatell
/// The fields of one callback: the form body's, then the query's, with names compared without
/// regard to ASCII case (`apiMsgId`, `apimsgid`).
///
/// Values stay octets: an inbound `text` is ISO-8859-1 or UTF-16BE, not UTF-8. A name given
/// twice keeps its first value; the body is looked at before the query, so a POST's form wins
/// over parameters the application put in its own callback URL.
struct CallbackFields {
    /// Each field's name (lower-cased) and value, body fields first.
    private var fields: [(name: [UInt8], value: [UInt8])] = []

    /// The fields of a request.
    ///
    /// - Complexity: O(*n*) in the query and body.
    init(_ request: ClickatellCallbackRequest) {
        if request.bodyIsForm { Self.appendFields(of: request.body, to: &fields) }
        Self.appendFields(of: request.query.utf8, to: &fields)
    }

    /// Whether there are no fields at all.
    var isEmpty: Bool { fields.isEmpty }

    /// Whether any of the names is present.
    func containsAny(of names: [String]) -> Bool {
        names.contains { octets($0) != nil }
    }

    /// The first value of a field, as octets.
    ///
    /// - Parameter name: The name in lower case.
    func octets(_ name: String) -> [UInt8]? {
        let wanted = Array(name.utf8)
        return fields.first { $0.name == wanted }?.value
    }

    /// The longest value an identifier, number, status or other short field may have, in
    /// octets: Clickatell's are at most 32.
    static let maxShortFieldOctets = 64
    /// The longest `text` of one inbound part, in octets: a part holds at most 160 characters
    /// (UTF-16BE: 140 octets), so 1 KiB leaves room for any charset.
    static let maxTextOctets = 1024
    /// The longest `udh`, in hex digits: a header is at most 140 octets.
    static let maxUDHDigits = 280

    /// The first field whose value is longer than its limit, as an error, or `nil`.
    func overlongField() -> ClickatellCallbackError? {
        for (name, value) in fields {
            let field = String(decoding: name, as: UTF8.self)
            let limit: Int
            switch field {
            case "text": limit = Self.maxTextOctets
            case "udh": limit = Self.maxUDHDigits
            case "apimsgid", "climsgid", "momsgid", "api_id", "to", "from", "status", "charge", "timestamp", "charset",
                "network":
                limit = Self.maxShortFieldOctets
            default: continue
            }
            if value.count > limit { return .fieldTooLong(field, maxOctets: limit) }
        }
        return nil
    }

    /// The first value of a field as text (UTF-8, ill-formed sequences replaced by U+FFFD).
    ///
    /// - Parameter name: The name in lower case.
    func text(_ name: String) -> String? {
        octets(name).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The first value of a field as text, or `nil` when absent or empty.
    func nonEmptyText(_ name: String) -> String? {
        guard let value = text(name), !value.isEmpty else { return nil }
        return value
    }

    /// Splits `application/x-www-form-urlencoded` octets into fields: `&` between fields (a `;`
    /// is text: a UTF-16BE `text` may hold the octet 0x3B unescaped), `=` between name and
    /// value, `+` for a space, `%HH` for an octet. A `%` not followed by two hex digits stands
    /// for itself.
    private static func appendFields(of octets: some Collection<UInt8>, to fields: inout [(name: [UInt8], value: [UInt8])]) {
        var name: [UInt8] = []
        var value: [UInt8] = []
        var inValue = false
        var iterator = octets.makeIterator()
        var lookahead: [UInt8] = []

        func finishField() {
            if !name.isEmpty || inValue {
                fields.append((name.map(lowercased), value))
            }
            name = []
            value = []
            inValue = false
        }
        func next() -> UInt8? { lookahead.isEmpty ? iterator.next() : lookahead.removeFirst() }

        while let byte = next() {
            var decoded = byte
            switch byte {
            case UInt8(ascii: "&"):
                finishField()
                continue
            case UInt8(ascii: "=") where !inValue:
                inValue = true
                continue
            case UInt8(ascii: "+"):
                decoded = UInt8(ascii: " ")
            case UInt8(ascii: "%"):
                let high = next()
                let low = high == nil ? nil : next()
                if let high, let low, let h = hexValue(high), let l = hexValue(low) {
                    decoded = h << 4 | l
                } else {
                    lookahead = [high, low].compactMap { $0 }
                }
            default:
                break
            }
            if inValue { value.append(decoded) } else { name.append(decoded) }
        }
        finishField()
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }
}
#endif
