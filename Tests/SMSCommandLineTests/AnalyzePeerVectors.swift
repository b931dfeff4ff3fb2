import Foundation

/// The message records of `testdata/peer-vectors-public.jsonl` (answers computed by independent
/// libraries, see `testdata/README.md`), reduced to what `sms analyze` reports.
struct AnalyzePeerVector: Decodable, Sendable, CustomStringConvertible {
    struct Field<Value: Decodable & Sendable>: Decodable, Sendable { var value: Value }
    struct Length: Decodable, Sendable { var unit: String; var n: Int }
    struct Segment: Decodable, Sendable { var text: String; var cp: [Int]; var u16: [Int]; var len: Int }
    struct Packed: Decodable, Sendable { var udh: String?; var udl: Int?; var ud: String }

    var id: String
    var category: String
    var text: String
    var concat_ref: Int
    var gsm7: Field<Bool>
    var length: Field<Length>
    var parts: Field<Int>
    var segments: Field<[Segment]>
    var ucs2_hex: Field<String>
    var gsm7_packed: Field<[Packed]?>

    var description: String { "\(id) \(category)" }

    /// Every message record, in file order.
    static let all: [AnalyzePeerVector] = {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // SMSCommandLineTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // package root
            .appendingPathComponent("testdata/peer-vectors-public.jsonl")
        guard let contents = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        let decoder = JSONDecoder()
        return contents.split(separator: "\n").compactMap { line in
            guard line.contains(#""kind":"message""#) else { return nil }
            return try? decoder.decode(AnalyzePeerVector.self, from: Data(line.utf8))
        }
    }()
}
