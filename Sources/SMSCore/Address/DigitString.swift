/// A short run of decimal digit values (0...9) stored inline, so parsing a phone number never
/// allocates.
///
/// Holds at most ``capacity`` digits, enough for the longest national significant number
/// libphonenumber knows (17 digits) plus a country calling code and a rewritten national prefix.
struct DigitString: Equatable, Sendable {
    /// The largest number of digits a value holds.
    static let capacity = 32

    private var storage: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    /// The number of digits.
    private(set) var count = 0

    init() {}

    /// The digit at `index`.
    ///
    /// - Precondition: `0 <= index < count`.
    subscript(index: Int) -> UInt8 {
        precondition(index >= 0 && index < count, "digit index out of range")
        return withUnsafeBytes(of: storage) { $0[index] }
    }

    /// Whether another digit fits.
    var isFull: Bool { count == Self.capacity }

    /// Appends a digit value (0...9).
    ///
    /// - Precondition: the string is not full and `digit < 10`.
    mutating func append(_ digit: UInt8) {
        precondition(count < Self.capacity && digit < 10, "digit string overflow")
        let index = count
        withUnsafeMutableBytes(of: &storage) { $0[index] = digit }
        count += 1
    }

    /// The digits from `start` on.
    func dropping(first start: Int) -> DigitString {
        var result = DigitString()
        var index = start
        while index < count {
            result.append(self[index])
            index += 1
        }
        return result
    }

    /// The decimal value of the first `length` digits (at most 9 of them).
    func value(ofPrefix length: Int) -> Int {
        var value = 0
        for index in 0..<length { value = value * 10 + Int(self[index]) }
        return value
    }

    /// Whether the digits start with the decimal digits of `number` (a positive integer).
    func hasPrefix(_ number: Int) -> Bool {
        let length = Self.decimalLength(of: number)
        return length <= count && value(ofPrefix: length) == number
    }

    /// The number of decimal digits of a positive integer.
    static func decimalLength(of number: Int) -> Int {
        var length = 1
        var rest = number / 10
        while rest > 0 {
            length += 1
            rest /= 10
        }
        return length
    }

    /// The digits of `prefix` (written in decimal) followed by these digits, as ASCII text.
    ///
    /// Strings of up to 15 UTF-8 code units are stored inline by the standard library, so a
    /// canonical E.164 number (at most 15 digits) costs no allocation.
    func asciiString(prefixedWith prefix: Int) -> String {
        let prefixLength = Self.decimalLength(of: prefix)
        var bytes: (UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0)
        let total = prefixLength + count
        precondition(total <= 40, "digit string overflow")
        return withUnsafeMutableBytes(of: &bytes) { buffer in
            var rest = prefix
            for index in stride(from: prefixLength - 1, through: 0, by: -1) {
                buffer[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            for index in 0..<count { buffer[prefixLength + index] = UInt8(ascii: "0") + self[index] }
            return String(decoding: UnsafeRawBufferPointer(rebasing: buffer[0..<total]), as: UTF8.self)
        }
    }

    static func == (lhs: DigitString, rhs: DigitString) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for index in 0..<lhs.count where lhs[index] != rhs[index] { return false }
        return true
    }
}
