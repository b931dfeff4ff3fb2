import Foundation
import SMSCore

/// The message records of `testdata/peer-vectors-public.jsonl` (see `/work/shared/testdata/README.md`),
/// with the fields the wire-layer tests use.
struct WirePeerRecord: Decodable, Sendable, CustomStringConvertible {
    struct Field<Value: Decodable & Sendable>: Decodable, Sendable { var value: Value }
    struct Segment: Decodable, Sendable { var text: String }
    struct PackedPart: Decodable, Sendable {
        var udh: String?
        var udl: Int?
        var ud: String
    }

    var id: String
    var kind: String
    var text: String?
    var concat_ref: Int?
    var gsm7: Field<Bool>?
    var segments: Field<[Segment]>?
    var ucs2_hex: Field<String>?
    var gsm7_packed: Field<[PackedPart]?>?

    var description: String { id }
}

enum WirePeerVectors {
    /// Every message record, in file order.
    static let messages: [WirePeerRecord] = {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("testdata/peer-vectors-public.jsonl")
        guard let contents = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        let decoder = JSONDecoder()
        return contents.split(separator: "\n").compactMap { line in
            try? decoder.decode(WirePeerRecord.self, from: Data(line.utf8))
        }.filter { $0.kind == "message" }
    }()

    /// GSM-7 records with packed parts (all but those above 255 parts).
    static var packedGSM7: [WirePeerRecord] {
        messages.filter { $0.gsm7?.value == true && ($0.gsm7_packed?.value ?? nil) != nil }
    }

    /// UCS-2 records.
    static var ucs2: [WirePeerRecord] {
        messages.filter { $0.gsm7?.value == false }
    }
}
