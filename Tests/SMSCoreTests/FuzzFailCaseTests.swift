import Foundation
import SMSCore
import Testing

/// Replays every input saved under `FuzzTesting/FailCases/<target>/`, and the seeds under
/// `FuzzTesting/Corpus/<target>/`, through the checks of that fuzz target (a compact copy of
/// `FuzzTesting/Sources/<target>/main.swift`), so a crash found by `Scripts/fuzz.sh` stays a
/// regression test once fixed and the seeds (the national language ones among them) keep
/// exercising these checks.
@Suite struct FuzzFailCaseTests {
    static let fuzzTesting = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("FuzzTesting")

    /// Every input in `FuzzTesting/<folder>/<target>/`, as (target, file name, bytes).
    static func inputs(in folder: String) throws -> [(target: String, name: String, bytes: [UInt8])] {
        let manager = FileManager.default
        let directory = fuzzTesting.appendingPathComponent(folder)
        var cases: [(target: String, name: String, bytes: [UInt8])] = []
        for target in try manager.contentsOfDirectory(atPath: directory.path).sorted() {
            let targetFolder = directory.appendingPathComponent(target)
            guard let names = try? manager.contentsOfDirectory(atPath: targetFolder.path) else { continue }
            for name in names.sorted() where !name.hasPrefix(".") {
                cases.append((target, name, Array(try Data(contentsOf: targetFolder.appendingPathComponent(name)))))
            }
        }
        return cases
    }

    /// Every saved input and every seed.
    static func failCases() throws -> [(target: String, name: String, bytes: [UInt8])] {
        try inputs(in: "FailCases") + inputs(in: "Corpus")
    }

    /// The national language seeds of FuzzSegmentation select the tables they are named for:
    /// their texts go as GSM-7 with national tables, except the five Indic scripts together,
    /// which no pair of tables writes (UCS-2).
    @Test func nationalSeedsSelectNationalTables() throws {
        let seeds = try Self.inputs(in: "Corpus").filter { $0.target == "FuzzSegmentation" && $0.name.hasPrefix("nat-") }
        #expect(seeds.count >= 9)
        for seed in seeds {
            let bytes = seed.bytes
            let options = segmentationOptions(bytes[0], bytes[1], bytes[2], bytes[3])
            let plan = SMSPlan(analyzing: String(decoding: bytes.dropFirst(4), as: UTF8.self), options: options)
            if seed.name == "nat-indic-mixed.txt" {
                #expect(plan.encoding == .ucs2, "\(seed.name): \(plan)")
            } else {
                #expect(plan.encoding == .gsm7 && !plan.tables.isStandard, "\(seed.name): \(plan)")
            }
        }
    }

    @Test func savedFuzzInputsPassTheirChecks() throws {
        for failCase in try Self.failCases() {
            let label = "\(failCase.target)/\(failCase.name)"
            let bytes = failCase.bytes
            let a = bytes.first ?? 0
            let b = bytes.dropFirst().first ?? 0
            switch failCase.target {
            case "FuzzSegmentation":
                let options = segmentationOptions(a, b, bytes.dropFirst(2).first ?? 0, bytes.dropFirst(3).first ?? 0)
                let body = Array(bytes.dropFirst(4))
                checkSegmentation(String(decoding: body, as: UTF8.self), options, b, label)
                if body.count % 2 == 0 {
                    let units = stride(from: 0, to: body.count, by: 2).map { UInt16(body[$0]) | UInt16(body[$0 + 1]) << 8 }
                    checkSegmentation(String(decoding: units, as: UTF16.self), options, b, label)
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

    /// Bytes 0-1 as before; byte 2 bits 0-1 which tables (none, both, locking, single), bit 2
    /// reverse order, bits 3-7 languages 9-13; byte 3 languages 1-8.
    func segmentationOptions(_ a: UInt8, _ b: UInt8, _ national: UInt8, _ languageBits: UInt8) -> SegmentationOptions {
        var options = SegmentationOptions(
            split: [.graphemes, .scalars, .words, .graphemes][Int(a & 3)],
            maxParts: a >> 4 == 0 ? 255 : Int(a >> 4),
            reference: a & 4 == 0 ? .eightBit(b) : .sixteenBit(UInt16(b) << 8 | UInt16(a)),
            encodingPreference: a & 8 == 0 ? .automatic : .ucs2
        )
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

    /// Units a part with this header holds (TS 23.040 9.2.3.24): 140 octets less the header.
    func capacity(_ encoding: SMSEncoding, _ header: UserDataHeader) -> Int {
        let octets = header.elements.isEmpty ? 0 : header.encodedLength
        return encoding == .gsm7 ? 160 - (8 * octets + 6) / 7 : (140 - octets) / 2
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
        #expect(plan.tables.lockingShift.map(options.lockingShiftLanguages.contains) ?? true, "\(label): locking")
        #expect(plan.tables.singleShift.map(options.singleShiftLanguages.contains) ?? true, "\(label): single")
        #expect(plan.encoding == .gsm7 || plan.tables.isStandard, "\(label): UCS-2 with tables")
        if plan.encoding == .gsm7, let standard = plan.costWithStandardTables {
            #expect(plan.partCount <= standard.partCount, "\(label): more parts than the default tables")
        }
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
        var decodedParts: [DecodedUserData] = []
        for part in parts {
            #expect(part.unitCount <= plan.unitsPerPart, "\(label): part too long")
            #expect(plan.unitsPerPart == capacity(part.encoding, part.header), "\(label): capacity")
            #expect(part.userData.bytes.count <= 140, "\(label): user data too long")
            #expect(part.tables == plan.tables, "\(label): part tables")
            let national = part.header.elements.filter {
                $0.identifier == .nationalLanguageLockingShift || $0.identifier == .nationalLanguageSingleShift
            }
            #expect(national == part.tables.informationElements, "\(label): national elements")
            #expect(part.header.elements.count == national.count + (parts.count == 1 ? 0 : 1), "\(label): header")
            if part.encoding == .gsm7 {
                #expect((try? GSM7Codec.septets(of: part.text, tables: part.tables))?.count == part.unitCount, "\(label): septets")
            }
            let decoded = try? DecodedUserData(
                parsing: part.userData, encoding: part.encoding, hasHeader: !part.header.elements.isEmpty)
            #expect(decoded?.text.unicodeScalars.elementsEqual(part.text.unicodeScalars) == true, "\(label): decode")
            #expect(decoded?.header == part.header, "\(label): header")
            #expect(decoded?.tables == part.tables, "\(label): decoded with the header's tables")
            #expect(decoded?.notes.isEmpty == true, "\(label): decoding notes")
            if let decoded { decodedParts.append(decoded) }
        }
        if let last = parts.last {
            #expect(plan.remaining == plan.unitsPerPart - last.unitCount, "\(label): remaining")
        }
        let reassembly = Reassembly(reassembling: decodedParts)
        #expect(reassembly.messages.count == 1 && reassembly.issues.isEmpty, "\(label): reassembly issues")
        #expect(reassembly.messages.first?.text?.unicodeScalars.elementsEqual(scalars) == true, "\(label): reassembled")
    }

    // MARK: FuzzDecoding (must not crash)

    func exerciseDecoding(_ bytes: [UInt8], _ a: UInt8, _ b: UInt8) {
        // National tables from the high nibbles of bytes 0 (locking shift) and 1 (single shift).
        let tables = GSM7Tables(
            lockingShift: NationalLanguage(identifier: a >> 4).flatMap { $0.hasLockingShiftTable ? $0 : nil },
            singleShift: NationalLanguage(identifier: b >> 4)
        )
        if let header = try? UserDataHeader(parsing: bytes) {
            let named = GSM7Tables(header: header)
            #expect(GSM7Tables(header: UserDataHeader(elements: named.informationElements)) == named)
        }
        for encoding in [SMSEncoding.gsm7, .ucs2, .eightBit] {
            for hasHeader in [false, true] {
                let lengths = [
                    UserData.inferredGSM7Length(of: bytes, hasHeader: hasHeader),
                    bytes.count, Int(a), bytes.count + 1, -Int(a & 3),
                ]
                for length in lengths {
                    let decoded = try? DecodedUserData(
                        parsing: UserData(bytes: bytes, length: length), encoding: encoding, hasHeader: hasHeader)
                    if let decoded, encoding == .gsm7 {
                        #expect(decoded.tables == GSM7Tables(header: decoded.header))
                    }
                }
            }
        }
        let unpacked = try? SeptetPacking.unpack(bytes, septetCount: Int(a), fillBits: Int(b % 7))
        let septets = bytes.map { $0 & 0x7F }
        _ = SeptetPacking.packed(septets, fillBits: Int(b % 7))
        _ = GSM7Codec.decode(bytes)
        // Text the tables can write again decodes to itself.
        for source in [unpacked ?? [], bytes] {
            let text = GSM7Codec.decode(source, tables: tables).text
            if let again = try? GSM7Codec.septets(of: text, tables: tables) {
                #expect(GSM7Codec.decode(again, tables: tables).text.unicodeScalars.elementsEqual(text.unicodeScalars))
            }
        }
        // The septets behind a header naming the tables (and a concatenation element when byte 1
        // bit 3 is set) decode with those tables.
        var elements = tables.informationElements
        if b & 8 != 0 {
            elements.insert(.concatenation(Concatenation(reference: UInt16(a), referenceSize: .eightBit, total: 2, sequence: 1)), at: 0)
        }
        let header = UserDataHeader(elements: elements)
        let behind = try? DecodedUserData(
            parsing: .gsm7(header: header, septets: septets), encoding: .gsm7, hasHeader: !elements.isEmpty)
        #expect(behind?.header == header && behind?.tables == tables && behind?.payload == septets)
        #expect(behind?.text.unicodeScalars.elementsEqual(GSM7Codec.decode(septets, tables: tables).text.unicodeScalars) == true)
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
