import Foundation
import Testing

/// The message records of `testdata/peer-vectors-public.jsonl`: answers computed by independent
/// peer libraries (see `testdata/README.md`). Only the reference `value` of each field is read.
struct PeerMessage: Decodable, Sendable, CustomTestStringConvertible {
    /// The record's `kind`: `message` for every record kept here.
    var kind: String
    struct Field<Value: Decodable & Sendable>: Decodable, Sendable { var value: Value }
    struct Length: Decodable, Sendable { var unit: String; var n: Int }
    struct Segment: Decodable, Sendable {
        var text: String
        var cp: [Int]
        var u16: [Int]
        var len: Int
    }
    struct Packed: Decodable, Sendable {
        var udh: String?
        var udl: Int?
        var ud: String
    }

    var id: String
    var category: String
    var note: String?
    var text: String
    var code_points: Int
    var utf16_units: Int
    var concat_ref: Int
    var gsm7: Field<Bool>
    var length: Field<Length>
    var parts: Field<Int>
    var segments: Field<[Segment]>
    var ucs2_hex: Field<String>
    var gsm7_packed: Field<[Packed]?>

    var testDescription: String { "\(id) \(category)\(note.map { " (\($0))" } ?? "")" }
}

enum PeerVectors {
    /// The folder `testdata/` at the package root.
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // SMSCoreTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .appendingPathComponent("testdata")

    /// Every message record, in file order.
    static let messages: [PeerMessage] = {
        let url = directory.appendingPathComponent("peer-vectors-public.jsonl")
        guard let contents = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        let decoder = JSONDecoder()
        return contents.split(separator: "\n").compactMap { line in
            guard line.contains("\"kind\":\"message\"") else { return nil }
            return try? decoder.decode(PeerMessage.self, from: Data(line.utf8))
        }
    }()
}
