import SMSCore

/// Why a part given to `sms decode` cannot be read: bad hex, a bad JSON line, a header whose
/// UDHL disagrees with its length.
struct DecodeInputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A sentence for people, naming the option or line and the offset.
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
