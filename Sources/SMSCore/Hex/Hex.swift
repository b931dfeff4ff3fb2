/// Upper-case hexadecimal for user data, headers and the Clickatell `unicode=1` text.
///
/// ```swift
/// Hex.encode([0x05, 0x00, 0x03, 0x4A, 0x03, 0x01])   // "0500034A0301"
/// Hex.encodeUTF16BigEndian("Hi 👋")                  // "004800690020D83DDC4B"
/// try Hex.decode("e8329bfd06")                        // [0xE8, 0x32, 0x9B, 0xFD, 0x06]
/// ```
public enum Hex {
    /// The number of hex digits for `byteCount` octets: 2 each.
    ///
    /// - Parameter byteCount: The number of octets.
    /// - Returns: `2 × byteCount`.
    /// - Complexity: O(1).
    public static func encodedLength(byteCount: Int) -> Int { 2 * byteCount }

    /// Octets as upper-case hex, two digits each, no separators.
    ///
    /// - Parameter bytes: The octets.
    /// - Returns: The hex string; `""` for no octets.
    /// - Complexity: O(*n*); allocates only the string.
    public static func encode(_ bytes: some Collection<UInt8>) -> String {
        withContiguous(bytes) { source in
            makeString(utf8Capacity: encodedLength(byteCount: source.count)) { output in
                var index = 0
                for byte in source {
                    output[index] = digit(byte >> 4)
                    output[index + 1] = digit(byte & 0x0F)
                    index += 2
                }
                return index
            }
        }
    }

    /// A text as UTF-16 big-endian hex: four upper-case digits per UTF-16 code unit, so a
    /// surrogate pair is eight. This is the `text` parameter Clickatell takes with `unicode=1`,
    /// and the UCS-2 user data of TS 23.038 6.2.3.
    ///
    /// ```swift
    /// Hex.encodeUTF16BigEndian("€")   // "20AC"
    /// Hex.encodeUTF16BigEndian("")    // ""
    /// ```
    ///
    /// - Parameter text: The text.
    /// - Returns: `4 × text.utf16.count` digits.
    /// - Complexity: O(*n*) in UTF-16 code units; allocates only the string.
    public static func encodeUTF16BigEndian(_ text: some StringProtocol) -> String {
        withContiguousUTF8(of: text) { utf8 in
            makeString(utf8Capacity: 4 * utf16Count(ofUTF8: utf8)) { output in
                var index = 0
                forEachUTF16Unit(inUTF8: utf8) { unit in
                    output[index] = digit(UInt8(truncatingIfNeeded: unit >> 12))
                    output[index + 1] = digit(UInt8(truncatingIfNeeded: unit >> 8) & 0x0F)
                    output[index + 2] = digit(UInt8(truncatingIfNeeded: unit >> 4) & 0x0F)
                    output[index + 3] = digit(UInt8(truncatingIfNeeded: unit) & 0x0F)
                    index += 4
                }
                return index
            }
        }
    }

    /// Octets from hex digits, upper or lower case, two per octet, no separators.
    ///
    /// - Parameter hex: The digits.
    /// - Returns: The octets; `[]` for `""`.
    /// - Throws: ``HexError`` for the first character that is not a hex digit (with its offset
    ///   in Unicode scalars), or for an odd number of digits.
    /// - Complexity: O(*n*); allocates only the result.
    public static func decode(_ hex: some StringProtocol) throws(HexError) -> [UInt8] {
        try withContiguous(hex.utf8) { decode(utf8: $0, text: hex) }.get()
    }

    private static func decode(utf8: UnsafeBufferPointer<UInt8>, text: some StringProtocol) -> Result<[UInt8], HexError> {
        // Find the first non-digit first, so the error can name it. A non-ASCII scalar's lead
        // octet is not a digit, so the offset found is always at the start of a scalar.
        if let offset = utf8.firstIndex(where: { value($0) == 0xFF }) {
            let scalars = text.unicodeScalars
            let index = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
            return .failure(.invalidDigit(scalars[index], offset: scalars.distance(from: scalars.startIndex, to: index)))
        }
        guard utf8.count % 2 == 0 else { return .failure(.oddLength(utf8.count)) }
        let count = utf8.count / 2
        return .success(
            [UInt8](unsafeUninitializedCapacity: count) { output, initialized in
                for index in 0..<count {
                    output[index] = value(utf8[2 * index]) << 4 | value(utf8[2 * index + 1])
                }
                initialized = count
            }
        )
    }

    /// `0x` and the value in upper-case hex, an even number of digits and at least two: `0x1B`,
    /// `0xD83D`, `0x011170`. For identifiers, septets and code units in descriptions.
    static func literal(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return (digits.utf8.count % 2 == 0 ? "0x" : "0x0") + digits
    }

    @inline(__always)
    private static func digit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? 0x30 + nibble : 0x37 + nibble
    }

    /// The value of an ASCII hex digit, or 0xFF.
    @inline(__always)
    private static func value(_ byte: UInt8) -> UInt8 {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x37
        case 0x61...0x66: byte - 0x57
        default: 0xFF
        }
    }
}
