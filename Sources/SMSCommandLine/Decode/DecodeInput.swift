import SMSCore

/// One part to decode: TP-UD, whether it starts with a header, TP-UDL if known, and the
/// character set.
struct DecodeInput: Hashable, Sendable {
    /// TP-UD: the header (when there is one), fill bits and payload.
    var userData: [UInt8]
    /// TP-UDHI.
    var hasHeader: Bool
    /// TP-UDL when given; `nil` to infer it.
    var length: Int?
    /// The character set.
    var encoding: SMSEncoding

    init(userData: [UInt8], hasHeader: Bool, length: Int?, encoding: SMSEncoding) {
        self.userData = userData
        self.hasHeader = hasHeader
        self.length = length
        self.encoding = encoding
    }

    /// The `--encoding` value: `gsm7` or `ucs2` (also `GSM-7`, `UCS-2`, any case).
    static func encoding(named name: String) throws(InvalidInputError) -> SMSEncoding {
        switch name.lowercased() {
        case "gsm7", "gsm-7": .gsm7
        case "ucs2", "ucs-2": .ucs2
        default: throw InvalidInputError("the encoding must be gsm7 or ucs2, not \"\(name)\"")
        }
    }

    /// A part from `--udh-hex`, `--user-data-hex`, `--udhi` and `--udl`.
    ///
    /// - Parameters:
    ///   - udhHex: The header given apart (UDHL first), or `nil`; an empty string means none.
    ///   - userDataHex: The user data: what follows the header when `udhHex` is given, otherwise
    ///     the whole TP-UD.
    ///   - udhi: Whether `userDataHex` starts with its header (ignored when `udhHex` is given).
    ///   - udl: TP-UDL of the whole TP-UD, or `nil`.
    ///   - encoding: The character set.
    ///   - label: What to call the input in errors; the option names when empty.
    init(udhHex: String?, userDataHex: String, udhi: Bool, udl: Int?, encoding: SMSEncoding, label: String = "")
        throws(InvalidInputError)
    {
        let header = try Self.hex(udhHex ?? "", what: label.isEmpty ? "--udh-hex" : label + "the header")
        let body = try Self.hex(userDataHex, what: label.isEmpty ? "--user-data-hex" : label + "the user data")
        if let udhl = header.first, Int(udhl) + 1 != header.count {
            throw InvalidInputError(
                "\(label)the header's UDHL says \(Int(udhl).counting("octets")) \(udhl == 1 ? "follows" : "follow") but \(header.count - 1) \(header.count == 2 ? "does" : "do"); give the whole header, UDHL first"
            )
        }
        if let udl, udl < 0 { throw InvalidInputError("\(label)TP-UDL \(udl) is negative") }
        self.init(userData: header + body, hasHeader: !header.isEmpty || udhi, length: udl, encoding: encoding)
    }

    /// A part from `--part UDHHEX:USERDATAHEX[:UDL]`.
    init(part: String, number: Int, udhi: Bool, encoding: SMSEncoding) throws(InvalidInputError) {
        let fields = part.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let label = "--part \(number): "
        switch fields.count {
        case 1:
            try self.init(udhHex: nil, userDataHex: fields[0], udhi: udhi, udl: nil, encoding: encoding, label: label)
        case 2, 3:
            var udl: Int? = nil
            if fields.count == 3 {
                guard let value = Int(fields[2]) else {
                    throw InvalidInputError("\(label)TP-UDL \"\(fields[2])\" is not a whole number")
                }
                udl = value
            }
            try self.init(
                udhHex: fields[0], userDataHex: fields[1], udhi: fields[0].isEmpty && udhi, udl: udl, encoding: encoding,
                label: label
            )
        default:
            throw InvalidInputError("\(label)expected UDHHEX:USERDATAHEX[:UDL], got \(fields.count) fields")
        }
    }

    /// The members a `--jsonl` line may carry; others are ignored, whatever they hold.
    static let jsonLineMembers: Set<String> = ["id", "udh", "ud", "udl", "encoding"]

    /// A part from a `--jsonl` line, with the line's `id`: the id is read even when the rest of
    /// the line cannot be used, so that the part's answer can carry it.
    ///
    /// - Parameters:
    ///   - line: The line as ``ByteStream`` read it.
    ///   - udhi: Whether user data given without `udh` (absent, `null` or `""`) starts with its
    ///     header (`--udhi`).
    ///   - encoding: The character set of a line without `encoding`.
    /// - Returns: The line's `id` (`null` when it has none or it could not be read) and the part
    ///   or why it cannot be used.
    static func jsonLine(
        _ line: ByteStream.Line, udhi: Bool, encoding: SMSEncoding
    ) -> (id: JSONValue, input: Result<DecodeInput, InvalidInputError>) {
        let label = "line \(line.number): "
        if line.isTooLong {
            return (.null, .failure(InvalidInputError(JSONRequest.LineTooLongError(byteCount: line.byteCount), prefix: label)))
        }
        var bytes = line.bytes[...]
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        let request: JSONRequest
        do {
            request = try JSONRequest(parsing: bytes, keeping: jsonLineMembers)
        } catch {
            return (error.readMember("id") ?? .null, .failure(InvalidInputError(error, prefix: label)))
        }
        let input = Result { () throws(InvalidInputError) -> DecodeInput in
            do throws(InvalidInputError) {
                return try DecodeInput(request: request, udhi: udhi, encoding: encoding)
            } catch {
                throw InvalidInputError(error, prefix: label)
            }
        }
        return (request["id"] ?? .null, input)
    }

    /// A part from a JSON line `{"udh": …, "ud": …, "udl": …, "encoding": …}` in the form of the
    /// peer vectors' `gsm7_packed` entries: `ud` is the whole TP-UD and starts with `udh` when
    /// that is a hex string. Without `udh` (absent, `null` or `""`), `udhi` says whether `ud`
    /// starts with its header, as `--udhi` does for `--part`.
    init(jsonLine: [UInt8], lineNumber: Int, udhi: Bool = false, encoding defaultEncoding: SMSEncoding) throws(InvalidInputError) {
        let line = ByteStream.Line(number: lineNumber, bytes: jsonLine, byteCount: jsonLine.count)
        self = try Self.jsonLine(line, udhi: udhi, encoding: defaultEncoding).input.get()
    }

    /// A part from the members of a request line; errors name the member.
    private init(request: JSONRequest, udhi: Bool, encoding defaultEncoding: SMSEncoding) throws(InvalidInputError) {
        guard let ud = try request.string("ud") else { throw InvalidInputError(#""ud" (a hex string) is required"#) }
        let encoding = try request.choice("encoding", expected: "gsm7 or ucs2") { try? Self.encoding(named: $0) } ?? defaultEncoding
        let udl = try request.integer("udl", expected: "a whole number, 0 or more", isAllowed: { $0 >= 0 })
        let bytes = try Self.hex(ud, what: #""ud""#)
        var hasHeader = udhi
        if let udhString = try request.string("udh"), !udhString.isEmpty {
            let header = try Self.hex(udhString, what: #""udh""#)
            guard bytes.starts(with: header) else {
                throw InvalidInputError(#""ud" must start with "udh": it is the whole TP-UD, header included"#)
            }
            hasHeader = true
        }
        self.init(userData: bytes, hasHeader: hasHeader, length: udl, encoding: encoding)
    }

    /// Octets from hex, with the option or field named in the error.
    static func hex(_ text: String, what: String) throws(InvalidInputError) -> [UInt8] {
        do {
            return try Hex.decode(text)
        } catch {
            throw InvalidInputError(error, prefix: "\(what): ")
        }
    }
}
