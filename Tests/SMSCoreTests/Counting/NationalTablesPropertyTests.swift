import PropertyBased
import SMSCore
import Testing
import _SMSTestSupport

/// Counting, segmenting, decoding and reassembling text in national language tables
/// (TS 23.038 annex A), checked on random text of each language against the brute-force
/// reference in the test support target (``NationalReference``), which reads the JSON tables
/// itself.
@Suite struct NationalTablesPropertyTests {
    /// The plan is the reference's choice among every enabled pair, and no enabled pair needs
    /// fewer parts.
    @Test func planIsTheBruteForceChoiceAndNoPairNeedsFewerParts() async throws {
        _ = try NationalReference.loaded.get()
        await propertyCheck(count: 400, input: NationalSampleText.generator) { sample in
            let (text, options) = (sample.text, sample.options)
            let plan = SMSPlan(analyzing: text, options: options)
            let reference = NationalReference.plan(text, options: options)
            let chosen = reference.chosen
            #expect(plan.encoding == chosen.encoding)
            #expect(plan.tables == GSM7Tables(lockingShift: chosen.pair.locking, singleShift: chosen.pair.single))
            #expect(plan.unitCount == chosen.units)
            #expect(plan.partCount == chosen.partCount)
            #expect(plan.unitsPerPart == chosen.unitsPerPart)
            #expect(plan.remaining == chosen.remaining)
            #expect(plan.scalarCount == text.unicodeScalars.count)
            #expect(plan.utf16Count == text.utf16.count)
            // What the default tables and UCS-2 would cost.
            #expect(plan.costWithStandardTables?.unitCount == reference.standard?.units)
            #expect(plan.costWithStandardTables?.partCount == reference.standard?.partCount)
            #expect(plan.costAsUCS2.unitCount == reference.ucs2.units)
            #expect(plan.costAsUCS2.partCount == reference.ucs2.partCount)
            // No enabled pair does better.
            for candidate in reference.candidates {
                #expect(plan.partCount <= candidate.partCount, "\(candidate) needs fewer parts")
            }
            // With no national table enabled, the reference is the plain one.
            if options.lockingShiftLanguages.isEmpty, options.singleShiftLanguages.isEmpty {
                let plain = ReferenceSegmenter.split(text, options: options)
                #expect(chosen.parts == plain.parts && chosen.partUnits == plain.partUnits)
            }
        }
    }

    /// The parts rejoin to the input, fit their capacity, carry the concatenation element and
    /// the national elements the standard prescribes, hold the reference's septets, decode back
    /// to their text with their tables, and reassemble into the input.
    @Test func partsCarryTheirTablesAndDecodeBack() async throws {
        _ = try NationalReference.loaded.get()
        await propertyCheck(count: 250, input: NationalSampleText.generator) { sample in
            let (text, options) = (sample.text, sample.options)
            let chosen = NationalReference.plan(text, options: options).chosen
            let parts: [SMSPart]
            do {
                parts = try SMSSegmenter(options: options).segment(text)
            } catch {
                Issue.record("\(error)")
                return
            }
            #expect(Array(parts.map(\.text).joined().unicodeScalars) == Array(text.unicodeScalars))
            #expect(parts.map { $0.range.lowerBound.scalarOffset..<$0.range.upperBound.scalarOffset } == chosen.parts)
            #expect(parts.map(\.unitCount) == chosen.partUnits)

            let tables = GSM7Tables(lockingShift: chosen.pair.locking, singleShift: chosen.pair.single)
            let concatenated = parts.count > 1
            let headerOctets = NationalReference.headerOctets(
                concatenated: concatenated,
                nationalTables: chosen.encoding == .gsm7 ? chosen.pair.nationalTableCount : 0,
                reference: options.reference.size)
            let capacity = NationalReference.capacity(headerOctets: headerOctets, encoding: chosen.encoding)
            let referenceNumber = parts.first?.concatenation?.reference ?? 0
            var received: [DecodedUserData] = []
            for (index, part) in parts.enumerated() {
                let label = "part \(index + 1)/\(parts.count)"
                #expect(part.encoding == chosen.encoding, "\(label)")
                #expect(part.tables == tables, "\(label)")
                #expect(part.unitCount <= capacity, "\(label): \(part.unitCount) units > \(capacity)")
                #expect(part.userData.bytes.count <= 140, "\(label)")

                // The header, octet by octet: UDHL; 00 03 ref total seq (08 04 ref ref total seq);
                // 25 01 NLI; 24 01 NLI (TS 23.040 9.2.3.24.1, .8, .16, .15).
                var header: [UInt8] = []
                if concatenated {
                    let sequence = [UInt8(parts.count), UInt8(index + 1)]
                    header += options.reference.size == .eightBit
                        ? [0x00, 0x03, UInt8(truncatingIfNeeded: referenceNumber)] + sequence
                        : [0x08, 0x04, UInt8(referenceNumber >> 8), UInt8(truncatingIfNeeded: referenceNumber)] + sequence
                }
                if chosen.encoding == .gsm7, let locking = chosen.pair.locking { header += [0x25, 0x01, locking.identifier] }
                if chosen.encoding == .gsm7, let single = chosen.pair.single { header += [0x24, 0x01, single.identifier] }
                if !header.isEmpty { header.insert(UInt8(header.count), at: 0) }
                #expect(header.count == headerOctets, "\(label)")
                #expect(Array(part.userData.bytes.prefix(header.count)) == header, "\(label): header")

                // TP-UDL counts the header and its fill in septets, then the reference's septets.
                if chosen.encoding == .gsm7 {
                    let septets = NationalReference.septets(of: part.text, pair: chosen.pair)
                    #expect(part.userData.length == (8 * header.count + 6) / 7 + (septets?.count ?? -1), "\(label): UDL")
                    #expect(part.userData.length <= 160, "\(label): UDL")
                    let decoded = try? DecodedUserData(parsing: part.userData, encoding: .gsm7, hasHeader: !header.isEmpty)
                    #expect(decoded?.payload == septets, "\(label): septets")
                } else {
                    #expect(part.userData.length == header.count + 2 * part.text.utf16.count, "\(label): UDL")
                }

                let decoded = try? DecodedUserData(
                    parsing: part.userData, encoding: part.encoding, hasHeader: !part.header.elements.isEmpty)
                #expect(decoded.map { Array($0.text.unicodeScalars) } == Array(part.text.unicodeScalars), "\(label): text")
                #expect(decoded?.header == part.header, "\(label)")
                #expect(decoded?.notes == [], "\(label)")
                if part.encoding == .gsm7 { #expect(decoded?.tables == tables, "\(label)") }
                received.append(contentsOf: decoded.map { [$0] } ?? [])
            }
            let messages = Reassembly(reassembling: received.reversed()).messages
            #expect(messages.count == 1)
            #expect(messages.first?.text.map { Array($0.unicodeScalars) } == Array(text.unicodeScalars))
            #expect(messages.first?.issues == [])
        }
    }

    /// `SMSCounter` fed the text in random pieces (strings, substrings, single scalars) gives
    /// the one-shot plan.
    @Test func countingInPiecesGivesTheOneShotPlan() async {
        await propertyCheck(
            count: 250, input: NationalSampleText.generator, Gen.int(in: 0...1_000).array(of: 0...8), Gen.int(in: 0...3)
        ) { (sample: NationalSampleText.Case, cuts: [Int], mode: Int) in
            let (text, options) = (sample.text, sample.options)
            let expected = SMSPlan(analyzing: text, options: options)
            let scalars = Array(text.unicodeScalars)

            var byScalar = SMSCounter(options: options)
            for scalar in scalars { byScalar.append(scalar) }
            #expect(byScalar.plan == expected, "scalar by scalar")

            let offsets = ([0, scalars.count] + cuts.map { scalars.isEmpty ? 0 : $0 % (scalars.count + 1) }).sorted()
            var counter = SMSCounter(options: options)
            for (piece, (start, end)) in zip(offsets, offsets.dropFirst()).enumerated() {
                let slice = String(String.UnicodeScalarView(scalars[start..<end]))
                switch (mode + piece) % 3 {
                case 0: counter.append(slice)
                // A substring inside a larger string (cut by scalars: a combining mark after
                // "<" would join it in one Character).
                case 1: counter.append(Substring(("<" + slice + ">").unicodeScalars.dropFirst().dropLast()))
                default: for scalar in slice.unicodeScalars { counter.append(scalar) }
                }
            }
            #expect(counter.plan == expected, "pieces at \(offsets)")
        }
    }
}
