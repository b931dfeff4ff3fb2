import SMSCore

/// The decoded parts and, with several parts, the messages they make, ready to print as text or
/// JSON.
struct DecodeReport {
    /// One decoded (or failed) part.
    struct Part {
        /// The input's number, from 1.
        var number: Int
        /// The input, or why it could not be read.
        var input: Result<DecodeInput, DecodeInputError>
        /// TP-UDL used.
        var length: Int = 0
        /// Whether TP-UDL was inferred.
        var lengthInferred = false
        /// Whether inference took a final septet 0x00 as padding.
        var paddingSeptetDropped = false
        /// The decoded part, or why it could not be decoded.
        var decoded: Result<DecodedUserData, DecodeInputError> = .failure(DecodeInputError(""))
    }

    /// Every input, in order.
    var parts: [Part]
    /// The messages, when reassembling; part indices are input numbers (from 1).
    var reassembly: Reassembly?

    /// Decodes every input and, when `reassembling`, puts the decoded parts together.
    init(inputs: [Result<DecodeInput, DecodeInputError>], reassembling: Bool) {
        parts = inputs.enumerated().map { index, input in Self.decode(input, number: index + 1) }
        guard reassembling else { return }
        var numbers: [Int] = []
        var decoded: [DecodedUserData] = []
        for part in parts {
            if case .success(let value) = part.decoded {
                numbers.append(part.number)
                decoded.append(value)
            }
        }
        var reassembly = Reassembly(reassembling: decoded)
        for m in reassembly.messages.indices {
            for s in reassembly.messages[m].slots.indices {
                reassembly.messages[m].slots[s].partIndices = reassembly.messages[m].slots[s].partIndices.map { numbers[$0] }
            }
            for i in reassembly.messages[m].issues.indices {
                reassembly.messages[m].issues[i].partIndices = reassembly.messages[m].issues[i].partIndices.map { numbers[$0] }
            }
        }
        self.reassembly = reassembly
    }

    /// Decodes one input, inferring TP-UDL when it is not given.
    static func decode(_ input: Result<DecodeInput, DecodeInputError>, number: Int) -> Part {
        var part = Part(number: number, input: input)
        guard case .success(let input) = input else {
            if case .failure(let error) = input { part.decoded = .failure(error) }
            return part
        }
        if let length = input.length {
            part.length = length
        } else {
            part.lengthInferred = true
            switch input.encoding {
            case .gsm7:
                part.length = UserData.inferredGSM7Length(of: input.userData, hasHeader: input.hasHeader)
                part.paddingSeptetDropped = part.length != SeptetPacking.maximumSeptetCount(octetCount: input.userData.count)
            case .ucs2, .eightBit:
                part.length = input.userData.count
            }
        }
        do {
            let decoded = try DecodedUserData(
                decoding: UserData(bytes: input.userData, length: part.length), encoding: input.encoding,
                hasHeader: input.hasHeader
            )
            part.decoded = .success(decoded)
        } catch {
            part.decoded = .failure(DecodeInputError(error.description))
        }
        return part
    }

    /// Whether some input could not be read or decoded.
    var hasErrors: Bool {
        parts.contains { if case .failure = $0.decoded { true } else { false } }
    }
}
