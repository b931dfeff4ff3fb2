// Segmentation invariants on arbitrary text.
//
// Input: byte 0 picks the options, byte 1 the reference value and where the incremental counter
// is split, the rest is the text (as UTF-8, and also as UTF-16LE when its length is even).
//
// byte 0: bits 0-1 split policy (0 graphemes, 1 code units, 2 words, 3 graphemes),
//         bit 2 16-bit reference, bit 3 UCS-2 forced, bits 4-7 maxParts (0 means 255).
// byte 1: the reference value; the counter takes the first byte1 / 255 of the scalars in one
//         piece and the rest in another (scalar by scalar when byte 1 is odd).
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

func options(from byte: UInt8, _ second: UInt8) -> SegmentationOptions {
    let split: SegmentationOptions.SplitPolicy =
        switch byte & 3 {
        case 1: .scalars
        case 2: .words
        default: .graphemes
        }
    let reference: SegmentationOptions.Reference =
        byte & 4 == 0 ? .eightBit(second) : .sixteenBit(UInt16(second) << 8 | UInt16(byte))
    return SegmentationOptions(
        split: split,
        maxParts: byte >> 4 == 0 ? 255 : Int(byte >> 4),
        reference: reference,
        encodingPreference: byte & 8 == 0 ? .automatic : .ucs2
    )
}

func checkSegmentation(_ text: String, options: SegmentationOptions, counterSplit: UInt8) {
    let plan = SMSPlan(analyzing: text, options: options)
    let scalars = text.unicodeScalars
    require(plan.scalarCount == scalars.count, "scalarCount \(plan.scalarCount) != \(scalars.count)")
    require(plan.utf16Count == text.utf16.count, "utf16Count \(plan.utf16Count) != \(text.utf16.count)")

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
        if parts.count == 1 {
            require(part.header.elements.isEmpty, "single part has a header")
        } else {
            let concatenation = part.concatenation
            require(
                concatenation?.total == UInt8(parts.count) && concatenation?.sequence == UInt8(index + 1),
                "\(label): concatenation \(String(describing: concatenation))"
            )
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
            require(decoded.notes.isEmpty, "\(label): decoding notes \(decoded.notes)")
            decodedParts.append(decoded)
        } catch {
            require(false, "\(label): user data does not decode: \(error)")
        }
    }
    require(scalarOffset == plan.scalarCount && utf16Offset == plan.utf16Count, "ranges do not cover the text")

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
    let options = options(from: first, second)
    let body = UnsafeBufferPointer(rebasing: bytes.dropFirst(2))
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
