/// The pair of GSM 7-bit tables a message is written with: a locking-shift table, which gives
/// every septet its character, and a single-shift table, reached one character at a time through
/// the escape 0x1B (3GPP TS 23.038 6.2.1, 6.2.1.1 and annex A).
///
/// ``standard`` is the default alphabet with the default extension table: what every handset
/// reads and what ``GSM7Alphabet`` describes. A national locking-shift table replaces the
/// default alphabet, a national single-shift table the default extension table; the header of
/// every part says which (``informationElements``).
///
/// A character costs one septet when the locking-shift table has it (even if the single-shift
/// table has it too), two when only the single-shift table has it, and cannot be sent otherwise.
/// Where a table has a character at two septets, the lower one is sent.
///
/// ```swift
/// let turkish = GSM7Tables(lockingShift: .turkish, singleShift: .turkish)
/// turkish.code(for: "ş")          // .basic(0x1D)
/// GSM7Tables.standard.code(for: "ş")   // nil
/// turkish.informationElements     // 25 01 01, 24 01 01
/// ```
public struct GSM7Tables: Hashable, Sendable, CustomStringConvertible {
    /// The locking-shift table's language, or `nil` for the default alphabet.
    public let lockingShift: NationalLanguage?
    /// The single-shift table's language, or `nil` for the default extension table.
    public let singleShift: NationalLanguage?

    /// The default alphabet and the default extension table (TS 23.038 6.2.1, 6.2.1.1).
    public static let standard = GSM7Tables()

    /// A pair of tables.
    ///
    /// - Parameters:
    ///   - lockingShift: The locking-shift table's language; `nil` (the default) for the default
    ///     alphabet.
    ///   - singleShift: The single-shift table's language; `nil` (the default) for the default
    ///     extension table.
    /// - Precondition: `lockingShift` has a locking-shift table (every language but Spanish).
    public init(lockingShift: NationalLanguage? = nil, singleShift: NationalLanguage? = nil) {
        precondition(lockingShift?.hasLockingShiftTable ?? true, "Spanish has no locking-shift table (TS 23.038 A.3.2)")
        self.lockingShift = lockingShift
        self.singleShift = singleShift
    }

    /// The tables a received header selects: its last 0x25 and 0x24 elements whose language is
    /// known (1...13, and not Spanish for locking shift); the default tables otherwise
    /// (TS 23.040 9.2.3.24.15 and 9.2.3.24.16).
    ///
    /// - Parameter header: The part's header.
    public init(header: UserDataHeader) {
        var locking: NationalLanguage? = nil
        var single: NationalLanguage? = nil
        for element in header.elements where element.data.count == 1 {
            let language = NationalLanguage(identifier: element.data[0])
            switch element.identifier {
            case .nationalLanguageLockingShift where language?.hasLockingShiftTable == true: locking = language
            case .nationalLanguageSingleShift where language != nil: single = language
            default: break
            }
        }
        self.init(lockingShift: locking, singleShift: single)
    }

    /// Whether both tables are the default ones.
    public var isStandard: Bool { lockingShift == nil && singleShift == nil }

    /// How many national tables the pair uses: 0, 1 or 2.
    public var nationalTableCount: Int { (lockingShift == nil ? 0 : 1) + (singleShift == nil ? 0 : 1) }

    /// The header elements that announce the pair: 0x25 for a national locking-shift table, then
    /// 0x24 for a national single-shift table, each holding the language's identifier; none for
    /// the standard pair (TS 23.040 9.2.3.24.15 and 9.2.3.24.16).
    public var informationElements: [UserDataHeader.InformationElement] {
        var elements: [UserDataHeader.InformationElement] = []
        if let lockingShift {
            elements.append(.init(identifier: .nationalLanguageLockingShift, data: [lockingShift.identifier]))
        }
        if let singleShift {
            elements.append(.init(identifier: .nationalLanguageSingleShift, data: [singleShift.identifier]))
        }
        return elements
    }

    /// Where a character sits in these tables, or `nil` when neither has it. A character in both
    /// is in the locking-shift table.
    ///
    /// - Complexity: O(log *t*) in the table's size; no allocation.
    public func code(for scalar: Unicode.Scalar) -> GSM7Code? {
        guard let raw = rawCode(scalar.value) else { return nil }
        return raw & GSM7Alphabet.extensionFlag == 0 ? .basic(raw) : .extended(raw & 0x7F)
    }

    /// The character at a septet of the locking-shift table, or `nil` for the escape 0x1B, values
    /// above 0x7F and positions the table leaves empty.
    public func scalar(forBasic septet: UInt8) -> Unicode.Scalar? {
        guard septet < 0x80, septet != GSM7Alphabet.escape else { return nil }
        let value = Self.lockingDecoding[Int(lockingShift?.identifier ?? 0)][Int(septet)]
        return value == 0 ? nil : Unicode.Scalar(value)
    }

    /// The character at a septet of the single-shift table, or `nil` where it defines nothing.
    public func scalar(forExtended septet: UInt8) -> Unicode.Scalar? {
        guard septet < 0x80 else { return nil }
        let value = Self.singleDecoding[Int(singleShift?.identifier ?? 0)][Int(septet)]
        return value == 0 ? nil : Unicode.Scalar(value)
    }

    /// For example `default alphabet, default extension table` or `Turkish locking shift,
    /// Turkish single shift`.
    public var description: String {
        let locking = lockingShift.map { "\($0.name) locking shift" } ?? "default alphabet"
        let single = singleShift.map { "\($0.name) single shift" } ?? "default extension table"
        return "\(locking), \(single)"
    }

    // MARK: Lookups

    /// The packed code of a scalar value, as ``GSM7Alphabet/rawCode(_:)`` gives it for the
    /// standard pair: the septet, or the septet with ``GSM7Alphabet/extensionFlag`` for the
    /// single-shift table; `nil` when neither table has it.
    ///
    /// Not ``GSM7Alphabet/noCode`` for "none": that is 0xFF, the packed code of single-shift
    /// septet 0x7F, which the default extension table leaves empty but the Portuguese one
    /// does not (`â`, TS 23.038 A.2.3).
    @inline(__always)
    func rawCode(_ value: UInt32) -> UInt8? {
        if isStandard {
            let raw = GSM7Alphabet.rawCode(value)
            return raw == GSM7Alphabet.noCode ? nil : raw
        }
        if let septet = Self.lockingSeptet(of: value, in: Int(lockingShift?.identifier ?? 0)) { return septet }
        if let septet = Self.singleSeptet(of: value, in: Int(singleShift?.identifier ?? 0)) {
            return septet | GSM7Alphabet.extensionFlag
        }
        return nil
    }

    /// The septet of a scalar value in the locking-shift table of a language identifier (0 for
    /// the default alphabet), or `nil`.
    static func lockingSeptet(of value: UInt32, in identifier: Int) -> UInt8? {
        if identifier == 0 {
            let raw = GSM7Alphabet.rawCode(value)
            return raw < 0x80 ? raw : nil
        }
        return septet(of: value, in: lockingEncoding[identifier])
    }

    /// The septet of a scalar value in the single-shift table of a language identifier (0 for
    /// the default extension table), or `nil`.
    static func singleSeptet(of value: UInt32, in identifier: Int) -> UInt8? {
        if identifier == 0 {
            let raw = GSM7Alphabet.rawCode(value)
            return raw != GSM7Alphabet.noCode && raw >= 0x80 ? raw & 0x7F : nil
        }
        return septet(of: value, in: singleEncoding[identifier])
    }

    /// Binary search of a sorted `scalar << 8 | septet` table.
    private static func septet(of value: UInt32, in table: [UInt32]) -> UInt8? {
        guard value <= 0xFFFF else { return nil }
        var low = 0
        var high = table.count
        while low < high {
            let middle = (low + high) / 2
            let scalar = table[middle] >> 8
            if scalar == value { return UInt8(truncatingIfNeeded: table[middle]) }
            if scalar < value { low = middle + 1 } else { high = middle }
        }
        return nil
    }
}
