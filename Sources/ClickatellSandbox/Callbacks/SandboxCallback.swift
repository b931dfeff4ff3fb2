/// A request the sandbox makes to the application: a message status callback (the reference's
/// §8.1) or an inbound (MO) message (§8.2), POSTed as a form.
public struct SandboxCallback: Sendable, Equatable {
    /// Which kind of callback, and so which retry schedule applies.
    public enum Kind: String, Sendable, Equatable {
        /// A message status callback, to `--callback-url`.
        case status
        /// An inbound message, to `--mo-callback-url`.
        case inbound
    }

    /// One form field; values are octets because an inbound `text` is ISO-8859-1 or UTF-16BE.
    public struct Field: Sendable, Equatable {
        /// The field's name.
        public var name: String
        /// The field's value, as the octets that are percent-encoded.
        public var octets: [UInt8]

        /// A field whose value is UTF-8 text.
        public init(_ name: String, _ value: String) {
            self.name = name
            self.octets = Array(value.utf8)
        }

        /// A field whose value is given as octets.
        public init(_ name: String, octets: [UInt8]) {
            self.name = name
            self.octets = octets
        }
    }

    /// Status or inbound.
    public var kind: Kind
    /// The URL to POST to.
    public var url: String
    /// The fields, in the order they are sent.
    public var fields: [Field]

    /// Creates a callback.
    ///
    /// - Parameters:
    ///   - kind: Status or inbound.
    ///   - url: Where to POST.
    ///   - fields: The form fields.
    public init(kind: Kind, url: String, fields: [Field]) {
        self.kind = kind
        self.url = url
        self.fields = fields
    }

    /// The value of a field as UTF-8 text, or `nil` when there is no such field.
    ///
    /// - Parameter name: The field's name.
    public subscript(name: String) -> String? {
        fields.first { $0.name == name }.map { String(decoding: $0.octets, as: UTF8.self) }
    }

    /// The URL as logs show it: credentials in it (`https://user:password@host/…`, for a
    /// callback URL behind basic authentication) replaced by `<redacted>`.
    public var displayURL: String {
        guard let colon = url.firstIndex(of: ":"), url[colon...].hasPrefix("://") else { return url }
        let restStart = url.index(colon, offsetBy: 3)
        let rest = url[restStart...]
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        guard let at = rest[..<authorityEnd].lastIndex(of: "@") else { return url }
        return String(url[..<restStart]) + "<redacted>" + String(rest[at...])
    }

    /// The `application/x-www-form-urlencoded` body.
    public var formBody: String {
        FormParameters.encodedForm(fields.map { ($0.name, $0.octets) })
    }

    /// Callbacks grouped for delivery: the status callbacks of one message (`apiMsgId`) in
    /// one batch, in their order, to be sent one after the other so that 003 arrives before
    /// 004; every other callback in a batch of its own. Batches keep the order of their first
    /// callback.
    ///
    /// - Parameter callbacks: The callbacks due, in the order the emulator returned them.
    /// - Returns: The batches.
    /// - Complexity: O(*n*) time and memory.
    static func deliveryBatches(_ callbacks: [SandboxCallback]) -> [[SandboxCallback]] {
        var batches: [[SandboxCallback]] = []
        var batchOfMessage: [String: Int] = [:]
        for callback in callbacks {
            guard callback.kind == .status, let message = callback["apiMsgId"] else {
                batches.append([callback])
                continue
            }
            if let index = batchOfMessage[message] {
                batches[index].append(callback)
            } else {
                batchOfMessage[message] = batches.count
                batches.append([callback])
            }
        }
        return batches
    }

    /// The documented retry intervals after a failed attempt, in seconds, before scaling:
    /// status callbacks +2, +4, +8, +16, +32, +64, +128 minutes and +3 days; inbound messages
    /// +2, +4, +8, +16 and +25 minutes.
    public var retryIntervals: [Double] {
        switch kind {
        case .status: [120, 240, 480, 960, 1920, 3840, 7680, 259_200]
        case .inbound: [120, 240, 480, 960, 1500]
        }
    }
}
