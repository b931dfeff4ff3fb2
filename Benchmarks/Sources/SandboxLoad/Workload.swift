import ClickatellHTTP

/// What the run sends, derived from a ticket number alone so that nothing but the ticket and
/// the answer's id has to be kept to check a message afterwards.
///
/// Of every 10 calls, 8 send (the four kinds in turn), 1 asks `getbalance` and 1 asks
/// `querymsg` about the client's last accepted message (`getbalance` while it has none).
struct Workload {
    /// The kinds of text sent.
    enum Kind: Int, CaseIterable {
        /// Plain GSM-7, one part.
        case gsm
        /// GSM-7 with `€` (an extension character) and `£`: Windows-1252 `%80` and `%A3`.
        case euroPound
        /// Cyrillic, a check mark and Chinese: UCS-2, one part.
        case ucs2
        /// About 420 GSM-7 characters: three parts.
        case threeParts

        /// The parts the text takes (checked against the engine before the run).
        var parts: Int { self == .threeParts ? 3 : 1 }
        /// Whether it goes as `unicode=1`.
        var unicode: Bool { self == .ucs2 }
    }

    /// One call.
    enum Operation {
        case send(Kind)
        case balance
        case status
    }

    /// The start of every `cliMsgId` of the run: `L` and 8 random hex digits.
    let runID: String

    init() {
        let random = UInt32.random(in: .min ... .max)
        let hex = String(random, radix: 16)
        runID = "L" + String(repeating: "0", count: 8 - hex.count) + hex
    }

    static func operation(ticket: Int) -> Operation {
        switch ticket % 10 {
        case 8: .balance
        case 9: .status
        default: .send(Kind(rawValue: ticket % 4) ?? .gsm)
        }
    }

    /// `runID` and the ticket: at most 9 + 6 characters, letters and digits.
    func clientMessageID(ticket: Int) -> String { runID + String(ticket) }

    /// The ticket of a `cliMsgId` of this run, or `nil` for another's.
    func ticket(ofClientMessageID id: String) -> Int? {
        guard id.hasPrefix(runID) else { return nil }
        return Int(id.dropFirst(runID.count))
    }

    /// 447700900100 to 447700900199 (UK numbers reserved for drama).
    static func recipient(ticket: Int) -> String {
        let suffix = ticket % 100
        return "4477009001" + (suffix < 10 ? "0" : "") + String(suffix)
    }

    static let filler = String(repeating: "The quick brown fox jumps over the lazy dog. ", count: 9)

    /// The text of a ticket; unique per ticket.
    static func text(_ kind: Kind, ticket: Int) -> String {
        switch kind {
        case .gsm: "Your code is \(ticket). It expires in 10 minutes."
        case .euroPound: "Order \(ticket): €12.50 paid, £3 refunded."
        case .ucs2: "Заказ \(ticket) готов ✓ 谢谢"
        case .threeParts: "Ticket \(ticket). " + filler
        }
    }

    /// Checks that the engine plans every kind as ``Kind/parts`` and ``Kind/unicode`` say, for
    /// the shortest and the longest ticket of a run.
    ///
    /// - Returns: The first disagreement, or `nil`.
    static func selfCheck(maxTicket: Int) -> String? {
        for kind in Kind.allCases {
            for ticket in [0, maxTicket] {
                guard let text = try? ClickatellText(encoding: text(kind, ticket: ticket)) else {
                    return "\(kind) text \(ticket) cannot be sent"
                }
                if text.concat != kind.parts || text.unicode != kind.unicode {
                    return "\(kind) text \(ticket): \(text.concat) parts, unicode \(text.unicode)"
                }
            }
        }
        return nil
    }
}
