/// The concatenation information of one part of a concatenated short message:
/// TS 23.040 clauses 9.2.3.24.1 (IEI 0x00, 8-bit reference) and 9.2.3.24.8 (IEI 0x08, 16-bit
/// reference).
///
/// Every part of one message carries the same reference and total; the sequence number counts
/// from 1 to the total.
///
/// ```swift
/// let part = Concatenation(reference: 0x4A, referenceSize: .eightBit, total: 3, sequence: 1)
/// UserDataHeader(elements: [.concatenation(part)]).encoded()   // 05 00 03 4A 03 01
/// part.isValid   // true
/// ```
public struct Concatenation: Hashable, Sendable, CustomStringConvertible {
    /// The concatenated short message reference number, the same in every part. With
    /// ``ReferenceSize/eightBit`` only values 0...255 can be sent.
    public var reference: UInt16
    /// Whether the reference is sent in one octet (IEI 0x00) or two (IEI 0x08).
    public var referenceSize: ReferenceSize
    /// The number of parts in the message, 1...255. TS 23.040 9.2.3.24.1 tells a receiver to
    /// ignore the element when this is 0.
    public var total: UInt8
    /// This part's sequence number, 1...``total``. TS 23.040 9.2.3.24.1 tells a receiver to
    /// ignore the element when this is 0 or above the total.
    public var sequence: UInt8

    /// Creates concatenation information.
    ///
    /// - Parameters:
    ///   - reference: The reference number; only the low 8 bits are sent with `.eightBit`.
    ///   - referenceSize: The size of the reference on the wire.
    ///   - total: The number of parts.
    ///   - sequence: This part's number, counting from 1.
    public init(reference: UInt16, referenceSize: ReferenceSize, total: UInt8, sequence: UInt8) {
        self.reference = reference
        self.referenceSize = referenceSize
        self.total = total
        self.sequence = sequence
    }

    /// Reads a concatenation element: IEI 0x00 with exactly 3 octets of data or IEI 0x08 with
    /// exactly 4 (TS 23.040 9.2.3.24.1, 9.2.3.24.8); `nil` for any other element.
    ///
    /// The values are taken as sent; see ``isValid``.
    ///
    /// ```swift
    /// let element = UserDataHeader.InformationElement(identifier: .concatenation8BitReference,
    ///                                                 data: [0x4A, 0x03, 0x01])
    /// Concatenation(parsing: element)   // reference 74 (8-bit), part 1 of 3
    /// ```
    ///
    /// - Parameter element: The information element to read.
    /// - Complexity: O(1).
    public init?(parsing element: UserDataHeader.InformationElement) {
        let data = element.data
        switch element.identifier {
        case .concatenation8BitReference where data.count == 3:
            self.init(reference: UInt16(data[0]), referenceSize: .eightBit, total: data[1], sequence: data[2])
        case .concatenation16BitReference where data.count == 4:
            self.init(
                reference: UInt16(data[0]) << 8 | UInt16(data[1]), referenceSize: .sixteenBit,
                total: data[2], sequence: data[3]
            )
        default:
            return nil
        }
    }

    /// Whether a receiver uses this element: the total is not 0, the sequence number is in
    /// 1...total, and an 8-bit reference fits in 8 bits (TS 23.040 9.2.3.24.1).
    public var isValid: Bool {
        total != 0 && sequence != 0 && sequence <= total && (referenceSize == .sixteenBit || reference <= 0xFF)
    }

    /// For example `reference 74 (8-bit), part 1 of 3`.
    public var description: String {
        "reference \(reference) (\(referenceSize)), part \(sequence) of \(total)"
    }

    /// The size of a concatenation reference on the wire: the one type for it in every API
    /// (``Concatenation``, ``ReassembledMessage/Key``, ``SegmentationOptions/Reference``).
    public enum ReferenceSize: Hashable, Sendable, CaseIterable, CustomStringConvertible {
        /// One octet, information element 0x00 (TS 23.040 9.2.3.24.1).
        case eightBit
        /// Two octets, information element 0x08 (TS 23.040 9.2.3.24.8).
        case sixteenBit

        /// The number of bits: 8 or 16.
        public var bitCount: Int {
            switch self {
            case .eightBit: 8
            case .sixteenBit: 16
            }
        }

        /// The length in octets, UDHL included, of a user data header that holds one
        /// concatenation element with a reference of this size: the ``UserDataHeader/encodedLength``
        /// of that header, built once (TS 23.040 9.2.3.24.1 and 9.2.3.24.8).
        ///
        /// - Complexity: O(1); the headers are built on first use only.
        public var concatenatedHeaderOctets: Int {
            switch self {
            case .eightBit: Self.eightBitHeaderOctets
            case .sixteenBit: Self.sixteenBitHeaderOctets
            }
        }

        private static let eightBitHeaderOctets = headerOctets(.eightBit)
        private static let sixteenBitHeaderOctets = headerOctets(.sixteenBit)

        /// The encoded length of a header that holds one concatenation element of this size.
        private static func headerOctets(_ size: ReferenceSize) -> Int {
            let concatenation = Concatenation(reference: 0, referenceSize: size, total: 1, sequence: 1)
            return UserDataHeader(elements: [.concatenation(concatenation)]).encodedLength
        }

        /// `8-bit` or `16-bit`.
        public var description: String {
            "\(bitCount)-bit"
        }
    }
}
