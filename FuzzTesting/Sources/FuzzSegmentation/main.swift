// Segmentation invariants on arbitrary text.
//
// Input: byte 0 picks the options, byte 1 the reference value and where the incremental counter
// is split, bytes 2-3 the national language tables, the rest is the text (as UTF-8, and also as
// UTF-16LE when its length is even).
//
// byte 0: bits 0-1 split policy (0 graphemes, 1 code units, 2 words, 3 graphemes),
//         bit 2 16-bit reference, bit 3 UCS-2 forced, bits 4-7 maxParts (0 means 255).
// byte 1: the reference value; the counter takes the first byte1 / 255 of the scalars in one
//         piece and the rest in another (scalar by scalar when byte 1 is odd).
// byte 2: bits 0-1 which national tables are enabled (0 none, 1 both tables of each language,
//         2 locking shift only, 3 single shift only), bit 2 the languages in reverse identifier
//         order (Urdu first: the tie rule prefers earlier languages), bits 3-7 languages 9-13
//         (Oriya, Punjabi, Tamil, Telugu, Urdu).
// byte 3: languages 1-8 (bit 0 Turkish, 1 Spanish, 2 Portuguese, 3 Bengali, 4 Gujarati,
//         5 Hindi, 6 Kannada, 7 Malayalam), TS 23.038 annex A.
//
// The same checks run in Tests/SMSCoreTests/FuzzFailCaseTests.swift for saved crashers.

import CFuzzerDriver
import SMSCore

#if canImport(Glibc)
import Glibc
#endif

/// Stops with a message, in release builds too (`precondition` drops its message under `-O`).
func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("invariant failed: \(message())") }
}

func options(from byte: UInt8, _ second: UInt8, national: UInt8, _ languageBits: UInt8) -> SegmentationOptions {
    let split: SegmentationOptions.SplitPolicy =
        switch byte & 3 {
        case 1: .scalars
        case 2: .words
        default: .graphemes
        }
    let reference: SegmentationOptions.Reference =
        byte & 4 == 0 ? .eightBit(second) : .sixteenBit(UInt16(second) << 8 | UInt16(byte))
    var options = SegmentationOptions(
        split: split,
        maxParts: byte >> 4 == 0 ? 255 : Int(byte >> 4),
        reference: reference,
        encodingPreference: byte & 8 == 0 ? .automatic : .ucs2
    )
    // Languages 1-8 from the bits of byte 3, 9-13 from bits 3-7 of byte 2.
    let mask = UInt16(national >> 3) << 8 | UInt16(languageBits)
    var languages = NationalLanguage.allCases.filter { mask >> ($0.identifier - 1) & 1 == 1 }
    if national & 4 != 0 { languages.reverse() }
    switch national & 3 {
    case 1: options.languages = languages
    case 2: options.lockingShiftLanguages = languages.filter(\.hasLockingShiftTable)
    case 3: options.singleShiftLanguages = languages
    default: break
    }
    return options
}

/// The septets (GSM-7) or UTF-16 units (UCS-2) a part with this header holds, from TS 23.040
/// 9.2.3.24 alone: 140 octets less the header; for GSM-7, the header and its fill bits take
/// ⌈8 × header octets / 7⌉ of the 160 septets.
func capacity(_ encoding: SMSEncoding, header: UserDataHeader) -> Int {
    let octets = header.elements.isEmpty ? 0 : header.encodedLength
    return encoding == .gsm7 ? 160 - (8 * octets + 6) / 7 : (140 - octets) / 2
}

func checkSegmentation(_ text: String, options: SegmentationOptions, counterSplit: UInt8) {
    let plan = SMSPlan(analyzing: text, options: options)
    let scalars = text.unicodeScalars
    require(plan.scalarCount == scalars.count, "scalarCount \(plan.scalarCount) != \(scalars.count)")
    require(plan.utf16Count == text.utf16.count, "utf16Count \(plan.utf16Count) != \(text.utf16.count)")

    // National tables: only enabled ones, none for UCS-2, never more parts than the default
    // tables (always a candidate).
    let tables = plan.tables
    require(
        tables.lockingShift.map(options.lockingShiftLanguages.contains) ?? true
            && tables.singleShift.map(options.singleShiftLanguages.contains) ?? true,
        "tables \(tables) not enabled"
    )
    require(plan.encoding == .gsm7 || tables.isStandard, "UCS-2 with tables \(tables)")
    if plan.encoding == .gsm7, let standard = plan.costWithStandardTables {
        require(plan.partCount <= standard.partCount, "\(plan) needs more parts than the default tables: \(standard)")
    }

    // The incremental counter, fed in two pieces, agrees with the one-shot plan.
    var counter = SMSCounter(options: options)
    let cut = scalars.index(scalars.startIndex, offsetBy: Int(counterSplit) * scalars.count / 255)
    counter.append(Substring(scalars[..<cut]))
    if counterSplit & 1 == 1 {
        for scalar in scalars[cut...] { counter.append(scalar) }
    } else {
        counter.append(Substring(scalars[cut...]))
    }
    require(counter.plan == plan, "counter split at \(counterSplit): \(counter.plan) != \(plan)")

    // maxParts: exceeding it throws with the plan's part count; otherwise it succeeds.
    var parts: [SMSPart]
    do {
        parts = try SMSSegmenter(options: options).segment(text)
        require(plan.partCount <= options.maxParts, "no error for \(plan.partCount) > maxParts \(options.maxParts)")
    } catch {
        require(
            error.code == .tooManyParts && error.partsNeeded == plan.partCount && plan.partCount > options.maxParts,
            "\(error) but plan.partCount \(plan.partCount), maxParts \(options.maxParts)"
        )
        var unlimited = options
        unlimited.maxParts = 255
        guard plan.partCount <= 255, let all = try? SMSSegmenter(options: unlimited).segment(text) else {
            require(plan.partCount > 255, "maxParts 255 failed for \(plan.partCount) parts")
            return
        }
        parts = all
    }

    require(parts.count == plan.partCount, "parts \(parts.count) != plan.partCount \(plan.partCount)")
    require(
        parts.map(\.unitCount).reduce(0, +) == plan.unitCount,
        "sum of part units \(parts.map(\.unitCount).reduce(0, +)) != plan.unitCount \(plan.unitCount)"
    )
    require(
        parts.flatMap(\.text.unicodeScalars).elementsEqual(scalars),
        "parts do not rejoin to the input"
    )
    var scalarOffset = 0
    var utf16Offset = 0
    var decodedParts: [DecodedUserData] = []
    for (index, part) in parts.enumerated() {
        let label = "part \(index + 1)/\(parts.count)"
        require(part.unitCount <= plan.unitsPerPart, "\(label): \(part.unitCount) units > \(plan.unitsPerPart)")
        require(part.encoding == plan.encoding, "\(label): encoding \(part.encoding) != \(plan.encoding)")
        require(part.tables == plan.tables, "\(label): tables \(part.tables) != \(plan.tables)")
        let partCapacity = capacity(part.encoding, header: part.header)
        require(part.unitCount <= partCapacity, "\(label): \(part.unitCount) units > capacity \(partCapacity)")
        require(plan.unitsPerPart == partCapacity, "\(label): unitsPerPart \(plan.unitsPerPart) != capacity \(partCapacity)")
        let range = part.range
        require(range.lowerBound.scalarOffset == scalarOffset, "\(label): range \(range)")
        require(range.lowerBound.utf16Offset == utf16Offset, "\(label): range \(range)")
        require(
            range.upperBound.scalarOffset - range.lowerBound.scalarOffset == part.text.unicodeScalars.count,
            "\(label): range vs text (scalars)"
        )
        require(
            range.upperBound.utf16Offset - range.lowerBound.utf16Offset == part.text.utf16.count,
            "\(label): range vs text (UTF-16)"
        )
        scalarOffset = range.upperBound.scalarOffset
        utf16Offset = range.upperBound.utf16Offset
        require(part.userData.bytes.count <= 140, "\(label): \(part.userData.bytes.count) octets of user data")
        // The header: the concatenation element when there are several parts, and in every part
        // the elements 0x25 / 0x24 of the tables (TS 23.040 9.2.3.24.15-16), which name them.
        let national = part.header.elements.filter {
            $0.identifier == .nationalLanguageLockingShift || $0.identifier == .nationalLanguageSingleShift
        }
        require(national == part.tables.informationElements, "\(label): national elements \(national)")
        require(GSM7Tables(header: part.header) == part.tables, "\(label): header names \(GSM7Tables(header: part.header))")
        if parts.count == 1 {
            require(part.header.elements == national, "single part has a header \(part.header)")
        } else {
            let concatenation = part.concatenation
            require(
                concatenation?.total == UInt8(parts.count) && concatenation?.sequence == UInt8(index + 1),
                "\(label): concatenation \(String(describing: concatenation))"
            )
            require(part.header.elements.count == 1 + national.count, "\(label): header \(part.header)")
        }
        if part.encoding == .gsm7 {
            // The septets of the text in the part's tables are its unit count.
            let septets = try? GSM7Codec.septets(of: part.text, tables: part.tables)
            require(septets?.count == part.unitCount, "\(label): \(String(describing: septets?.count)) septets, unitCount \(part.unitCount)")
        }
        // Each part decodes back to its text and header.
        do {
            let decoded = try DecodedUserData(
                parsing: part.userData, encoding: part.encoding, hasHeader: !part.header.elements.isEmpty
            )
            require(
                decoded.text.unicodeScalars.elementsEqual(part.text.unicodeScalars),
                "\(label): decodes to \(Array(decoded.text.unicodeScalars)) not \(Array(part.text.unicodeScalars))"
            )
            require(decoded.header == part.header, "\(label): header decodes to \(decoded.header)")
            require(decoded.tables == part.tables, "\(label): decoded with \(decoded.tables), not \(part.tables)")
            require(decoded.notes.isEmpty, "\(label): decoding notes \(decoded.notes)")
            decodedParts.append(decoded)
        } catch {
            require(false, "\(label): user data does not decode: \(error)")
        }
    }
    require(scalarOffset == plan.scalarCount && utf16Offset == plan.utf16Count, "ranges do not cover the text")
    if let last = parts.last {
        require(plan.remaining == plan.unitsPerPart - last.unitCount, "remaining \(plan.remaining), last part \(last.unitCount)")
    }

    // The decoded parts reassemble into the input, with nothing to report.
    let reassembly = Reassembly(reassembling: decodedParts)
    require(
        reassembly.messages.count == 1 && reassembly.issues.isEmpty,
        "reassembly: \(reassembly.messages.count) messages, issues \(reassembly.issues)"
    )
    require(
        reassembly.messages.first?.text?.unicodeScalars.elementsEqual(scalars) == true,
        "reassembled text differs from the input"
    )
}

func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let first = bytes.first ?? 0
    let second = bytes.dropFirst().first ?? 0
    let national = bytes.dropFirst(2).first ?? 0
    let languageBits = bytes.dropFirst(3).first ?? 0
    let options = options(from: first, second, national: national, languageBits)
    let body = UnsafeBufferPointer(rebasing: bytes.dropFirst(4))
    checkSegmentation(String(decoding: body, as: UTF8.self), options: options, counterSplit: second)
    if body.count % 2 == 0 {
        let units = stride(from: 0, to: body.count, by: 2).map { UInt16(body[$0]) | UInt16(body[$0 + 1]) << 8 }
        checkSegmentation(String(decoding: units, as: UTF16.self), options: options, counterSplit: second)
    }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOne))
