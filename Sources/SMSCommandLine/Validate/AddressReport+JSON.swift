import SMSCore

extension AddressReport {
    /// One JSON object: `input`, `valid`, (`kind`, `from` for sender IDs,) `e164`, `msisdn`,
    /// `countryCallingCode` and `error` (`{"code", "message", "offset"}`, ``CommandError``; the
    /// offset counts Unicode scalars of the input), `null` where they do not apply.
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
        members.append(("error", error.map { CommandError($0).json } ?? .null))
        return .object(members)
    }
}
