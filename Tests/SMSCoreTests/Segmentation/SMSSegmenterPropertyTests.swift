import PropertyBased
import SMSCore
import Testing
import _SMSTestSupport

/// Invariants of segmentation on random text, for every split policy and reference size.
@Suite struct SMSSegmenterPropertyTests {
    @Test func partsRejoinFitTheirLimitAndMatchTheReference() async throws {
        await propertyCheck(count: 300, input: SampleText.generator, Gen.int(in: 0...6)) { text, optionIndex in
            let options = SampleText.optionSets[optionIndex]
            let plan = SMSPlan(analyzing: text, options: options)
            let parts: [SMSPart]
            do {
                parts = try SMSSegmenter(options: options).segment(text)
            } catch {
                Issue.record("\(error)")
                return
            }
            // Parts rejoin to the input, scalar for scalar, and their ranges tile it.
            #expect(Array(parts.map(\.text).joined().unicodeScalars) == Array(text.unicodeScalars))
            #expect(parts.first?.range.lowerBound == .start)
            #expect(parts.last?.range.upperBound.scalarOffset == plan.scalarCount)
            #expect(parts.last?.range.upperBound.utf16Offset == plan.utf16Count)
            for (previous, next) in zip(parts, parts.dropFirst()) {
                #expect(previous.range.upperBound == next.range.lowerBound)
                let start = next.range.lowerBound
                #expect(start.utf16Offset == text.unicodeScalars.prefix(start.scalarOffset).reduce(0) { $0 + UTF16.width($1) })
            }
            // The plan and the parts agree, and every part fits its limit.
            #expect(parts.count == plan.partCount)
            #expect(parts.map(\.unitCount).reduce(0, +) == plan.unitCount)
            #expect(parts.allSatisfy { $0.unitCount <= plan.unitsPerPart })
            #expect(parts.allSatisfy { $0.encoding == plan.encoding })
            // The same parts as the plain reference implementation.
            let reference = ReferenceSegmenter.split(text, options: options)
            #expect(parts.map { $0.range.lowerBound.scalarOffset..<$0.range.upperBound.scalarOffset } == reference.parts)
            #expect(parts.map(\.unitCount) == reference.partUnits)
            // User data never exceeds 140 octets, decodes back to the part's text, and the parts,
            // shuffled, reassemble into the input.
            var received: [DecodedUserData] = []
            for part in parts {
                #expect(part.userData.bytes.count <= 140)
                let decoded = try? DecodedUserData(
                    parsing: part.userData, encoding: part.encoding, hasHeader: !part.header.elements.isEmpty)
                #expect(decoded.map { Array($0.text.unicodeScalars) } == Array(part.text.unicodeScalars))
                #expect(decoded?.header == part.header)
                #expect(decoded?.notes.isEmpty == true)
                received.append(contentsOf: decoded.map { [$0] } ?? [])
            }
            let message = Reassembly(reassembling: received.reversed()).messages
            #expect(message.count == 1)
            #expect(message.first?.text.map { Array($0.unicodeScalars) } == Array(text.unicodeScalars))
            #expect(message.first?.issues.isEmpty == true)
        }
    }

    @Test func scalarsPartsAreFullExceptTheLast() async {
        await propertyCheck(count: 200, input: SampleText.generator) { text in
            let options = SegmentationOptions(split: .scalars)
            guard let parts = try? SMSSegmenter(options: options).segment(text), parts.count > 1 else { return }
            let limit = parts[0].encoding == .gsm7 ? 153 : 67
            for (part, next) in zip(parts, parts.dropFirst()) {
                // Full, or one short because the next scalar costs 2 (an escape or surrogate pair).
                let nextCost = next.text.unicodeScalars.first.map {
                    part.encoding == .gsm7 ? StandardGSM7.septetCount(for: $0) ?? 0 : UTF16.width($0)
                } ?? 0
                #expect(part.unitCount == limit || (part.unitCount == limit - 1 && nextCost == 2))
            }
        }
    }

    @Test func graphemesPolicyNeverSplitsACharacterThatFitsInAPart() async {
        await propertyCheck(count: 200, input: SampleText.generator) { text in
            guard let parts = try? SMSSegmenter().segment(text), parts.count > 1 else { return }
            var characterStarts = Set<Int>()
            var offset = 0
            for character in text {
                characterStarts.insert(offset)
                offset += character.unicodeScalars.count
            }
            for part in parts.dropFirst() where !characterStarts.contains(part.range.lowerBound.scalarOffset) {
                // Only a character longer than a whole part may be cut.
                let start = characterStarts.filter { $0 < part.range.lowerBound.scalarOffset }.max() ?? 0
                let end = characterStarts.filter { $0 > part.range.lowerBound.scalarOffset }.min() ?? offset
                let scalars = Array(text.unicodeScalars)[start..<end]
                let units = part.encoding == .gsm7
                    ? scalars.reduce(0) { $0 + (StandardGSM7.septetCount(for: $1) ?? 0) }
                    : scalars.reduce(0) { $0 + UTF16.width($1) }
                #expect(units > (part.encoding == .gsm7 ? 153 : 67))
            }
        }
    }

    @Test func wholeTextHexDecodesBackToTheText() async throws {
        await propertyCheck(count: 200, input: SampleText.generator) { text in
            let bytes = try? Hex.decode(Hex.encodeUTF16BigEndian(text))
            #expect(bytes.map { UCS2Codec.decode($0).text.unicodeScalars.map(\.value) } == text.unicodeScalars.map(\.value))
        }
    }
}
