import ClickatellSandbox

/// The figures of a run and the verdict, as text: a few labelled lines for people and a last
/// `summary` line of `key=value` pairs for scripts.
struct Report {
    let calls: Int
    let httpRequests: Int
    let seconds: Double
    /// Sorted, in nanoseconds.
    let latencies: [Int64]
    let errors: [(kind: String, count: Int)]
    let verification: Verification
    let price: Credits

    init(results: [ClientResult], seconds: Double, verification: Verification, price: Credits) {
        calls = results.reduce(0) { $0 + $1.calls }
        httpRequests = results.reduce(0) { $0 + $1.httpRequests }
        self.seconds = seconds
        latencies = results.flatMap(\.latencies).sorted()
        var errors: [String: Int] = [:]
        for result in results {
            errors.merge(result.errors, uniquingKeysWith: +)
        }
        self.errors = errors.map { ($0.key, $0.value) }.sorted { $0.count > $1.count }
        self.verification = verification
        self.price = price
    }

    var failedCalls: Int { errors.reduce(0) { $0 + $1.count } }
    var passed: Bool { failedCalls == 0 && verification.passed }

    /// The latency at a quantile (nearest rank), in milliseconds.
    func milliseconds(at quantile: Double) -> Double {
        guard !latencies.isEmpty else { return 0 }
        let rank = Int((quantile * Double(latencies.count)).rounded(.up)) - 1
        return Double(latencies[min(max(rank, 0), latencies.count - 1)]) / 1e6
    }

    func text(clients: Int) -> String {
        let v = verification
        let perSecond = { (count: Int) in seconds > 0 ? Double(count) / seconds : 0 }
        let parts = v.expectedCharge / max(price.micros, 1)
        let format = SandboxLoad.format
        var lines = [
            "calls      \(calls) in \(format(seconds, 2)) s: \(format(perSecond(calls), 0)) calls/s; "
                + "\(httpRequests) HTTP requests (auth included): \(format(perSecond(httpRequests), 0)) req/s",
            "messages   \(v.accepted) accepted, \(parts) part\(parts == 1 ? "" : "s"): \(format(perSecond(v.accepted), 0)) messages/s",
            "latency    p50 \(format(milliseconds(at: 0.5), 2)) ms, p90 \(format(milliseconds(at: 0.9), 2)) ms, "
                + "p99 \(format(milliseconds(at: 0.99), 2)) ms, max \(format(milliseconds(at: 1), 2)) ms",
            "errors     " + (errors.isEmpty ? "none" : "\(failedCalls) failed calls"),
        ]
        lines += errors.map { "           \($0.count) × \($0.kind)" }
        lines.append(
            "stored     \(v.intact) of \(v.accepted) accepted sends stored once and intact; lost \(v.lost) "
                + "(missing \(v.missing), duplicated \(v.duplicated), altered \(v.altered)), unexpected \(v.unexpected)")
        let balance = v.balanceCharge.map { Credits(micros: $0).description } ?? "unreadable"
        lines.append(
            "credit     charged \(balance) by the balance, \(Credits(micros: v.storedCharge)) by the stored charges, "
                + "expected \(Credits(micros: v.expectedCharge)) (\(parts) part\(parts == 1 ? "" : "s") × \(price))")
        lines += v.problems.map { "problem    \($0)" }
        lines.append("result     " + (passed ? "PASS: nothing lost, no call failed" : "FAIL"))
        lines.append(
            "summary clients=\(clients) calls=\(calls) http=\(httpRequests) seconds=\(format(seconds, 3)) "
                + "rps=\(format(perSecond(httpRequests), 0)) callsps=\(format(perSecond(calls), 0)) "
                + "msgps=\(format(perSecond(v.accepted), 0)) p50ms=\(format(milliseconds(at: 0.5), 2)) "
                + "p90ms=\(format(milliseconds(at: 0.9), 2)) p99ms=\(format(milliseconds(at: 0.99), 2)) "
                + "failed=\(failedCalls) lost=\(v.lost) unexpected=\(v.unexpected) pass=\(passed ? 1 : 0)")
        return lines.joined(separator: "\n")
    }
}
