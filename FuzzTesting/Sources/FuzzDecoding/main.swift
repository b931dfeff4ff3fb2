// Decoding arbitrary bytes must never crash: user data, headers, septets, hex and reassembly
// either give a value or throw their typed error. A few cheap round trips are checked too.
//
// Input: byte 0 and byte 1 pick lengths and fill bits, the rest is the data. When the rest is
// hex text it is also decoded and the octets go through the same checks, so readable seeds can
// hold wire data. The high nibbles also pick a pair of national language tables (TS 23.038
// annex A) for GSM-7: byte 0 bits 4-7 the locking-shift table's language (identifier 1-13 but
// Spanish, which has none; the default alphabet otherwise), byte 1 bits 4-7 the single-shift
// table's (1-13; the default extension table otherwise).
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

/// The national tables the input picks: the languages of the high nibbles of bytes 0 and 1.
func tables(_ a: UInt8, _ b: UInt8) -> GSM7Tables {
    let locking = NationalLanguage(identifier: a >> 4).flatMap { $0.hasLockingShiftTable ? $0 : nil }
    return GSM7Tables(lockingShift: locking, singleShift: NationalLanguage(identifier: b >> 4))
}

/// Septets decoded with `tables`: text the tables can write again must decode to itself.
func checkGSM7(_ septets: [UInt8], tables: GSM7Tables) {
    let decoded = GSM7Codec.decode(septets, tables: tables)
    _ = decoded.notes.map(\.description)
    if let again = try? GSM7Codec.septets(of: decoded.text, tables: tables) {
        require(
            GSM7Codec.decode(again, tables: tables).text.unicodeScalars.elementsEqual(decoded.text.unicodeScalars),
            "\(tables): \(Array(decoded.text.unicodeScalars)) does not survive encoding"
        )
    }
}

func exercise(_ bytes: [UInt8], _ a: UInt8, _ b: UInt8) {
    let tables = tables(a, b)
    // User data header: a parsed header re-encodes to its own octets, and the tables it names
    // (elements 0x24 and 0x25) are named again by their own elements.
    if let header = try? UserDataHeader(parsing: bytes), !header.elements.isEmpty {
        require(header.encoded()[...] == bytes.prefix(header.encodedLength), "UDH does not re-encode")
        require((try? UserDataHeader(parsing: header.encoded())) == header, "UDH does not parse back")
        _ = header.concatenation?.isValid
        _ = header.description
        let named = GSM7Tables(header: header)
        require(GSM7Tables(header: UserDataHeader(elements: named.informationElements)) == named, "\(named) not renamed")
        _ = named.description
    }

    // User data in every encoding, with and without a header, at several TP-UDLs.
    for encoding in encodings {
        for hasHeader in [false, true] {
            for length in lengths(for: bytes, hasHeader: hasHeader, a) {
                let userData = UserData(bytes: bytes, length: length)
                do {
                    let decoded = try DecodedUserData(parsing: userData, encoding: encoding, hasHeader: hasHeader)
                    _ = decoded.concatenation
                    if encoding == .gsm7 {
                        require(decoded.tables == GSM7Tables(header: decoded.header), "tables of the header")
                        require(
                            decoded.text.unicodeScalars.elementsEqual(
                                GSM7Codec.decode(decoded.payload, tables: decoded.tables).text.unicodeScalars),
                            "\(decoded.tables): text is not the payload's"
                        )
                    }
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
        checkGSM7(septets, tables: tables)
    }
    let septets = bytes.map { $0 & 0x7F }
    let packed = SeptetPacking.packed(septets, fillBits: fillBits)
    require(packed.count == SeptetPacking.packedLength(septetCount: septets.count, fillBits: fillBits), "packed length")
    require(
        (try? SeptetPacking.unpack(packed, septetCount: septets.count, fillBits: fillBits)) == septets,
        "septets do not survive packing"
    )

    // The septets behind a header naming the tables (0x25, 0x24; with a concatenation element
    // when byte 1 bit 3 is set): they decode with those tables, whatever the fill bits.
    var elements = tables.informationElements
    if b & 8 != 0 {
        elements.insert(.concatenation(Concatenation(reference: UInt16(a), referenceSize: .eightBit, total: 2, sequence: 1)), at: 0)
    }
    let header = UserDataHeader(elements: elements)
    do {
        let decoded = try DecodedUserData(
            parsing: .gsm7(header: header, septets: septets), encoding: .gsm7, hasHeader: !elements.isEmpty
        )
        require(decoded.header == header && decoded.tables == tables, "\(header) decodes to \(decoded.header)")
        require(decoded.payload == septets, "\(header): payload differs")
        require(
            decoded.text.unicodeScalars.elementsEqual(GSM7Codec.decode(septets, tables: tables).text.unicodeScalars),
            "\(tables): text differs behind the header"
        )
    } catch {
        require(false, "\(header): user data does not decode: \(error)")
    }

    // Codecs on raw elements (GSM-7 elements may be above 0x7F).
    let gsm = GSM7Codec.decode(bytes)
    _ = try? GSM7Codec.septets(of: gsm.text)
    checkGSM7(bytes, tables: tables)
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
