import SMSCore

/// The decoded parts and, with several parts, the messages they make, ready to print as text or
/// JSON.
struct DecodeReport {
    /// One decoded (or failed) part.
    struct Part {
        /// The input's number, from 1.
        var number: Int
        /// The `id` of the `--jsonl` line the part came from (`null` when it has none); `nil`
        /// for parts given as flags.
        var id: JSONValue?
        /// The input, or why it could not be read.
        var input: Result<DecodeInput, InvalidInputError>
        /// TP-UDL used: the one given, or the one inferred; 0 when the input could not be read.
        var length: Int
        /// The decoded part, or why it could not be read or decoded.
        var decoded: Result<DecodedUserData, CommandError>

        /// Whether TP-UDL was inferred, because the input did not give it.
        var lengthInferred: Bool {
            guard case .success(let input) = input else { return false }
            return input.length == nil
        }

        /// Whether inference took a final septet 0x00 as padding
        /// (see ``SMSCore/UserData/inferredGSM7Length(of:hasHeader:)``).
        var paddingSeptetDropped: Bool {
            guard case .success(let input) = input, input.length == nil, input.encoding == .gsm7 else { return false }
            return length != SeptetPacking.maxSeptetCount(octetCount: input.userData.count)
        }

        /// The header as received (UDHL first) in hex, or `nil` when the part has none or did
        /// not decode. Unlike `decoded.header`, this keeps a header that was ignored.
        var headerHex: String? {
            guard case .success(let input) = input, case .success(let decoded) = decoded, decoded.headerOctets > 0 else {
                return nil
            }
            return Hex.encode(input.userData.prefix(decoded.headerOctets))
        }
    }

    /// Every input, in order.
    var parts: [Part]
    /// The messages, when reassembling; part indices are input numbers (from 1).
    var messages: [ReassembledMessage]?

    /// Decodes every input and, when `reassembling`, puts the decoded parts together.
    ///
    /// - Parameters:
    ///   - inputs: The parts, or why each cannot be used.
    ///   - ids: The `id` of each input's `--jsonl` line, in the same order; `nil` for parts
    ///     given as flags.
    ///   - reassembling: Whether to put the parts together into messages.
    /// - Complexity: O(*n* log *n*) in the inputs, plus their size; the report holds O(*n*):
    ///   see ``SMSCore/Reassembly``.
    init(inputs: [Result<DecodeInput, InvalidInputError>], ids: [JSONValue]? = nil, reassembling: Bool) {
        parts = inputs.enumerated().map { index, input in
            var part = Self.decode(input, number: index + 1)
            part.id = ids?[index]
            return part
        }
        guard reassembling else { return }
        var numbers: [Int] = []
        var decoded: [DecodedUserData] = []
        for part in parts {
            if case .success(let value) = part.decoded {
                numbers.append(part.number)
                decoded.append(value)
            }
        }
        let reassembly = Reassembly(reassembling: decoded)
        // Part indices are positions among the decoded parts; the report numbers inputs.
        messages = reassembly.messages.map { $0.mappingPartIndices { numbers[$0] } }
    }

    /// Decodes one input, inferring TP-UDL when it is not given.
    static func decode(_ input: Result<DecodeInput, InvalidInputError>, number: Int) -> Part {
        let given: DecodeInput
        switch input {
        case .failure(let error):
            return Part(number: number, input: input, length: 0, decoded: .failure(CommandError(error)))
        case .success(let value):
            given = value
        }
        let length = given.length ?? inferredLength(of: given)
        let decoded = Result { () throws(UserDataError) -> DecodedUserData in
            try DecodedUserData(
                parsing: UserData(bytes: given.userData, length: length), encoding: given.encoding,
                hasHeader: given.hasHeader
            )
        }
        return Part(
            number: number, input: input, length: length,
            decoded: decoded.mapError(CommandError.init)
        )
    }

    /// TP-UDL for an input without one: every octet for UCS-2 and 8-bit data, the septets the
    /// octets hold for GSM-7 (see ``SMSCore/UserData/inferredGSM7Length(of:hasHeader:)``).
    private static func inferredLength(of input: DecodeInput) -> Int {
        switch input.encoding {
        case .gsm7: UserData.inferredGSM7Length(of: input.userData, hasHeader: input.hasHeader)
        case .ucs2, .eightBit: input.userData.count
        }
    }

    /// Whether some input could not be read or decoded.
    var hasErrors: Bool {
        parts.contains { if case .failure = $0.decoded { true } else { false } }
    }
}
