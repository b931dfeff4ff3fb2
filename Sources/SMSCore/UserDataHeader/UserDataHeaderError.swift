/// Why a user data header could not be parsed, with the offset of the problem
/// (TS 23.040 clause 9.2.3.24).
///
/// Offsets count octets from the UDHL octet (offset 0).
///
/// ```swift
/// do { _ = try UserDataHeader(parsing: [0x05, 0x00, 0x03]) }
/// catch {
///     error.code     // .lengthExceedsData
///     error.offset   // 0: the UDHL octet
///     print(error)   // user data header: UDHL says 5 octets follow but only 2 do
/// }
/// ```
public struct UserDataHeaderError: SMSError {
    /// The stable names of header errors.
    public struct Code: SMSErrorCode {
        /// The stable lowerCamelCase name.
        public let rawValue: String

        /// The code with the given name.
        ///
        /// - Parameter rawValue: The name, such as `"elementOverrun"`.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// See ``UserDataHeaderError/missingLength``.
        public static let missingLength = Code(rawValue: "missingLength")
        /// See ``UserDataHeaderError/lengthExceedsData(declared:available:)``.
        public static let lengthExceedsData = Code(rawValue: "lengthExceedsData")
        /// See ``UserDataHeaderError/truncatedElement(offset:identifier:)``.
        public static let truncatedElement = Code(rawValue: "truncatedElement")
        /// See ``UserDataHeaderError/elementOverrun(offset:identifier:length:remaining:)``.
        public static let elementOverrun = Code(rawValue: "elementOverrun")
    }

    private enum Detail: Hashable, Sendable {
        case missingLength
        case lengthExceedsData(declared: Int, available: Int)
        case truncatedElement(offset: Int, identifier: UInt8)
        case elementOverrun(offset: Int, identifier: UInt8, length: Int, remaining: Int)
    }

    private let detail: Detail

    private init(_ detail: Detail) {
        self.detail = detail
    }

    /// There are no octets at all, so not even UDHL.
    public static var missingLength: Self { Self(.missingLength) }

    /// UDHL (`declared`) counts more octets than follow it (`available`).
    ///
    /// - Parameters:
    ///   - declared: The UDHL value.
    ///   - available: The octets after UDHL.
    public static func lengthExceedsData(declared: Int, available: Int) -> Self {
        Self(.lengthExceedsData(declared: declared, available: available))
    }

    /// An element starts at `offset` in the last octet of the header, so it has no length octet.
    ///
    /// - Parameters:
    ///   - offset: The octet offset of the element's identifier.
    ///   - identifier: The element's identifier.
    public static func truncatedElement(
        offset: Int, identifier: UserDataHeader.InformationElement.Identifier
    ) -> Self {
        Self(.truncatedElement(offset: offset, identifier: identifier.rawValue))
    }

    /// The element at `offset` says it holds `length` octets, but only `remaining` octets of the
    /// header are left. TS 23.040 9.2.3.24 tells a receiver to ignore the whole header then.
    ///
    /// - Parameters:
    ///   - offset: The octet offset of the element's identifier.
    ///   - identifier: The element's identifier.
    ///   - length: The element's length octet (IEDL).
    ///   - remaining: The header octets left after IEDL.
    public static func elementOverrun(
        offset: Int, identifier: UserDataHeader.InformationElement.Identifier, length: Int, remaining: Int
    ) -> Self {
        Self(.elementOverrun(offset: offset, identifier: identifier.rawValue, length: length, remaining: remaining))
    }

    /// What went wrong: one of the static members of ``Code``.
    public var code: Code {
        switch detail {
        case .missingLength: .missingLength
        case .lengthExceedsData: .lengthExceedsData
        case .truncatedElement: .truncatedElement
        case .elementOverrun: .elementOverrun
        }
    }

    /// The octet offset of the problem: 0 (the UDHL octet) for a missing or overlong UDHL,
    /// otherwise the offset of the element's identifier. Never `nil`.
    public var offset: Int? {
        switch detail {
        case .missingLength, .lengthExceedsData: 0
        case .truncatedElement(let offset, _), .elementOverrun(let offset, _, _, _): offset
        }
    }

    /// Whether UDHL itself is unusable (missing, or longer than the data), so the start of the
    /// text after the header is unknown. When this is `false`, UDHL is sound and only the
    /// elements are malformed: a receiver ignores the header and still finds the text
    /// (TS 23.040 9.2.3.24).
    public var isLengthError: Bool {
        switch detail {
        case .missingLength, .lengthExceedsData: true
        case .truncatedElement, .elementOverrun: false
        }
    }

    /// What went wrong and where, in one sentence.
    public var description: String {
        switch detail {
        case .missingLength:
            return "user data header: no UDHL octet"
        case .lengthExceedsData(let declared, let available):
            return "user data header: UDHL says \(declared.counting("octets")) \(declared == 1 ? "follows" : "follow") but only \(available) \(available == 1 ? "does" : "do")"
        case .truncatedElement(let offset, let identifier):
            return "user data header: element \(Hex.literal(UInt32(identifier))) at octet \(offset) has no length octet"
        case .elementOverrun(let offset, let identifier, let length, let remaining):
            return
                "user data header: element \(Hex.literal(UInt32(identifier))) at octet \(offset) says \(length.counting("octets")) but only \(remaining) \(remaining == 1 ? "remains" : "remain") in the header"
        }
    }
}
