import Foundation
import SMSCore
import Testing

/// Replays every input saved under `FuzzTesting/FailCases/<target>/` through the checks of that
/// fuzz target (a compact copy of `FuzzTesting/Sources/<target>/main.swift`), so a crash found by
/// `Scripts/fuzz.sh` stays a regression test once fixed. Passes when only `.gitkeep` files are
/// there.
@Suite struct FuzzFailCaseTests {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("FuzzTesting/FailCases")

    /// Every saved input, as (target, file name, bytes).
    static func failCases() throws -> [(target: String, name: String, bytes: [UInt8])] {
        let manager = FileManager.default
        var cases: [(target: String, name: String, bytes: [UInt8])] = []
        for target in try manager.contentsOfDirectory(atPath: directory.path).sorted() {
            let folder = directory.appendingPathComponent(target)
            guard let names = try? manager.contentsOfDirectory(atPath: folder.path) else { continue }
            for name in names.sorted() where !name.hasPrefix(".") {
                cases.append((target, name, Array(try Data(contentsOf: folder.appendingPathComponent(name)))))
            }
        }
        return cases
    }

    @Test func savedFuzzInputsPassTheirChecks() throws {
        for failCase in try Self.failCases() {
            let label = "\(failCase.target)/\(failCase.name)"
            let bytes = failCase.bytes
            let a = bytes.first ?? 0
            let b = bytes.dropFirst().first ?? 0
            switch failCase.target {
            case "FuzzSegmentation":
                let body = Array(bytes.dropFirst(2))
                checkSegmentation(String(decoding: body, as: UTF8.self), segmentationOptions(a, b), b, label)
                if body.count % 2 == 0 {
                    let units = stride(from: 0, to: body.count, by: 2).map { UInt16(body[$0]) | UInt16(body[$0 + 1]) << 8 }
                    checkSegmentation(String(decoding: units, as: UTF16.self), segmentationOptions(a, b), b, label)
                }
            case "FuzzDecoding":
                let body = Array(bytes.dropFirst(2))
                exerciseDecoding(body, a, b)
                if let octets = try? Hex.decode(String(decoding: body, as: UTF8.self)) { exerciseDecoding(octets, a, b) }
            case "FuzzAddresses":
                checkAddresses(String(decoding: bytes.dropFirst(), as: UTF8.self), addressOptions(a), label)
            case "FuzzResponseParsing", "FuzzCallbackParsing":
                continue  // Replayed by ClickatellHTTPTests.
            case "FuzzJSONLines", "FuzzCommandInput":
                continue  // Replayed by SMSCommandLineTests (Harness/CommandFuzzFailCaseTests).
            default:
                Issue.record("\(label): no fuzz target named \(failCase.target)")
            }
        }
    }

    // MARK: FuzzSegmentation

    func segmentationOptions(_ a: UInt8, _ b: UInt8) -> SegmentationOptions {
        SegmentationOptions(
            split: [.graphemes, .scalars, .words, .graphemes][Int(a & 3)],
            maxParts: a >> 4 == 0 ? 255 : Int(a >> 4),
            reference: a & 4 == 0 ? .eightBit(b) : .sixteenBit(UInt16(b) << 8 | UInt16(a)),
            encodingPreference: a & 8 == 0 ? .automatic : .ucs2
        )
    }

    func checkSegmentation(_ text: String, _ options: SegmentationOptions, _ split: UInt8, _ label: String) {
        let plan = SMSPlan(analyzing: text, options: options)
        let scalars = text.unicodeScalars
        var counter = SMSCounter(options: options)
        let cut = scalars.index(scalars.startIndex, offsetBy: Int(split) * scalars.count / 255)
        counter.append(Substring(scalars[..<cut]))
        if split & 1 == 1 {
            for scalar in scalars[cut...] { counter.append(scalar) }
        } else {
            counter.append(Substring(scalars[cut...]))
        }
        #expect(counter.plan == plan, "\(label): counter split at \(split)")
        if plan.partCount > options.maxParts {
            #expect(throws: SegmentationError.tooManyParts(needed: plan.partCount, maxParts: options.maxParts)) {
                try SMSSegmenter(options: options).segment(text)
            }
        }
        var unlimited = options
        unlimited.maxParts = 255
        guard plan.partCount <= 255, let parts = try? SMSSegmenter(options: unlimited).segment(text) else {
            #expect(plan.partCount > 255, "\(label): segmenting failed")
            return
        }
        #expect(parts.count == plan.partCount, "\(label): part count")
        #expect(parts.map(\.unitCount).reduce(0, +) == plan.unitCount, "\(label): unit count")
        #expect(parts.flatMap(\.text.unicodeScalars).elementsEqual(scalars), "\(label): parts rejoin")
        for part in parts {
            #expect(part.unitCount <= plan.unitsPerPart, "\(label): part too long")
            #expect(part.userData.bytes.count <= 140, "\(label): user data too long")
            let decoded = try? DecodedUserData(
                parsing: part.userData, encoding: part.encoding, hasHeader: !part.header.elements.isEmpty)
            #expect(decoded?.text.unicodeScalars.elementsEqual(part.text.unicodeScalars) == true, "\(label): decode")
            #expect(decoded?.header == part.header, "\(label): header")
        }
    }

    // MARK: FuzzDecoding (must not crash)

    func exerciseDecoding(_ bytes: [UInt8], _ a: UInt8, _ b: UInt8) {
        _ = try? UserDataHeader(parsing: bytes)
        for encoding in [SMSEncoding.gsm7, .ucs2, .eightBit] {
            for hasHeader in [false, true] {
                let lengths = [
                    UserData.inferredGSM7Length(of: bytes, hasHeader: hasHeader),
                    bytes.count, Int(a), bytes.count + 1, -Int(a & 3),
                ]
                for length in lengths {
                    _ = try? DecodedUserData(
                        parsing: UserData(bytes: bytes, length: length), encoding: encoding, hasHeader: hasHeader)
                }
            }
        }
        _ = try? SeptetPacking.unpack(bytes, septetCount: Int(a), fillBits: Int(b % 7))
        _ = SeptetPacking.packed(bytes.map { $0 & 0x7F }, fillBits: Int(b % 7))
        _ = GSM7Codec.decode(bytes)
        _ = UCS2Codec.decode(bytes)
        _ = try? Hex.decode(String(decoding: bytes, as: UTF8.self))
        // Reassembly of the bytes cut into (flags, length, octets...) parts.
        var parts: [DecodedUserData] = []
        var index = 0
        while index + 1 < bytes.count, parts.count < 16 {
            let flags = bytes[index]
            let count = min(Int(bytes[index + 1]), bytes.count - index - 2)
            let chunk = Array(bytes[(index + 2)..<(index + 2 + count)])
            index += 2 + count
            let hasHeader = flags & 4 != 0
            let length = flags & 8 != 0 ? UserData.inferredGSM7Length(of: chunk, hasHeader: hasHeader) : chunk.count
            let encoding = [SMSEncoding.gsm7, .ucs2, .eightBit][Int(flags & 3) % 3]
            if let part = try? DecodedUserData(
                parsing: UserData(bytes: chunk, length: length), encoding: encoding, hasHeader: hasHeader)
            {
                parts.append(part)
            }
        }
        let reassembly = Reassembly(reassembling: parts)
        _ = reassembly.issues
        var seen: [Int] = []
        for message in reassembly.messages {
            seen += message.slots.flatMap(\.partIndices)
            let runs = message.missingSequences
            #expect(zip(runs, runs.dropFirst()).allSatisfy { $0.upperBound + 1 < $1.lowerBound })
            #expect(message.issues.count <= message.slots.count + runs.count + 1)
            if let key = message.key {
                #expect((runs.flatMap { Array($0) } + message.slots.map(\.sequence)).sorted() == Array(1...Int(key.total)))
            }
        }
        #expect(seen.sorted() == Array(parts.indices))
    }

    // MARK: FuzzAddresses

    func addressOptions(_ a: UInt8) -> MSISDN.ParsingOptions {
        MSISDN.ParsingOptions(
            defaultCountryCallingCode: [nil, 44, 1, 39, 7, 33, 49, 91][Int(a & 7)].flatMap(CountryCallingCode.init),
            origin: a & 8 == 0 ? .anywhere : .northAmerica,
            foldsNonASCIIDigits: a & 16 != 0,
            acceptsLocalOnlyLengths: a & 32 != 0
        )
    }

    func checkAddresses(_ text: String, _ options: MSISDN.ParsingOptions, _ label: String) {
        let plain = MSISDN.ParsingOptions(acceptsLocalOnlyLengths: options.acceptsLocalOnlyLengths)
        var numbers = RecipientList(validating: text, options: options).recipients
        if let number = try? MSISDN(validating: text, options: options) { numbers.append(number) }
        for number in numbers {
            for (form, formOptions) in [(number.e164, options), (number.e164, plain), (number.digits, plain)] {
                #expect((try? MSISDN(validating: form, options: formOptions))?.digits == number.digits, "\(label): \(form)")
            }
        }
        if let sender = try? SenderID(validating: text, options: options) {
            #expect((try? SenderID(validating: sender.description, options: options)) == sender, "\(label): sender")
        }
    }
}
