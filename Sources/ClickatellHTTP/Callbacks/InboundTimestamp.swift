#if Clickatell
/// The `timestamp` of an inbound (MO) callback: `YYYY-MM-DD HH:MM:SS` at Clickatell's fixed
/// UTC+02:00, no daylight saving (reference §8.2).
enum InboundTimestamp {
    /// Clickatell's offset from UTC, in seconds.
    static let offsetSeconds = 7200

    /// Seconds since 1970-01-01T00:00:00Z, or `nil` when the text is not a valid date and time.
    ///
    /// The space between date and time may be a space (a `+` or `%20` once the form is
    /// decoded), a `T`, or missing altogether; spaces around the value are ignored.
    ///
    /// - Complexity: O(*n*) in the text.
    static func unixTime(of text: String) -> Int64? {
        var digits: [Int] = []
        var separators: [UInt8] = []
        let bytes = Array(text.utf8.drop { $0 == UInt8(ascii: " ") }.reversed().drop { $0 == UInt8(ascii: " ") }.reversed())
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits.append(Int(byte - UInt8(ascii: "0")))
            default: separators.append(byte)
            }
            if digits.count > 14 { return nil }
        }
        // Exactly "DDDD-DD-DD[ |T]DD:DD:DD" with the separators in their places.
        let shape = separators == Array("-- ::".utf8) || separators == Array("--T::".utf8)
            || separators == Array("--::".utf8)
        guard digits.count == 14, shape, isWellPlaced(bytes) else { return nil }
        func number(_ range: Range<Int>) -> Int { digits[range].reduce(0) { $0 * 10 + $1 } }
        let (year, month, day) = (number(0..<4), number(4..<6), number(6..<8))
        let (hour, minute, second) = (number(8..<10), number(10..<12), number(12..<14))
        guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day), hour < 24, minute < 60,
            second < 60
        else { return nil }
        let local = Int64(daysSinceEpoch(year: year, month: month, day: day)) * 86_400
            + Int64(hour * 3600 + minute * 60 + second)
        return local - Int64(offsetSeconds)
    }

    /// Whether the separators sit between the right digit groups (4-2-2, then 2:2:2).
    private static func isWellPlaced(_ bytes: [UInt8]) -> Bool {
        var groups: [Int] = [0]
        for byte in bytes {
            if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                groups[groups.count - 1] += 1
            } else {
                groups.append(0)
            }
        }
        return groups == [4, 2, 2, 2, 2, 2] || groups == [4, 2, 4, 2, 2]
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (year ≥ 0).
    private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        // Counting from 1 March of year 0, so that the leap day ends each counted year.
        let shiftedYear = month <= 2 ? year - 1 : year
        let shiftedMonth = month <= 2 ? month + 9 : month - 3
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let days = shiftedYear * 365 + floorDiv(shiftedYear, 4) - floorDiv(shiftedYear, 100) + floorDiv(shiftedYear, 400)
            + dayOfYear
        // 719 468 days from 0000-03-01 to 1970-01-01.
        return days - 719_468
    }

    private static func floorDiv(_ value: Int, _ divisor: Int) -> Int {
        value >= 0 ? value / divisor : (value - divisor + 1) / divisor
    }
}
#endif
