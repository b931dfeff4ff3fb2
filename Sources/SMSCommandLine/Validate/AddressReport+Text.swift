import SMSCore

extension AddressReport {
    /// One line for people: the quoted input, then the canonical form or the reason.
    ///
    /// `"+44 7700 900123" -> 447700900123 (+447700900123)`,
    /// `"\u{200F}+44 7700 900123" -> 447700900123 (+447700900123); ignored invisible U+200F at offset 0`,
    /// `"Acme" -> alphanumeric Acme`,
    /// `"07700 900123" -> rejected (missingCountryCode): no country calling code at offset 0: …`
    var text: String {
        let quoted = input.debugDescription
        switch result {
        case .success(.numeric(let number)):
            let kindName = kind == .sender ? "numeric " : ""
            let invisible = number.invisibleCharacters.isEmpty
                ? "" : "; ignored invisible " + number.invisibleCharacters.map(\.description).joined(separator: ", ")
            return "\(quoted) -> \(kindName)\(number.digits) (\(number.e164))\(invisible)"
        case .success(.alphanumeric(let name)):
            return "\(quoted) -> alphanumeric \(name)"
        case .failure(let error):
            return "\(quoted) -> rejected (\(error.code)): \(error)"
        }
    }
}
