public import Foundation
public import SMSCore

/// A brute-force restatement of counting with national language tables (3GPP TS 23.038
/// annex A), written independently of the engine for property tests.
///
/// The tables are read straight from the repository's JSON files
/// (`Sources/SMSCore/Alphabet/Tables`), not from the engine's generated Swift. For a text and
/// options, every enabled pair ({default} ∪ locking-shift languages) × ({default} ∪
/// single-shift languages) is costed character by character (1 septet in the locking-shift
/// table, else 2 in the single-shift table, else the pair cannot write the text), split with
/// ``ReferenceSegmenter/greedyParts(costs:limit:boundaries:)`` at capacities worked out from
/// the header TS 23.040 prescribes, and the pair is chosen by the rule of issue 9: fewest
/// parts, most septets left in the last part, fewest national tables, then the caller's order
/// (locking-shift language first, the default table before any language). No pair: UCS-2.
public enum NationalReference {
    /// One table: the character at each septet it defines.
    public struct Table: Sendable {
        /// Septet to character, as the JSON's `map` gives it.
        public let characters: [UInt8: Unicode.Scalar]
        /// Character to the lowest septet that holds it (the one an encoder sends).
        public let septets: [Unicode.Scalar: UInt8]

        init(characters: [UInt8: Unicode.Scalar]) {
            self.characters = characters
            var septets: [Unicode.Scalar: UInt8] = [:]
            for (septet, scalar) in characters.sorted(by: { $0.key < $1.key }) where septets[scalar] == nil {
                septets[scalar] = septet
            }
            self.septets = septets
        }

        /// The table's distinct characters in septet order.
        public var orderedCharacters: [Unicode.Scalar] {
            septets.sorted { $0.value < $1.value }.map(\.key)
        }
    }

    /// Every table of the JSON files, by National Language Identifier (0: the default alphabet
    /// and the default extension table).
    public struct Tables: Sendable {
        /// The locking-shift tables: 0 and 1...13 but 2 (Spanish has none).
        public let locking: [UInt8: Table]
        /// The single-shift tables: 0...13.
        public let single: [UInt8: Table]
    }

    /// Why the tables did not load.
    public struct LoadingError: Error, CustomStringConvertible {
        /// The file read, or the folder.
        public var file: URL
        /// What went wrong.
        public var reason: String

        /// The file and the reason.
        public var description: String { "\(file.path): \(reason)" }
    }

    /// The folder `Sources/SMSCore/Alphabet/Tables` of the package.
    public static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // _SMSTestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .appendingPathComponent("Sources/SMSCore/Alphabet/Tables")

    /// The tables, read once per test process, or why they could not be read.
    public static let loaded: Result<Tables, LoadingError> = Result(catching: load)

    /// The tables; empty when loading failed (see ``loaded``).
    public static var tables: Tables { (try? loaded.get()) ?? Tables(locking: [:], single: [:]) }

    private struct TableFile: Decodable {
        var languageId: UInt8
        var kind: String
        var map: [String: String]
    }

    private static func load() throws(LoadingError) -> Tables {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
                .filter { $0.hasSuffix(".json") && $0 != "index.json" }
        } catch {
            throw LoadingError(file: directory, reason: "\(error)")
        }
        var locking: [UInt8: Table] = [:]
        var single: [UInt8: Table] = [:]
        for name in names {
            let file = directory.appendingPathComponent(name)
            let table: TableFile
            do {
                table = try JSONDecoder().decode(TableFile.self, from: Data(contentsOf: file))
            } catch {
                throw LoadingError(file: file, reason: "\(error)")
            }
            var characters: [UInt8: Unicode.Scalar] = [:]
            for (septet, scalar) in table.map {
                guard septet.hasPrefix("0x"), let code = UInt8(septet.dropFirst(2), radix: 16), code < 0x80,
                    scalar.hasPrefix("U+"), let value = UInt32(scalar.dropFirst(2), radix: 16),
                    let character = Unicode.Scalar(value)
                else { throw LoadingError(file: file, reason: "bad entry \(septet): \(scalar)") }
                characters[code] = character
            }
            // The default extension table is a single-shift table in all but name.
            let isSingle = table.kind == "single-shift" || name == "gsm7-default-extension.json"
            if isSingle { single[table.languageId] = Table(characters: characters) }
            else { locking[table.languageId] = Table(characters: characters) }
        }
        let expectedLocking = Set((0...13).filter { $0 != 2 }.map(UInt8.init))
        guard Set(locking.keys) == expectedLocking, Set(single.keys) == Set((0...13).map(UInt8.init)) else {
            throw LoadingError(file: directory, reason: "tables missing: locking \(locking.keys.sorted()), single \(single.keys.sorted())")
        }
        return Tables(locking: locking, single: single)
    }

    // MARK: Costs

    /// A locking-shift and single-shift table, by language (`nil`: the default one).
    public struct Pair: Hashable, Sendable, CustomStringConvertible {
        /// The locking-shift table's language, `nil` for the default alphabet.
        public var locking: NationalLanguage?
        /// The single-shift table's language, `nil` for the default extension table.
        public var single: NationalLanguage?

        /// A pair.
        public init(locking: NationalLanguage?, single: NationalLanguage?) {
            self.locking = locking
            self.single = single
        }

        /// The default alphabet with the default extension table.
        public static let standard = Pair(locking: nil, single: nil)

        /// How many of the two are national tables.
        public var nationalTableCount: Int { (locking == nil ? 0 : 1) + (single == nil ? 0 : 1) }

        /// For example `tr/-`.
        public var description: String { "\(locking?.code ?? "-")/\(single?.code ?? "-")" }
    }

    /// The septets `scalar` costs with `pair`: 1 when the locking-shift table has it, else 2 when
    /// the single-shift table has it, else `nil`.
    public static func cost(of scalar: Unicode.Scalar, pair: Pair) -> Int? {
        if tables.locking[pair.locking?.identifier ?? 0]?.septets[scalar] != nil { return 1 }
        if tables.single[pair.single?.identifier ?? 0]?.septets[scalar] != nil { return 2 }
        return nil
    }

    /// The septet string of `text` with `pair`: the lowest locking-shift septet of each
    /// character, else 0x1B and its lowest single-shift septet; `nil` when the pair lacks a
    /// character.
    public static func septets(of text: some StringProtocol, pair: Pair) -> [UInt8]? {
        var septets: [UInt8] = []
        for scalar in text.unicodeScalars {
            if let septet = tables.locking[pair.locking?.identifier ?? 0]?.septets[scalar] {
                septets.append(septet)
            } else if let septet = tables.single[pair.single?.identifier ?? 0]?.septets[scalar] {
                septets += [0x1B, septet]
            } else {
                return nil
            }
        }
        return septets
    }

    // MARK: Capacities

    /// The octets of the user data header a part carries, UDHL included: none for a single part
    /// with the default tables; otherwise UDHL, the concatenation element when there are several
    /// parts (IEI, IEDL and a 3- or 4-octet body: TS 23.040 9.2.3.24.1, 9.2.3.24.8), and 3
    /// octets (IEI, IEDL, identifier) per national table (9.2.3.24.15, 9.2.3.24.16).
    public static func headerOctets(concatenated: Bool, nationalTables: Int, reference: Concatenation.ReferenceSize) -> Int {
        guard concatenated || nationalTables > 0 else { return 0 }
        let concatenation = concatenated ? (reference == .eightBit ? 5 : 6) : 0
        return 1 + concatenation + 3 * nationalTables
    }

    /// The units a part holds after a header of `headerOctets`: GSM-7 text starts on a septet
    /// boundary, so the header and its fill bits take ⌈8 × octets / 7⌉ of the 160 septets; UCS-2
    /// takes what is left of 140 octets, 2 per unit (TS 23.040 9.2.3.16, 9.2.3.24).
    public static func capacity(headerOctets: Int, encoding: SMSEncoding) -> Int {
        encoding == .gsm7 ? 160 - (8 * headerOctets + 6) / 7 : (140 - headerOctets) / 2
    }

    // MARK: The choice

    /// What one encoding and pair of tables make of a text.
    public struct Outcome: Equatable, Sendable, CustomStringConvertible {
        /// The encoding.
        public var encoding: SMSEncoding
        /// The tables (``Pair/standard`` for UCS-2).
        public var pair: Pair
        /// The text's length in septets or UTF-16 code units.
        public var units: Int
        /// The parts as ranges of scalar offsets.
        public var parts: [Range<Int>]
        /// Each part's length in units.
        public var partUnits: [Int]
        /// The units a part holds.
        public var unitsPerPart: Int
        /// Where the pair stands in the caller's lists (0: the default table).
        public var order: (locking: Int, single: Int)

        /// The number of parts.
        public var partCount: Int { parts.count }
        /// The units left in the last part.
        public var remaining: Int { unitsPerPart - (partUnits.last ?? 0) }

        /// Equal in every field.
        public static func == (lhs: Self, rhs: Self) -> Bool {
            lhs.encoding == rhs.encoding && lhs.pair == rhs.pair && lhs.units == rhs.units && lhs.parts == rhs.parts
                && lhs.partUnits == rhs.partUnits && lhs.unitsPerPart == rhs.unitsPerPart && lhs.order == rhs.order
        }

        /// For example `gsm7 tr/-: 170 units, 2 parts, 128 left`.
        public var description: String {
            "\(encoding) \(pair): \(units) units, \(partCount) parts, \(remaining) left"
        }
    }

    /// Every candidate and the chosen one.
    public struct Plan: Sendable {
        /// The outcome the rule chooses.
        public var chosen: Outcome
        /// Every enabled pair that can write the text, in the caller's order (locking-shift
        /// language first); empty when UCS-2 is forced.
        public var candidates: [Outcome]
        /// The default pair's outcome, `nil` when it cannot write the text or UCS-2 is forced.
        public var standard: Outcome?
        /// The UCS-2 outcome.
        public var ucs2: Outcome
    }

    /// The enabled locking-shift languages in the caller's order, the default (`nil`) first,
    /// without Spanish or repeats.
    public static func lockingCandidates(_ options: SegmentationOptions) -> [NationalLanguage?] {
        var result: [NationalLanguage?] = [nil]
        for language in options.lockingShiftLanguages where language != .spanish && !result.contains(language) {
            result.append(language)
        }
        return result
    }

    /// The enabled single-shift languages in the caller's order, the default (`nil`) first,
    /// without repeats.
    public static func singleCandidates(_ options: SegmentationOptions) -> [NationalLanguage?] {
        var result: [NationalLanguage?] = [nil]
        for language in options.singleShiftLanguages where !result.contains(language) { result.append(language) }
        return result
    }

    /// Counts `text` with every enabled pair and chooses.
    public static func plan(_ text: String, options: SegmentationOptions) -> Plan {
        let boundaries = ReferenceSegmenter.Boundaries(text, split: options.split)
        let scalars = boundaries.scalars
        let reference = options.reference.size
        // Many pairs give the same costs; their split is worked out once.
        var splits: [[Int]: [Int: [Range<Int>]]] = [:]

        func outcome(encoding: SMSEncoding, pair: Pair, costs: [Int], order: (Int, Int)) -> Outcome {
            let total = costs.reduce(0, +)
            let single = capacity(
                headerOctets: headerOctets(concatenated: false, nationalTables: pair.nationalTableCount, reference: reference),
                encoding: encoding)
            if total <= single {
                return Outcome(
                    encoding: encoding, pair: pair, units: total, parts: [0..<scalars.count], partUnits: [total],
                    unitsPerPart: single, order: order)
            }
            let limit = capacity(
                headerOctets: headerOctets(concatenated: true, nationalTables: pair.nationalTableCount, reference: reference),
                encoding: encoding)
            let parts = splits[costs, default: [:]][limit]
                ?? ReferenceSegmenter.greedyParts(costs: costs, limit: limit, boundaries: boundaries)
            splits[costs, default: [:]][limit] = parts
            return Outcome(
                encoding: encoding, pair: pair, units: total, parts: parts,
                partUnits: parts.map { costs[$0].reduce(0, +) }, unitsPerPart: limit, order: order)
        }

        let ucs2 = outcome(encoding: .ucs2, pair: .standard, costs: scalars.map { $0.value > 0xFFFF ? 2 : 1 }, order: (0, 0))
        guard options.encodingPreference == .automatic else {
            return Plan(chosen: ucs2, candidates: [], standard: nil, ucs2: ucs2)
        }
        // Which scalars each enabled table holds, looked up once per table rather than per pair.
        let tables = self.tables
        let lockingLanguages = lockingCandidates(options)
        let singleLanguages = singleCandidates(options)
        let inLocking = lockingLanguages.map { language in
            scalars.map { tables.locking[language?.identifier ?? 0]?.septets[$0] != nil }
        }
        let inSingle = singleLanguages.map { language in
            scalars.map { tables.single[language?.identifier ?? 0]?.septets[$0] != nil }
        }
        var candidates: [Outcome] = []
        for (lockingIndex, locking) in lockingLanguages.enumerated() {
            for (singleIndex, single) in singleLanguages.enumerated() {
                var costs: [Int] = []
                costs.reserveCapacity(scalars.count)
                for i in scalars.indices {
                    if inLocking[lockingIndex][i] { costs.append(1) }
                    else if inSingle[singleIndex][i] { costs.append(2) }
                    else { break }
                }
                guard costs.count == scalars.count else { continue }
                candidates.append(
                    outcome(
                        encoding: .gsm7, pair: Pair(locking: locking, single: single), costs: costs,
                        order: (lockingIndex, singleIndex)))
            }
        }
        let chosen = candidates.min { a, b in
            (a.partCount, -a.remaining, a.pair.nationalTableCount, a.order.locking, a.order.single)
                < (b.partCount, -b.remaining, b.pair.nationalTableCount, b.order.locking, b.order.single)
        }
        return Plan(
            chosen: chosen ?? ucs2, candidates: candidates, standard: candidates.first { $0.pair == .standard }, ucs2: ucs2)
    }
}
