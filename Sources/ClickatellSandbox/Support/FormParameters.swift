/// The parameters of one API request: the query string and, for a form POST, the body, merged.
///
/// Values are kept as the octets their percent-encoding gives, because one parameter is read
/// differently from the others: `text` with `unicode=0` is Windows-1252 (the reference's §7),
/// everything else UTF-8. Names are case-sensitive, as the API's are. When a name repeats, the
/// last value wins; the body comes after the query, so a body value overrides a query value.
///
/// ```swift
/// var parameters = FormParameters(parsing: Array("user=me&password=%C3%A9+%26%3D%25%2B".utf8))
/// parameters["password"]   // "é &=%+"
/// ```
public struct FormParameters: Sendable, Equatable {
    /// The values by name, as octets.
    private(set) var values: [String: [UInt8]] = [:]

    /// No parameters.
    public init() {}

    /// Reads `application/x-www-form-urlencoded` octets: `name=value` pairs joined by `&`, `+`
    /// for a space and `%XX` for any octet.
    ///
    /// Malformed input never fails: a `%` not followed by two hex digits is kept as it is, and a
    /// pair without `=` has an empty value.
    ///
    /// - Parameter encoded: The query string (without `?`) or the form body.
    /// - Complexity: O(*n*).
    public init(parsing encoded: some Collection<UInt8>) {
        merge(parsing: encoded)
    }

    /// Adds the pairs of a query string or form body; later values replace earlier ones.
    ///
    /// - Parameter encoded: The query string or form body.
    public mutating func merge(parsing encoded: some Collection<UInt8>) {
        for pair in encoded.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let halves = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(decoding: Self.percentDecoded(halves[0]), as: UTF8.self)
            guard !name.isEmpty else { continue }
            values[name] = halves.count > 1 ? Self.percentDecoded(halves[1]) : []
        }
    }

    /// A value as UTF-8 text, or `nil` when the parameter is absent; setting `nil` removes it.
    ///
    /// - Parameter name: The parameter's name.
    public subscript(name: String) -> String? {
        get { values[name].map { String(decoding: $0, as: UTF8.self) } }
        set { values[name] = newValue.map { Array($0.utf8) } }
    }

    /// The octets of a value, or `nil` when the parameter is absent.
    ///
    /// - Parameter name: The parameter's name.
    public func octets(_ name: String) -> [UInt8]? { values[name] }

    /// Whether the parameter is present (even with an empty value).
    func contains(_ name: String) -> Bool { values[name] != nil }

    /// A present, non-empty value, as UTF-8 text.
    func nonEmpty(_ name: String) -> String? {
        guard let value = self[name], !value.isEmpty else { return nil }
        return value
    }

    /// Percent-decodes one name or value: `+` is a space, `%XX` an octet.
    static func percentDecoded(_ input: some Collection<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var index = input.startIndex
        while index != input.endIndex {
            let byte = input[index]
            input.formIndex(after: &index)
            if byte == UInt8(ascii: "+") {
                output.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), index != input.endIndex,
                      let high = hexValue(input[index]),
                      case let next = input.index(after: index), next != input.endIndex,
                      let low = hexValue(input[next]) {
                output.append(high << 4 | low)
                index = input.index(after: next)
            } else {
                output.append(byte)
            }
        }
        return output
    }

    /// Percent-encodes octets for a form body: unreserved characters as they are, a space as
    /// `+`, every other octet as `%XX`.
    static func percentEncoded(_ octets: some Sequence<UInt8>) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var output: [UInt8] = []
        for byte in octets {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"):
                output.append(byte)
            case UInt8(ascii: " "):
                output.append(UInt8(ascii: "+"))
            default:
                output += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// A form body from pairs whose values are already octets.
    static func encodedForm(_ pairs: [(String, [UInt8])]) -> String {
        pairs.map { percentEncoded($0.0.utf8) + "=" + percentEncoded($0.1) }.joined(separator: "&")
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

extension FormParameters {
    /// Sets a value given as octets (a `text` kept in its original encoding).
    mutating func set(_ name: String, octets: [UInt8]) {
        values[name] = octets
    }
}
