#if Clickatell
/// The comparison rule that Clickatell's error codes and message statuses share: digits compare
/// by number (`"0001"` is `"001"`), anything else by its text.
enum NumericCode {
    /// The number of an all-ASCII-digit value, or `nil`.
    static func number(of rawValue: String) -> Int? {
        guard !rawValue.isEmpty, rawValue.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Int(rawValue)
    }

    /// Whether two values are the same code: by number when both are numeric, by text otherwise.
    static func equal(_ lhs: String, _ rhs: String) -> Bool {
        if let left = number(of: lhs), let right = number(of: rhs) { return left == right }
        return lhs == rhs
    }

    /// Hashes consistently with ``equal(_:_:)``.
    static func hash(_ rawValue: String, into hasher: inout Hasher) {
        if let number = number(of: rawValue) { hasher.combine(number) } else { hasher.combine(rawValue) }
    }
}
#endif
