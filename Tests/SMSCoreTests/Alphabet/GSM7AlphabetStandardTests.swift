import Foundation
import SMSCore
import Testing
import _SMSTestSupport

/// The generated tables checked against two sources that are not the generator's output: the
/// TS 23.038 6.2.1 tables typed from the standard (`StandardGSM7` in the test support target), and the repository's JSON tables
/// (`Sources/SMSCore/Alphabet/Tables`), which the generator reads. A hand edit of the generated
/// file, a generator bug or a table edit without regeneration each fails one of these.
@Suite struct GSM7AlphabetStandardTests {
    static let defaultAlphabet = StandardGSM7.defaultAlphabet
    static let extensionTable = StandardGSM7.extensionTable

    @Test func theTypedTableHas128Positions() {
        #expect(Self.defaultAlphabet.count == 128)
    }

    @Test func everySeptetDecodesAsTheStandardSays() {
        for (septet, expected) in Self.defaultAlphabet.enumerated() {
            let decoded = GSM7Alphabet.scalar(forBasic: UInt8(septet))
            #expect(decoded == (expected == "\u{FFFF}" ? nil : expected), "septet \(septet)")
        }
    }

    @Test func everyCharacterEncodesAsTheStandardSays() {
        for (septet, scalar) in Self.defaultAlphabet.enumerated() where scalar != "\u{FFFF}" {
            #expect(GSM7Alphabet.code(for: scalar) == .basic(UInt8(septet)), "\(scalar.escaped(asASCII: true))")
        }
        for (septet, scalar) in Self.extensionTable {
            #expect(GSM7Alphabet.code(for: scalar) == .extended(septet))
            #expect(GSM7Alphabet.scalar(forExtended: septet) == scalar)
        }
    }

    @Test func noOtherExtensionSeptetHasACharacter() {
        let defined = Set(Self.extensionTable.map(\.septet))
        for septet in UInt8(0)..<128 where !defined.contains(septet) {
            #expect(GSM7Alphabet.scalar(forExtended: septet) == nil, "septet \(septet)")
        }
    }

    @Test func noCharacterOutsideTheTwoTablesIsGSM7() {
        let inTables = Set(Self.defaultAlphabet + Self.extensionTable.map(\.scalar))
        for value in UInt32(0)...0x2FFF {
            guard let scalar = Unicode.Scalar(value), !inTables.contains(scalar) else { continue }
            #expect(GSM7Alphabet.code(for: scalar) == nil, "\(scalar.escaped(asASCII: true))")
        }
    }

    @Test(arguments: ["gsm7-default-alphabet", "gsm7-default-extension"])
    func theRepositoryJSONTableAgreesWithTheGeneratedLookup(name: String) throws {
        let table = try JSONTable(named: name)
        #expect(!table.map.isEmpty)
        for (septet, scalar) in table.map {
            if table.isExtension {
                #expect(GSM7Alphabet.scalar(forExtended: septet) == scalar)
                #expect(GSM7Alphabet.code(for: scalar) == .extended(septet))
            } else {
                #expect(GSM7Alphabet.scalar(forBasic: septet) == scalar)
                #expect(GSM7Alphabet.code(for: scalar) == .basic(septet))
            }
        }
    }

    @Test func theRepositoryHoldsAll27Tables() throws {
        let folder = JSONTable.folder
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".json") && $0 != "index.json" }
        #expect(names.count == 27)
        for name in names {
            let table = try JSONTable(named: String(name.dropLast(".json".count)))
            #expect(!table.map.isEmpty, "\(name)")
        }
    }
}

/// One JSON table of `Sources/SMSCore/Alphabet/Tables`, read with Foundation.
private struct JSONTable {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Alphabet
        .deletingLastPathComponent()  // SMSCoreTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .appendingPathComponent("Sources/SMSCore/Alphabet/Tables")

    var isExtension: Bool
    var map: [(septet: UInt8, scalar: Unicode.Scalar)]

    init(named name: String) throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent("\(name).json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        isExtension = (object["kind"] as? String) == "single-shift"
        let entries = try #require(object["map"] as? [String: String])
        map = try entries.map { key, value in
            let septet = try #require(UInt8(key.dropFirst(2), radix: 16))
            let scalar = try #require(UInt32(value.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init))
            return (septet, scalar)
        }
    }
}
