/// A national language of 3GPP TS 23.038 annex A, whose locking-shift table (A.3) replaces the
/// GSM 7-bit default alphabet and whose single-shift table (A.2) replaces its extension table,
/// so that Turkish, Portuguese or Hindi text stays GSM-7.
///
/// A message says which tables it uses with the TS 23.040 information elements 0x25 (locking
/// shift, 9.2.3.24.16) and 0x24 (single shift, 9.2.3.24.15), each holding the language's
/// National Language Identifier. Networks and handsets must support them, so nothing uses
/// them unless the caller enables them (``SegmentationOptions/languages``).
///
/// ```swift
/// NationalLanguage.turkish.identifier          // 1
/// NationalLanguage(code: "pt")                 // .portuguese
/// NationalLanguage.spanish.hasLockingShiftTable   // false: A.3.2 is void
/// ```
public struct NationalLanguage: Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// The National Language Identifier, 1...13 (TS 23.038 6.2.1.2.4).
    public let identifier: UInt8

    private init(_ identifier: UInt8) { self.identifier = identifier }

    /// The language with the given National Language Identifier, or `nil` outside 1...13.
    ///
    /// - Parameter identifier: The identifier, as an information element 0x24 or 0x25 holds it.
    public init?(identifier: UInt8) {
        guard (1...13).contains(identifier) else { return nil }
        self.init(identifier)
    }

    /// The language with the given ISO 639-1 code (`tr`, `es`, `pt`, `bn`, `gu`, `hi`, `kn`,
    /// `ml`, `or`, `pa`, `ta`, `te`, `ur`), in any case; `nil` for any other.
    ///
    /// - Parameter code: The code.
    public init?(code: some StringProtocol) {
        let code = code.lowercased()
        guard let index = Self.codes.firstIndex(of: code) else { return nil }
        self.init(UInt8(index + 1))
    }

    /// Turkish (NLI 1; A.3.1, A.2.1).
    public static let turkish = Self(1)
    /// Spanish (NLI 2; single shift A.2.2 only: the locking-shift table A.3.2 is void).
    public static let spanish = Self(2)
    /// Portuguese (NLI 3; A.3.3, A.2.3).
    public static let portuguese = Self(3)
    /// Bengali (NLI 4; A.3.4, A.2.4).
    public static let bengali = Self(4)
    /// Gujarati (NLI 5; A.3.5, A.2.5).
    public static let gujarati = Self(5)
    /// Hindi (NLI 6; A.3.6, A.2.6).
    public static let hindi = Self(6)
    /// Kannada (NLI 7; A.3.7, A.2.7).
    public static let kannada = Self(7)
    /// Malayalam (NLI 8; A.3.8, A.2.8).
    public static let malayalam = Self(8)
    /// Oriya (NLI 9; A.3.9, A.2.9).
    public static let oriya = Self(9)
    /// Punjabi (NLI 10; A.3.10, A.2.10).
    public static let punjabi = Self(10)
    /// Tamil (NLI 11; A.3.11, A.2.11).
    public static let tamil = Self(11)
    /// Telugu (NLI 12; A.3.12, A.2.12).
    public static let telugu = Self(12)
    /// Urdu (NLI 13; A.3.13, A.2.13).
    public static let urdu = Self(13)

    /// The thirteen languages, in identifier order.
    public static let allCases: [NationalLanguage] = (1...13).map { Self(UInt8($0)) }

    private static let codes = ["tr", "es", "pt", "bn", "gu", "hi", "kn", "ml", "or", "pa", "ta", "te", "ur"]
    private static let names = [
        "Turkish", "Spanish", "Portuguese", "Bengali", "Gujarati", "Hindi", "Kannada", "Malayalam", "Oriya",
        "Punjabi", "Tamil", "Telugu", "Urdu",
    ]

    /// The ISO 639-1 code, such as `tr`.
    public var code: String { Self.codes[Int(identifier) - 1] }

    /// The English name, such as `Turkish`.
    public var name: String { Self.names[Int(identifier) - 1] }

    /// Whether the language has a locking-shift table: every language but Spanish.
    public var hasLockingShiftTable: Bool { self != .spanish }

    /// The code, such as `tr`.
    public var description: String { code }
}
