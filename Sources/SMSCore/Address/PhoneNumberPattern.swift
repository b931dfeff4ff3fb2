/// Runs libphonenumber's digit patterns, compiled by `Scripts/generate-phone-metadata.py`, with
/// the backtracking semantics of Python's `re` (greedy repeats, alternatives left to right).
///
/// libphonenumber's metadata describes national numbers with regular expressions over digits:
/// the national number pattern of a region and its national prefix for parsing. The generator
/// compiles each one with Python's own parser into a few instructions of 16-bit words in
/// ``program``, and checks the result against Python's `re` before writing it:
///
/// | word | operands | meaning |
/// |---|---|---|
/// | 0 `match` | | success; in full-match mode only at the end of the input |
/// | 1 `class` | mask, min, max | take `min...max` digits whose bit is set in `mask`, greedily, backing off one at a time (max 0xFFFF: no limit) |
/// | 2 `split` | first, second | try `first`, then `second` |
/// | 3 `jump` | target | continue at `target` |
/// | 4 `save` | slot | record the position in a capture slot (group g: slots 2g-2 and 2g-1) |
/// | 5 `end` | | succeed only at the end of the input (`$`) |
///
/// Matching allocates nothing: the input is a ``DigitString``, the captures live in a small value,
/// and the program is one statically initialised array.
enum PhoneNumberPattern {
    /// Where the groups of a match start and end (-1 when a group did not take part).
    struct Captures {
        private(set) var slots: (Int, Int, Int, Int) = (-1, -1, -1, -1)

        subscript(slot: Int) -> Int {
            get {
                switch slot {
                case 0: slots.0
                case 1: slots.1
                case 2: slots.2
                default: slots.3
                }
            }
            set {
                switch slot {
                case 0: slots.0 = newValue
                case 1: slots.1 = newValue
                case 2: slots.2 = newValue
                default: slots.3 = newValue
                }
            }
        }

        /// The range of group `group` (1-based), or `nil` when it did not take part in the match.
        func range(ofGroup group: Int) -> Range<Int>? {
            let start = self[2 * group - 2]
            let end = self[2 * group - 1]
            return start >= 0 && end >= start ? start..<end : nil
        }
    }

    private static let opMatch: UInt16 = 0
    private static let opClass: UInt16 = 1
    private static let opSplit: UInt16 = 2
    private static let opJump: UInt16 = 3
    private static let opSave: UInt16 = 4
    private static let opEnd: UInt16 = 5
    private static let unbounded: UInt16 = 0xFFFF

    /// Whether the pattern at `start` matches all of `digits` (Python's `fullmatch`).
    ///
    /// - Complexity: Backtracking; the patterns and inputs are short. No allocation.
    static func matchesWhole(_ digits: DigitString, program start: Int) -> Bool {
        var captures = Captures()
        return program.withUnsafeBufferPointer { code in
            run(code, pc: start, digits, position: 0, fullMatch: true, &captures) != nil
        }
    }

    /// The end of the match of the pattern at `start` against the beginning of `digits` (Python's
    /// `match`), with its groups, or `nil` when it does not match there.
    ///
    /// - Complexity: Backtracking; the patterns and inputs are short. No allocation.
    static func matchPrefix(of digits: DigitString, program start: Int) -> (end: Int, captures: Captures)? {
        var captures = Captures()
        let end = program.withUnsafeBufferPointer { code in
            run(code, pc: start, digits, position: 0, fullMatch: false, &captures)
        }
        guard let end else { return nil }
        return (end, captures)
    }

    private static func run(
        _ code: UnsafeBufferPointer<UInt16>,
        pc startPC: Int,
        _ digits: DigitString,
        position startPosition: Int,
        fullMatch: Bool,
        _ captures: inout Captures
    ) -> Int? {
        var pc = startPC
        var position = startPosition
        while true {
            switch code[pc] {
            case opMatch:
                return fullMatch && position != digits.count ? nil : position
            case opClass:
                let mask = code[pc + 1]
                let minimum = Int(code[pc + 2])
                let maximum = code[pc + 3] == unbounded ? Int.max : Int(code[pc + 3])
                var taken = 0
                while taken < maximum, position + taken < digits.count,
                    mask >> UInt16(digits[position + taken]) & 1 == 1
                {
                    taken += 1
                }
                if taken < minimum { return nil }
                if taken == minimum {
                    position += taken
                    pc += 4
                    continue
                }
                var attempt = taken
                while attempt >= minimum {
                    if let end = run(code, pc: pc + 4, digits, position: position + attempt, fullMatch: fullMatch, &captures) {
                        return end
                    }
                    attempt -= 1
                }
                return nil
            case opSplit:
                if let end = run(code, pc: Int(code[pc + 1]), digits, position: position, fullMatch: fullMatch, &captures) {
                    return end
                }
                pc = Int(code[pc + 2])
            case opJump:
                pc = Int(code[pc + 1])
            case opSave:
                let slot = Int(code[pc + 1])
                let saved = captures[slot]
                captures[slot] = position
                let end = run(code, pc: pc + 2, digits, position: position, fullMatch: fullMatch, &captures)
                if end == nil { captures[slot] = saved }
                return end
            case opEnd:
                if position != digits.count { return nil }
                pc += 1
            default:
                preconditionFailure("corrupt phone number pattern program")
            }
        }
    }
}
