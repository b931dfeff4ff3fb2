// Decoding arbitrary bytes must never crash: user data, headers, septets, hex and reassembly
// either give a value or throw their typed error. A few cheap round trips are checked too.
//
// Input: byte 0 and byte 1 pick lengths and fill bits, the rest is the data. When the rest is
// hex text it is also decoded and the octets go through the same checks, so readable seeds can
// hold wire data.
//
// The same calls run in Tests/SMSCoreTests/FuzzFailCaseTests.swift for saved crashers.

import CFuzzerDriver
import SMSCore

#if canImport(Glibc)
import Glibc
#endif

/// Stops with a message, in release builds too (`precondition` drops its message under `-O`).
func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("invariant failed: \(message())") }
}

let encodings: [SMSEncoding] = [.gsm7, .ucs2, .eightBit]

/// TP-UDL candidates for `bytes`: inferred, every octet, one from the input, and out-of-range ones.
func lengths(for bytes: [UInt8], hasHeader: Bool, _ a: UInt8) -> [Int] {
    [
        UserData.inferredGSM7Length(of: bytes, hasHeader: hasHeader),
        bytes.count, Int(a), bytes.count + 1, -Int(a & 3),
    ]
}

func exercise(_ bytes: [UInt8], _ a: UInt8, _ b: UInt8) {
    // User data header: a parsed header re-encodes to its own octets.
    if let header = try? UserDataHeader(parsing: bytes), !header.elements.isEmpty {
        require(header.encoded()[...] == bytes.prefix(header.encodedLength), "UDH does not re-encode")
        require((try? UserDataHeader(parsing: header.encoded())) == header, "UDH does not parse back")
        _ = header.concatenation?.isValid
        _ = header.description
    }

    // User data in every encoding, with and without a header, at several TP-UDLs.
    for encoding in encodings {
        for hasHeader in [false, true] {
            for length in lengths(for: bytes, hasHeader: hasHeader, a) {
                let userData = UserData(bytes: bytes, length: length)
                do {
                    let decoded = try DecodedUserData(parsing: userData, encoding: encoding, hasHeader: hasHeader)
                    _ = decoded.concatenation
                    _ = decoded.notes.map(\.description)
                } catch {
                    _ = error.description
                }
            }
        }
    }

    // Septets: unpacking any octets, and packing then unpacking any septets.
    let fillBits = Int(b % 7)
    if let septets = try? SeptetPacking.unpack(bytes, septetCount: Int(a), fillBits: fillBits) {
        _ = GSM7Codec.decode(septets).text
    }
    let septets = bytes.map { $0 & 0x7F }
    let packed = SeptetPacking.packed(septets, fillBits: fillBits)
    require(packed.count == SeptetPacking.packedLength(septetCount: septets.count, fillBits: fillBits), "packed length")
    require(
        (try? SeptetPacking.unpack(packed, septetCount: septets.count, fillBits: fillBits)) == septets,
        "septets do not survive packing"
    )

    // Codecs on raw elements (GSM-7 elements may be above 0x7F).
    let gsm = GSM7Codec.decode(bytes)
    _ = try? GSM7Codec.septets(of: gsm.text)
    _ = UCS2Codec.decode(bytes).loneSurrogateOffsets

    // Hex: the octets as text, and back.
    let text = String(decoding: bytes, as: UTF8.self)
    do {
        let octets = try Hex.decode(text)
        require(Hex.encode(octets) == text.uppercased(), "hex does not round-trip")
    } catch {
        _ = error.description
    }
    _ = Hex.encodeUTF16BigEndian(text)

    // Reassembly: the input cut into parts of (flags, length, octets...).
    var parts: [DecodedUserData] = []
    var index = 0
    while index + 1 < bytes.count, parts.count < 16 {
        let flags = bytes[index]
        let count = min(Int(bytes[index + 1]), bytes.count - index - 2)
        let chunk = Array(bytes[(index + 2)..<(index + 2 + count)])
        index += 2 + count
        let hasHeader = flags & 4 != 0
        let length = flags & 8 != 0 ? UserData.inferredGSM7Length(of: chunk, hasHeader: hasHeader) : chunk.count
        let encoding = encodings[Int(flags & 3) % 3]
        if let part = try? DecodedUserData(
            parsing: UserData(bytes: chunk, length: length), encoding: encoding, hasHeader: hasHeader
        ) {
            parts.append(part)
        }
    }
    let reassembly = Reassembly(reassembling: parts)
    _ = reassembly.issues.map(\.description)
    _ = reassembly.isComplete
    // Bounded by what arrived (issue 12): every part in exactly one slot; per message, the
    // slots and the runs of missing sequence numbers cover 1...total exactly, the runs apart,
    // and at most one issue per slot or run besides a total mismatch.
    var seen: [Int] = []
    for message in reassembly.messages {
        _ = message.key?.description
        seen += message.slots.flatMap(\.partIndices)
        let runs = message.missingSequences
        require(zip(runs, runs.dropFirst()).allSatisfy { $0.upperBound + 1 < $1.lowerBound }, "missing runs apart")
        require(message.issues.count <= message.slots.count + runs.count + 1, "one issue per slot or run")
        if let key = message.key {
            let covered = (runs.flatMap { Array($0) } + message.slots.map(\.sequence)).sorted()
            require(covered == Array(1...Int(key.total)), "slots and runs cover 1...\(key.total)")
        }
    }
    require(seen.sorted() == Array(parts.indices), "every part in one slot")
}

func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = UnsafeBufferPointer(start: data, count: size)
    let a = input.first ?? 0
    let b = input.dropFirst().first ?? 0
    let bytes = Array(input.dropFirst(2))
    exercise(bytes, a, b)
    if let octets = try? Hex.decode(String(decoding: bytes, as: UTF8.self)), !octets.isEmpty {
        exercise(octets, a, b)
    }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOne))
