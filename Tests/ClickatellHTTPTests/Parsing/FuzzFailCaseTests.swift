#if Clickatell
import ClickatellHTTP
import Foundation
import SMSCore
import Testing

/// Replays every input under `FuzzTesting/FailCases/FuzzResponseParsing/` and the seed corpus
/// through the checks of that fuzz target, so a crash found by `Scripts/fuzz.sh` stays a
/// regression test once fixed.
@Suite struct ResponseParsingFuzzFailCaseTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("FuzzTesting")

    static func inputs(in folder: String) throws -> [(name: String, bytes: [UInt8])] {
        let directory = root.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return try names.sorted().filter { !$0.hasPrefix(".") }.map { name in
            (name, Array(try Data(contentsOf: directory.appendingPathComponent(name))))
        }
    }

    @Test func savedInputsAndSeedsPassTheFuzzTargetsChecks() throws {
        let recipients: [MSISDN] = (0..<7).compactMap { try? MSISDN(validating: "44770090012\($0)") }
        let inputs = try Self.inputs(in: "FailCases/FuzzResponseParsing") + Self.inputs(in: "Corpus/FuzzResponseParsing")
        #expect(!inputs.isEmpty)
        for (name, bytes) in inputs {
            let response = ClickatellResponse(parsing: bytes)
            #expect(response == ClickatellResponse(parsing: bytes), "\(name)")
            #expect(response.lines.count <= bytes.filter { $0 == 0x0A }.count + 1, "\(name)")
            let chosen = Array(recipients.prefix(Int(bytes.first ?? 0) % 8))
            let results = ClickatellSendResult.pairing(response, with: chosen, clientMessageID: "fuzz")
            #expect(results.count >= chosen.count, "\(name)")
            #expect(zip(results, chosen).allSatisfy { $0.kind == .recipient && $0.recipient == $1 }, "\(name)")
            #expect(results.dropFirst(chosen.count).allSatisfy { $0.kind == .unmatchedResponseLine }, "\(name)")
        }
    }

    @Test func pairingIsPublicForCustomLoops() throws {
        let first = try MSISDN(validating: "447700900123")
        let second = try MSISDN(validating: "447700900124")
        let response = ClickatellResponse(parsing: Array("ID: a To: 447700900123\nID: b To: 4407700900124".utf8))
        let results = ClickatellSendResult.pairing(response, with: [first, second])
        #expect(results.map(\.kind) == [.recipient, .recipient, .unmatchedResponseLine])
        #expect(results[0].apiMessageID == "a")
        #expect(results[1].error?.code == .recipientNotInResponse)
        #expect(results[2].serverTo == "4407700900124")
    }
}
#endif
