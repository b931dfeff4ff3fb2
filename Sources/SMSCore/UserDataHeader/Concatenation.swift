/// The concatenation information of one part of a concatenated short message:
/// TS 23.040 clauses 9.2.3.24.1 (IEI 0x00, 8-bit reference) and 9.2.3.24.8 (IEI 0x08, 16-bit
/// reference).
///
/// Every part of one message carries the same reference and total; the sequence number counts
/// from 1 to the total.
///
/// ```swift
/// let part = Concatenation(reference: 0x4A, referenceBits: .eight, total: 3, sequence: 1)
/// UserDataHeader(elements: [.concatenation(part)]).encoded()   // 05 00 03 4A 03 01
/// part.isValid   // true
/// ```
public struct Concatenation: Hashable, Sendable, CustomStringConvertible {
    /// The concatenated short message reference number, the same in every part. With
    /// ``ReferenceBits/eight`` only values 0...255 can be sent.
    public var reference: UInt16
    /// Whether the reference is sent in one octet (IEI 0x00) or two (IEI 0x08).
    public var referenceBits: ReferenceBits
    /// The number of parts in the message, 1...255. TS 23.040 9.2.3.24.1 tells a receiver to
    /// ignore the element when this is 0.
    public var total: UInt8
    /// This part's sequence number, 1...``total``. TS 23.040 9.2.3.24.1 tells a receiver to
    /// ignore the element when this is 0 or above the total.
    public var sequence: UInt8

    /// Creates concatenation information.
    ///
    /// - Parameters:
    ///   - reference: The reference number; only the low 8 bits are sent with `.eight`.
    ///   - referenceBits: The size of the reference on the wire.
    ///   - total: The number of parts.
    ///   - sequence: This part's number, counting from 1.
    public init(reference: UInt16, referenceBits: ReferenceBits, total: UInt8, sequence: UInt8) {
        self.reference = reference
        self.referenceBits = referenceBits
        self.total = total
        self.sequence = sequence
    }

    /// Reads a concatenation element: IEI 0x00 with exactly 3 octets of data or IEI 0x08 with
    /// exactly 4 (TS 23.040 9.2.3.24.1, 9.2.3.24.8); `nil` for any other element.
    ///
    /// The values are taken as sent; see ``isValid``.
    ///
    /// - Parameter element: The information element to read.
    public init?(_ element: UserDataHeader.InformationElement) {
        let data = element.data
        switch element.identifier {
        case .concatenation8BitReference where data.count == 3:
            self.init(reference: UInt16(data[0]), referenceBits: .eight, total: data[1], sequence: data[2])
        case .concatenation16BitReference where data.count == 4:
            self.init(
                reference: UInt16(data[0]) << 8 | UInt16(data[1]), referenceBits: .sixteen,
                total: data[2], sequence: data[3]
            )
        default:
            return nil
        }
    }

    /// Whether a receiver uses this element: the total is not 0, the sequence number is in
    /// 1...total, and an 8-bit reference fits in 8 bits (TS 23.040 9.2.3.24.1).
    public var isValid: Bool {
        total != 0 && sequence != 0 && sequence <= total && (referenceBits == .sixteen || reference <= 0xFF)
    }

    /// For example `reference 74 (8-bit), part 1 of 3`.
    public var description: String {
        "reference \(reference) (\(referenceBits)), part \(sequence) of \(total)"
    }

    /// The size of a concatenation reference on the wire.
    public enum ReferenceBits: Hashable, Sendable, CaseIterable, CustomStringConvertible {
        /// One octet, information element 0x00 (TS 23.040 9.2.3.24.1): 6 octets of header.
        case eight
        /// Two octets, information element 0x08 (TS 23.040 9.2.3.24.8): 7 octets of header.
        case sixteen

        /// `8-bit` or `16-bit`.
        public var description: String {
            switch self {
            case .eight: "8-bit"
            case .sixteen: "16-bit"
            }
        }
    }
}
