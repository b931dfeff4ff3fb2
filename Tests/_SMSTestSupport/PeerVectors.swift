public import Foundation

/// The message records of `testdata/peer-vectors-public.jsonl`, read once per test process.
///
/// A missing file or a message record that does not decode is not skipped: ``loaded`` holds the
/// error, ``messages`` is then empty, and a test that calls `PeerVectors.loaded.get()` fails with
/// the file, line and reason.
public enum PeerVectors {
    /// Why the peer vectors did not load.
    public struct LoadingError: Error, CustomStringConvertible {
        /// The file read.
        public var file: URL
        /// The 1-based line of the record that failed, or `nil` when the file itself could not
        /// be read.
        public var line: Int?
        /// The underlying error.
        public var underlying: any Error

        /// The file, line and underlying error.
        public var description: String {
            "\(file.path)\(line.map { ":\($0)" } ?? ""): \(underlying)"
        }
    }

    /// The folder `testdata/` at the package root.
    public static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // _SMSTestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .appendingPathComponent("testdata")

    /// The vector file.
    public static let file = directory.appendingPathComponent("peer-vectors-public.jsonl")

    /// Every message record in file order, or why they could not be read.
    public static let loaded: Result<[PeerMessage], LoadingError> = Result(catching: load)

    /// Every message record in file order; empty when loading failed (see ``loaded``).
    public static var messages: [PeerMessage] { (try? loaded.get()) ?? [] }

    /// The GSM-7 records that have packed parts (all but those of more than 255 parts).
    public static var packedGSM7: [PeerMessage] {
        messages.filter { $0.gsm7.value && $0.gsm7Packed.value != nil }
    }

    /// The UCS-2 records.
    public static var ucs2: [PeerMessage] {
        messages.filter { !$0.gsm7.value }
    }

    /// Reads the file; records of other kinds (addresses) are left out.
    private static func load() throws(LoadingError) -> [PeerMessage] {
        struct Kind: Decodable { var kind: String }
        let contents: String
        do {
            contents = try String(contentsOf: file, encoding: .utf8)
        } catch {
            throw LoadingError(file: file, line: nil, underlying: error)
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        var messages: [PeerMessage] = []
        for (index, line) in contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.allSatisfy(\.isWhitespace) {
            do {
                let data = Data(line.utf8)
                guard try decoder.decode(Kind.self, from: data).kind == "message" else { continue }
                messages.append(try decoder.decode(PeerMessage.self, from: data))
            } catch {
                throw LoadingError(file: file, line: index + 1, underlying: error)
            }
        }
        return messages
    }
}
