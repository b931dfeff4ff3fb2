import SMSCore

extension AddressReport {
    /// One JSON object: `input`, `valid`, (`kind`, `from` for sender IDs,) `e164`, `msisdn`,
    /// `countryCallingCode`, `invisible` (the invisible formatting characters that were
    /// ignored, `[{codePoint, offset}]`) and `error` (`{"code", "message", "offset"}`,
    /// ``CommandError``; the offset counts Unicode scalars of the input, or bytes of the line
    /// for `invalidUTF8`), `null` where they do not apply.
    var json: JSONValue {
        var members: [(String, JSONValue)] = [("input", .string(input)), ("valid", .bool(isValid))]
        if kind == .sender {
            let sender = try? result.get()
            members.append(("kind", sender.map { .string($0.kind) } ?? .null))
            members.append(("from", sender.map { .string($0.value) } ?? .null))
        }
        members.append(("e164", number.map { .string($0.e164) } ?? .null))
        members.append(("msisdn", number.map { .string($0.digits) } ?? .null))
        members.append(("countryCallingCode", number.map { .number($0.countryCallingCode.value) } ?? .null))
        members.append((
            "invisible",
            number.map { .array($0.invisibleCharacters.map { ["codePoint": .string($0.codePoint), "offset": .number($0.offset)] }) }
                ?? .null
        ))
        members.append(("error", error.map(\.json) ?? .null))
        return .object(members)
    }
}
