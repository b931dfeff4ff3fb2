/// Which `Host` header values name the sandbox, so that a web page cannot reach it through a
/// rebinding DNS name.
///
/// Accepted: the listening address with the listening port (the port may be left out only when
/// it is 80); for a loopback address also `127.0.0.1`, `localhost` and `[::1]`; for a wildcard
/// address (`0.0.0.0`, `::`) any IP literal, since a literal cannot be rebound. Names are
/// compared case-insensitively. A missing `Host` is refused.
struct HostPolicy: Sendable {
    private let names: Set<String>
    private let port: Int
    private let acceptsAnyIPLiteral: Bool

    /// The policy of a server listening on `host` and `port`.
    init(host: String, port: Int) {
        let lowered = host.lowercased()
        let name = lowered.contains(":") && !lowered.hasPrefix("[") ? "[\(lowered)]" : lowered
        var names: Set<String> = [name]
        if ["127.0.0.1", "localhost", "[::1]"].contains(name) {
            names.formUnion(["127.0.0.1", "localhost", "[::1]"])
        }
        self.names = names
        self.port = port
        self.acceptsAnyIPLiteral = name == "0.0.0.0" || name == "[::]"
    }

    /// Whether a `Host` header value names the sandbox.
    func allows(_ header: String?) -> Bool {
        guard let header else { return false }
        let value = Substring(header.lowercased())
        let name: Substring
        let portText: Substring?
        if value.hasPrefix("[") {
            guard let close = value.firstIndex(of: "]") else { return false }
            name = value[...close]
            let rest = value[value.index(after: close)...]
            guard rest.isEmpty || rest.hasPrefix(":") else { return false }
            portText = rest.isEmpty ? nil : rest.dropFirst()
        } else {
            let halves = value.split(separator: ":", omittingEmptySubsequences: false)
            guard halves.count <= 2 else { return false }
            name = halves[0]
            portText = halves.count == 2 ? halves[1] : nil
        }
        if let portText {
            guard portText.utf8.count <= 5, let number = Int(portText), number == port else { return false }
        } else if port != 80 {
            return false
        }
        if names.contains(String(name)) { return true }
        return acceptsAnyIPLiteral && (name.hasPrefix("[") || Self.isIPv4(name))
    }

    /// Whether a text is a dotted-quad IPv4 address.
    static func isIPv4(_ text: Substring) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { part in
            (1...3).contains(part.utf8.count) && part.allSatisfy { $0.isASCII && $0.isNumber }
                && (Int(part) ?? 256) <= 255
        }
    }
}
