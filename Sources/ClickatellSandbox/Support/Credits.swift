/// An amount of Clickatell credit, held exactly in millionths of a credit.
///
/// The API writes amounts as decimals (`Credit: 12.5`, `charge: 0.8`, a callback's
/// `charge=0.300000`); a fixed-point integer keeps sums and comparisons exact.
///
/// ```swift
/// let price = Credits(parsing: "0.8")      // 800_000 millionths
/// price?.description                        // "0.8"
/// price?.callbackText                       // "0.800000"
/// ```
public struct Credits: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The amount in millionths of a credit.
    public var micros: Int

    /// Creates an amount from millionths of a credit.
    ///
    /// - Parameter micros: The amount in millionths; negative amounts are allowed (a debt).
    public init(micros: Int) {
        self.micros = micros
    }

    /// Creates an amount of whole credits.
    ///
    /// - Parameter whole: The number of credits.
    public init(_ whole: Int) {
        self.micros = whole.multipliedReportingOverflow(by: 1_000_000).overflow ? Int.max : whole * 1_000_000
    }

    /// Reads a non-negative decimal such as `"12.5"` or `"3"`: digits, an optional point and at
    /// most six digits after it.
    ///
    /// - Parameter text: The decimal.
    /// - Returns: `nil` when the text is not such a decimal or is too large.
    public init?(parsing text: some StringProtocol) {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let wholeText = parts.first, !wholeText.isEmpty, wholeText.count <= 12,
              wholeText.allSatisfy({ $0.isASCII && $0.isNumber }), let whole = Int(wholeText)
        else { return nil }
        var fraction = 0
        if parts.count == 2 {
            let digits = parts[1]
            guard !digits.isEmpty, digits.count <= 6, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let value = Int(digits)
            else { return nil }
            fraction = value
            for _ in digits.count..<6 { fraction *= 10 }
        }
        self.micros = whole * 1_000_000 + fraction
    }

    /// No credit.
    public static let zero = Credits(micros: 0)

    /// The shortest decimal: `"12.5"`, `"100"`, `"0.8"`, as `getbalance` and `getmsgcharge` write.
    public var description: String {
        let sign = micros < 0 ? "-" : ""
        let magnitude = micros.magnitude
        let whole = magnitude / 1_000_000
        var fraction = magnitude % 1_000_000
        guard fraction != 0 else { return "\(sign)\(whole)" }
        var digits = 6
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        let text = String(fraction)
        return "\(sign)\(whole).\(String(repeating: "0", count: digits - text.count))\(text)"
    }

    /// Six decimals, as status callbacks write a charge: `"0.300000"`.
    public var callbackText: String {
        let sign = micros < 0 ? "-" : ""
        let magnitude = micros.magnitude
        let fraction = String(magnitude % 1_000_000)
        return "\(sign)\(magnitude / 1_000_000).\(String(repeating: "0", count: 6 - fraction.count))\(fraction)"
    }

    /// Orders amounts by value.
    public static func < (lhs: Credits, rhs: Credits) -> Bool { lhs.micros < rhs.micros }

    /// The sum of two amounts, saturating at the representable extremes (a balance topped up
    /// past `Int.max` millionths stays there instead of wrapping to a debt).
    static func + (lhs: Credits, rhs: Credits) -> Credits {
        let (sum, overflow) = lhs.micros.addingReportingOverflow(rhs.micros)
        return Credits(micros: overflow ? (rhs.micros > 0 ? .max : .min) : sum)
    }

    /// The difference of two amounts, saturating like `+`.
    static func - (lhs: Credits, rhs: Credits) -> Credits {
        let (difference, overflow) = lhs.micros.subtractingReportingOverflow(rhs.micros)
        return Credits(micros: overflow ? (rhs.micros < 0 ? .max : .min) : difference)
    }

    /// The amount times a count (parts of a message), saturating like `+`.
    static func * (lhs: Credits, rhs: Int) -> Credits {
        let (product, overflow) = lhs.micros.multipliedReportingOverflow(by: rhs)
        return Credits(micros: overflow ? ((lhs.micros < 0) == (rhs < 0) ? .max : .min) : product)
    }
}
