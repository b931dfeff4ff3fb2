extension UserDataHeader {
    /// One information element of a user data header: identifier (IEI), length (IEDL) and data,
    /// TS 23.040 clause 9.2.3.24.
    ///
    /// The data is kept as octets so that elements this library does not interpret (ports,
    /// language shifts, vendor elements) survive a parse–encode round trip unchanged.
    ///
    /// ```swift
    /// let port = UserDataHeader.InformationElement(identifier: .applicationPort16Bit,
    ///                                              data: [0x0B, 0x84, 0x23, 0xF0])
    /// let concat = UserDataHeader.InformationElement.concatenation(
    ///     Concatenation(reference: 7, referenceSize: .eightBit, total: 2, sequence: 1))
    /// concat.data   // [0x07, 0x02, 0x01]
    /// ```
    public struct InformationElement: Hashable, Sendable, CustomStringConvertible {
        /// The information element identifier, IEI (TS 23.040 9.2.3.24).
        public var identifier: Identifier
        /// The element data, without IEI and IEDL. At most 255 octets can be encoded.
        public var data: [UInt8]

        /// Creates an element from its identifier and data.
        ///
        /// - Parameters:
        ///   - identifier: The IEI.
        ///   - data: The element data (IEDL is its count, so at most 255 octets).
        public init(identifier: Identifier, data: [UInt8]) {
            self.identifier = identifier
            self.data = data
        }

        /// A concatenation element: IEI 0x00 with an 8-bit reference (`00 03 REF TOTAL SEQ`,
        /// TS 23.040 9.2.3.24.1) or IEI 0x08 with a 16-bit reference
        /// (`08 04 REFHI REFLO TOTAL SEQ`, TS 23.040 9.2.3.24.8).
        ///
        /// With ``Concatenation/ReferenceSize/eightBit`` only the low 8 bits of the reference are
        /// sent.
        ///
        /// - Parameter concatenation: The reference, total and sequence number.
        /// - Returns: The element, 3 or 4 octets of data.
        public static func concatenation(_ concatenation: Concatenation) -> Self {
            switch concatenation.referenceSize {
            case .eightBit:
                return Self(
                    identifier: .concatenation8BitReference,
                    data: [UInt8(truncatingIfNeeded: concatenation.reference), concatenation.total, concatenation.sequence]
                )
            case .sixteenBit:
                return Self(
                    identifier: .concatenation16BitReference,
                    data: [
                        UInt8(truncatingIfNeeded: concatenation.reference >> 8),
                        UInt8(truncatingIfNeeded: concatenation.reference),
                        concatenation.total, concatenation.sequence,
                    ]
                )
            }
        }

        /// The identifier in hex, its name when known, and the data in hex, e.g.
        /// `0x00 concatenation (8-bit reference): 4A 03 01`.
        public var description: String {
            var text = identifier.description
            text += ":"
            for byte in data {
                text += " "
                text += Hex.encode(CollectionOfOne(byte))
            }
            return text
        }
    }
}

extension UserDataHeader.InformationElement {
    /// An information element identifier (IEI), TS 23.040 clause 9.2.3.24.
    ///
    /// The set of identifiers grows with the standard and includes ranges for SMSC and SIM
    /// toolkit use, so this is an open `RawRepresentable` struct rather than an enum: any value
    /// 0x00...0xFF can be carried, and the ones this package knows by name are static members.
    ///
    /// ```swift
    /// UserDataHeader.InformationElement.Identifier(rawValue: 0x00) == .concatenation8BitReference   // true
    /// UserDataHeader.InformationElement.Identifier(rawValue: 0x70).description   // "0x70"
    /// ```
    public struct Identifier: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The IEI octet.
        public let rawValue: UInt8

        /// Creates an identifier from its octet.
        ///
        /// - Parameter rawValue: The IEI, 0x00...0xFF.
        public init(rawValue: UInt8) {
            self.rawValue = rawValue
        }

        /// 0x00: concatenated short messages, 8-bit reference number (TS 23.040 9.2.3.24.1).
        public static let concatenation8BitReference = Self(rawValue: 0x00)
        /// 0x04: application port addressing scheme, 8-bit address (TS 23.040 9.2.3.24.3).
        public static let applicationPort8Bit = Self(rawValue: 0x04)
        /// 0x05: application port addressing scheme, 16-bit address (TS 23.040 9.2.3.24.4).
        public static let applicationPort16Bit = Self(rawValue: 0x05)
        /// 0x08: concatenated short messages, 16-bit reference number (TS 23.040 9.2.3.24.8).
        public static let concatenation16BitReference = Self(rawValue: 0x08)
        /// 0x24: national language single shift; one octet, the language (TS 23.040 9.2.3.24.15,
        /// TS 23.038 6.2.1.2.4).
        public static let nationalLanguageSingleShift = Self(rawValue: 0x24)
        /// 0x25: national language locking shift; one octet, the language (TS 23.040 9.2.3.24.16,
        /// TS 23.038 6.2.1.2.5).
        public static let nationalLanguageLockingShift = Self(rawValue: 0x25)

        /// The identifier's name, or `nil` when this package does not name it.
        public var name: String? {
            switch rawValue {
            case 0x00: "concatenation (8-bit reference)"
            case 0x04: "application port (8-bit)"
            case 0x05: "application port (16-bit)"
            case 0x08: "concatenation (16-bit reference)"
            case 0x24: "national language single shift"
            case 0x25: "national language locking shift"
            default: nil
            }
        }

        /// `0x` and two upper-case hex digits, then the name when known, e.g.
        /// `0x08 concatenation (16-bit reference)`.
        public var description: String {
            let hex = Hex.literal(UInt32(rawValue))
            guard let name else { return hex }
            return hex + " " + name
        }
    }
}
