import ClickatellSandbox
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One entry of `GET /sandbox/messages` (docs/sandbox.md, "Inspection endpoints for tests").
struct StoredMessage: Decodable {
    let apiMessageId: String
    let cliMessageId: String?
    let to: String
    let text: String
    let unicode: Bool
    let parts: Int
    let charge: Double
    let method: String
}

/// The check that nothing was lost: every send the clients saw accepted is stored exactly
/// once under its id, with its `cliMsgId`, recipient, text, encoding, parts and method; the
/// sandbox holds no other message of the run; and the credit charged is the parts sent times
/// the price, both by the stored charges and by the balance.
struct Verification {
    /// Sends the clients saw accepted.
    var accepted = 0
    /// Accepted sends stored once and intact.
    var intact = 0
    /// Accepted sends whose id is not stored.
    var missing = 0
    /// Accepted sends whose id or `cliMsgId` is stored more than once.
    var duplicated = 0
    /// Accepted sends stored once but with another `cliMsgId`, recipient, text, encoding, parts
    /// or method.
    var altered = 0
    /// Messages of the run stored although no client saw them accepted.
    var unexpected = 0
    /// Parts accepted times the price, in millionths of a credit.
    var expectedCharge = 0
    /// The sum of the stored messages' charges, in millionths.
    var storedCharge = 0
    /// The balance before the run minus the balance after, in millionths; `nil` when a balance
    /// could not be read.
    var balanceCharge: Int?
    /// The first few problems, with their ids.
    var problems: [String] = []

    /// Accepted sends not found intact exactly once.
    var lost: Int { missing + duplicated + altered }
    var passed: Bool {
        lost == 0 && unexpected == 0 && storedCharge == expectedCharge && balanceCharge == expectedCharge
    }

    init(accepted sends: [AcceptedSend], stored: [StoredMessage], workload: Workload, price: Credits, balanceCharge: Int?) {
        self.balanceCharge = balanceCharge
        accepted = sends.count
        let ours = stored.filter { $0.cliMessageId.flatMap(workload.ticket(ofClientMessageID:)) != nil }
        var byID: [String: [Int]] = [:]
        var clientIDCounts: [String: Int] = [:]
        for (index, message) in ours.enumerated() {
            byID[message.apiMessageId, default: []].append(index)
            clientIDCounts[message.cliMessageId ?? "", default: 0] += 1
            storedCharge += Int((message.charge * 1_000_000).rounded())
        }
        var acceptedIDs = Set<String>()
        for send in sends {
            acceptedIDs.insert(send.apiMessageID)
            guard case .send(let kind) = Workload.operation(ticket: send.ticket) else { continue }
            expectedCharge += kind.parts * price.micros
            let clientID = workload.clientMessageID(ticket: send.ticket)
            guard let indexes = byID[send.apiMessageID] else {
                missing += 1
                note("ticket \(send.ticket) (\(send.apiMessageID)) was accepted but is not stored")
                continue
            }
            guard indexes.count == 1, clientIDCounts[clientID] == 1 else {
                duplicated += 1
                note("ticket \(send.ticket) (\(send.apiMessageID)) is stored \(indexes.count) times, its cliMsgId \(clientIDCounts[clientID] ?? 0) times")
                continue
            }
            let message = ours[indexes[0]]
            let fields: [(String, Bool)] = [
                ("cliMsgId", message.cliMessageId == clientID),
                ("to", message.to == Workload.recipient(ticket: send.ticket)),
                ("text", message.text == Workload.text(kind, ticket: send.ticket)),
                ("unicode", message.unicode == kind.unicode),
                ("parts", message.parts == kind.parts),
                ("method", message.method == send.method),
            ]
            let wrong = fields.filter { !$0.1 }.map(\.0)
            guard wrong.isEmpty else {
                altered += 1
                note("ticket \(send.ticket) (\(send.apiMessageID)) is stored with another \(wrong.joined(separator: ", "))")
                continue
            }
            intact += 1
        }
        for message in ours where !acceptedIDs.contains(message.apiMessageId) {
            unexpected += 1
            note("\(message.apiMessageId) (cliMsgId \(message.cliMessageId ?? "")) is stored but no client saw it accepted")
        }
    }

    private mutating func note(_ problem: String) {
        if problems.count < 10 { problems.append(problem) }
    }

    /// `GET /sandbox/messages`.
    static func storedMessages(baseURL: String, timeout: Double) async throws -> [StoredMessage] {
        guard let url = URL(string: baseURL + "/sandbox/messages") else { throw URLError(.badURL) }
        let (data, response) = try await URLSession.shared.data(for: URLRequest(url: url, timeoutInterval: timeout))
        guard let status = (response as? HTTPURLResponse)?.statusCode, status == 200 else {
            throw URLError(.badServerResponse)
        }
        return try JSONDecoder().decode([StoredMessage].self, from: data)
    }
}
