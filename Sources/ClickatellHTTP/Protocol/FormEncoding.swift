#if Clickatell
/// `application/x-www-form-urlencoded` for Clickatell, written without Foundation.
///
/// Letters, digits and `- . _ ~` are written as they are, and so is the comma (the reference
/// asks for the comma of a recipient list to be sent literally); every other byte is `%XX`
/// with upper-case hex, space included (`%20`, which every decoder reads, unlike `+`).
///
/// ```swift
/// FormEncoding.encode([ClickatellParameter("to", "447700900123,447700900124"),
///                      ClickatellParameter("text", bytes: [0xA3, 0x35])])
/// // "to=447700900123,447700900124&text=%A35"
/// ```
public enum FormEncoding {
    /// Appends `name=value` pairs joined by `&` to a buffer.
    ///
    /// - Parameters:
    ///   - parameters: The fields in order.
    ///   - buffer: The buffer to append to.
    /// - Complexity: O(n) in the total length of names and values.
    public static func append(_ parameters: [ClickatellParameter], to buffer: inout [UInt8]) {
        for (index, parameter) in parameters.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: "&")) }
            appendPercentEncoded(Array(parameter.name.utf8), to: &buffer)
            buffer.append(UInt8(ascii: "="))
            appendPercentEncoded(parameter.value, to: &buffer)
        }
    }

    /// The encoded form as bytes.
    ///
    /// - Parameter parameters: The fields in order.
    /// - Returns: The form, ASCII only.
    public static func encodedBytes(_ parameters: [ClickatellParameter]) -> [UInt8] {
        var buffer: [UInt8] = []
        append(parameters, to: &buffer)
        return buffer
    }

    /// The encoded form as a string (ASCII).
    ///
    /// - Parameter parameters: The fields in order.
    /// - Returns: The form.
    public static func encode(_ parameters: [ClickatellParameter]) -> String {
        String(decoding: encodedBytes(parameters), as: UTF8.self)
    }

    /// Appends the percent-encoding of bytes.
    ///
    /// - Parameters:
    ///   - bytes: The bytes.
    ///   - buffer: The buffer to append to.
    public static func appendPercentEncoded(_ bytes: some Sequence<UInt8>, to buffer: inout [UInt8]) {
        let digits = Array("0123456789ABCDEF".utf8)
        for byte in bytes {
            if isUnreserved(byte) {
                buffer.append(byte)
            } else {
                buffer.append(UInt8(ascii: "%"))
                buffer.append(digits[Int(byte >> 4)])
                buffer.append(digits[Int(byte & 0x0F)])
            }
        }
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: ","):
            true
        default:
            false
        }
    }
}
#endif
