/// The user data header of a short message: TP-UDHL and its information elements,
/// 3GPP TS 23.040 clause 9.2.3.24.
///
/// A header is present when TP-UDHI is set (TS 23.040 9.2.3.23). On the wire it is the length
/// octet UDHL (the number of octets that follow) and then each element as identifier, length and
/// data. The element list is open: concatenation, application ports and national language
/// shifts are named in ``InformationElement/Identifier``, and any other identifier is carried
/// through untouched.
///
/// ```swift
/// let header = UserDataHeader(elements: [
///     .concatenation(Concatenation(reference: 0x4A, referenceSize: .eightBit, total: 3, sequence: 1))
/// ])
/// header.encoded()        // [0x05, 0x00, 0x03, 0x4A, 0x03, 0x01]
/// header.encodedLength    // 6
/// try UserDataHeader(parsing: [0x05, 0x00, 0x03, 0x4A, 0x03, 0x01]) == header   // true
/// ```
public struct UserDataHeader: Hashable, Sendable {
    /// The information elements, in wire order.
    public var elements: [InformationElement]

    /// Creates a header from its information elements.
    ///
    /// A header without elements encodes to nothing: it means "no header" (TP-UDHI clear).
    ///
    /// - Parameter elements: The elements, in the order they are to be sent.
    public init(elements: [InformationElement] = []) {
        self.elements = elements
    }

    /// The encoded length in octets, UDHL included; 0 when there are no elements.
    ///
    /// A single concatenation element with an 8-bit reference gives 6, with a 16-bit reference 7
    /// (TS 23.040 9.2.3.24.1 and 9.2.3.24.8).
    ///
    /// - Complexity: O(*e*) in the number of elements; no allocation.
    public var encodedLength: Int {
        if elements.isEmpty { return 0 }
        var length = 1
        for element in elements { length += 2 + element.data.count }
        return length
    }

    /// The header as sent: UDHL, then each element's identifier, length and data
    /// (TS 23.040 9.2.3.24).
    ///
    /// - Returns: ``encodedLength`` octets; `[]` when there are no elements.
    /// - Precondition: Each element holds at most 255 octets of data and the elements together
    ///   (identifiers and lengths included) at most 255 octets, so that IEDL and UDHL fit in one
    ///   octet.
    /// - Complexity: O(*n*) in the encoded length; one allocation.
    public func encoded() -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(encodedLength)
        append(to: &bytes)
        return bytes
    }

    /// Appends the encoded header (UDHL and elements) to a byte buffer; does nothing when there
    /// are no elements.
    ///
    /// - Parameter buffer: The buffer to append to.
    /// - Precondition: As for ``encoded()``.
    /// - Complexity: O(*n*) in the encoded length.
    public func append(to buffer: inout [UInt8]) {
        let length = encodedLength
        guard length > 0 else { return }
        precondition(length - 1 <= 255, "UserDataHeader: elements total \(length - 1) octets; UDHL holds at most 255")
        reserveForAppending(&buffer, length)
        buffer.append(UInt8(length - 1))
        for element in elements {
            precondition(
                element.data.count <= 255,
                "UserDataHeader: element \(element.identifier) holds \(element.data.count) octets; IEDL holds at most 255"
            )
            buffer.append(element.identifier.rawValue)
            buffer.append(UInt8(element.data.count))
            buffer.append(contentsOf: element.data)
        }
    }

    /// Parses a header from the start of the user data (TS 23.040 9.2.3.24).
    ///
    /// `bytes` starts with UDHL; octets after the header (the message text) are ignored, so the
    /// whole TP-UD can be passed. Elements are split by their length octets and kept as they are:
    /// an element with an unknown identifier, or a known one with unexpected data, is not an
    /// error here (see ``concatenation`` for how concatenation elements are read).
    ///
    /// ```swift
    /// let header = try UserDataHeader(parsing: Hex.decode("0608041234030100"))
    /// header.concatenation   // reference 0x1234 (16-bit), total 3, sequence 1
    /// ```
    ///
    /// - Parameter bytes: The user data, starting with the UDHL octet.
    /// - Throws: ``UserDataHeaderError`` when there is no UDHL octet, when UDHL counts more octets
    ///   than `bytes` holds, or when an element's length runs past the end of the header
    ///   (TS 23.040 9.2.3.24 says to ignore such a header). The error names the offset.
    /// - Complexity: O(*n*) in UDHL.
    public init(parsing bytes: some Collection<UInt8>) throws(UserDataHeaderError) {
        self = try withContiguous(bytes, Self.parse(buffer:)).get()
    }

    private static func parse(buffer: UnsafeBufferPointer<UInt8>) -> Result<UserDataHeader, UserDataHeaderError> {
        guard let udhl = buffer.first else { return .failure(.missingLength) }
        let end = 1 + Int(udhl)
        guard end <= buffer.count else {
            return .failure(.lengthExceedsData(declared: Int(udhl), available: buffer.count - 1))
        }
        var elements: [InformationElement] = []
        var offset = 1
        while offset < end {
            guard offset + 1 < end else {
                return .failure(.truncatedElement(offset: offset, identifier: .init(rawValue: buffer[offset])))
            }
            let identifier = InformationElement.Identifier(rawValue: buffer[offset])
            let length = Int(buffer[offset + 1])
            let dataStart = offset + 2
            guard dataStart + length <= end else {
                return .failure(
                    .elementOverrun(offset: offset, identifier: identifier, length: length, remaining: end - dataStart)
                )
            }
            elements.append(InformationElement(identifier: identifier, data: Array(buffer[dataStart..<dataStart + length])))
            offset = dataStart + length
        }
        return .success(UserDataHeader(elements: elements))
    }

    /// The concatenation this header announces, or `nil` when it has no well-formed
    /// concatenation element.
    ///
    /// Elements with identifier 0x00 and 3 octets of data, or 0x08 and 4 octets
    /// (TS 23.040 9.2.3.24.1 and 9.2.3.24.8), are read. When several are present the **last**
    /// one wins: TS 23.040 9.2.3.24 says that of duplicated non-repeatable elements, and of
    /// elements with mutually exclusive meanings, the last occurrence is used. A header this
    /// library builds carries at most one, so for them this is also the first.
    ///
    /// The values are returned as sent, even a total of 0 or a sequence number of 0 or above the
    /// total, which TS 23.040 9.2.3.24.1 tells a receiver to ignore; check
    /// ``Concatenation/isValid`` (``Reassembly`` does, and reports such parts).
    ///
    /// - Complexity: O(*e*) in the number of elements.
    public var concatenation: Concatenation? {
        for element in elements.reversed() {
            if let concatenation = Concatenation(parsing: element) { return concatenation }
        }
        return nil
    }
}

extension UserDataHeader: CustomStringConvertible {
    /// The elements for a human reader, e.g.
    /// `0x00 concatenation (8-bit reference): 4A 03 01`, one per element separated by `; `, or
    /// `no header`.
    public var description: String {
        elements.isEmpty ? "no header" : elements.map(\.description).joined(separator: "; ")
    }
}
