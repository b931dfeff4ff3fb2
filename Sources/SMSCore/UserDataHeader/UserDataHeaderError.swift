/// Why a user data header could not be parsed, with the offset of the problem
/// (TS 23.040 clause 9.2.3.24).
///
/// Offsets count octets from the UDHL octet (offset 0).
///
/// ```swift
/// do { _ = try UserDataHeader.parse([0x05, 0x00, 0x03]) }
/// catch { print(error) }   // UDHL says 5 octets follow but only 2 do
/// ```
public struct UserDataHeaderError: Error, Hashable, Sendable, CustomStringConvertible {
    private enum Code: Hashable, Sendable {
        case missingLength
        case lengthExceedsData(declared: Int, available: Int)
        case truncatedElement(offset: Int, identifier: UInt8)
        case elementOverrun(offset: Int, identifier: UInt8, length: Int, remaining: Int)
    }

    private let code: Code

    private init(_ code: Code) {
        self.code = code
    }

    /// There are no octets at all, so not even UDHL.
    public static var missingLength: Self { Self(.missingLength) }

    /// UDHL (`declared`) counts more octets than follow it (`available`).
    public static func lengthExceedsData(declared: Int, available: Int) -> Self {
        Self(.lengthExceedsData(declared: declared, available: available))
    }

    /// An element starts at `offset` in the last octet of the header, so it has no length octet.
    public static func truncatedElement(
        offset: Int, identifier: UserDataHeader.InformationElement.Identifier
    ) -> Self {
        Self(.truncatedElement(offset: offset, identifier: identifier.rawValue))
    }

    /// The element at `offset` says it holds `length` octets, but only `remaining` octets of the
    /// header are left. TS 23.040 9.2.3.24 tells a receiver to ignore the whole header then.
    public static func elementOverrun(
        offset: Int, identifier: UserDataHeader.InformationElement.Identifier, length: Int, remaining: Int
    ) -> Self {
        Self(.elementOverrun(offset: offset, identifier: identifier.rawValue, length: length, remaining: remaining))
    }

    /// The octet offset of the problem: 0 for a missing or overlong UDHL, otherwise the offset of
    /// the element's identifier.
    public var offset: Int {
        switch code {
        case .missingLength, .lengthExceedsData: 0
        case .truncatedElement(let offset, _), .elementOverrun(let offset, _, _, _): offset
        }
    }

    /// Whether UDHL itself is unusable (missing, or longer than the data), so the start of the
    /// text after the header is unknown. When this is `false`, UDHL is sound and only the
    /// elements are malformed: a receiver ignores the header and still finds the text
    /// (TS 23.040 9.2.3.24).
    public var isLengthError: Bool {
        switch code {
        case .missingLength, .lengthExceedsData: true
        case .truncatedElement, .elementOverrun: false
        }
    }

    /// What went wrong and where, in one sentence.
    public var description: String {
        switch code {
        case .missingLength:
            return "user data header: no UDHL octet"
        case .lengthExceedsData(let declared, let available):
            return "user data header: UDHL says \(declared) octets follow but only \(available) do"
        case .truncatedElement(let offset, let identifier):
            return "user data header: element \(Hex.literal(UInt32(identifier))) at octet \(offset) has no length octet"
        case .elementOverrun(let offset, let identifier, let length, let remaining):
            return
                "user data header: element \(Hex.literal(UInt32(identifier))) at octet \(offset) says \(length) octets but only \(remaining) remain in the header"
        }
    }
}
