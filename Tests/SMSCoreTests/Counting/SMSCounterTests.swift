import PropertyBased
import SMSCore
import Testing
import _SMSTestSupport

@Suite struct SMSCounterTests {
    @Test func emptyCounterIsTheEmptyPlan() {
        #expect(SMSCounter().plan == SMSPlan(analyzing: ""))
    }

    @Test func lateNonGSMCharacterSwitchesToUCS2() {
        var counter = SMSCounter()
        counter.append(String(repeating: "a", count: 200))
        #expect(counter.plan.encoding == .gsm7)
        #expect(counter.plan.partCount == 2)
        counter.append("☕")
        #expect(counter.plan.encoding == .ucs2)
        #expect(counter.plan.unitCount == 201)
        #expect(counter.plan.partCount == 3)
    }

    @Test func combiningMarkAppendedLaterJoinsThePreviousCharacter() {
        // Under the grapheme policy, "e" + U+0301 typed in two steps must count as one character.
        let options = SegmentationOptions(split: .graphemes)
        let text = String(repeating: "Ж", count: 66) + "e"
        var counter = SMSCounter(options: options)
        counter.append(text)
        counter.append("\u{301}\u{301}")
        #expect(counter.plan == SMSPlan(analyzing: text + "\u{301}\u{301}", options: options))
    }

    @Test func incrementalCountEqualsOneShotForEverySplit() async {
        await propertyCheck(count: 150, input: SampleText.generator, Gen.int(in: 0...6), Gen.int(in: 1...12)) {
            text, optionIndex, pieceCount in
            let options = SampleText.optionSets[optionIndex]
            let expected = SMSPlan(analyzing: text, options: options)
            let scalars = Array(text.unicodeScalars)
            // Two pieces at every split point (a sample of them in long texts), and a split
            // into several pieces.
            let step = scalars.count <= 250 ? 1 : scalars.count / 60
            for split in stride(from: 0, through: scalars.count, by: step) {
                var counter = SMSCounter(options: options)
                counter.append(String(String.UnicodeScalarView(scalars[..<split])))
                counter.append(String(String.UnicodeScalarView(scalars[split...])))
                #expect(counter.plan == expected, "split at scalar \(split)")
            }
            var counter = SMSCounter(options: options)
            let size = max(1, scalars.count / pieceCount)
            for start in stride(from: 0, to: scalars.count, by: size) {
                counter.append(String(String.UnicodeScalarView(scalars[start..<min(start + size, scalars.count)])))
            }
            #expect(counter.plan == expected)
        }
    }

    @Test func planUnitsMatchAPlainCount() async {
        await propertyCheck(count: 200, input: SampleText.generator) { text in
            let plan = SMSPlan(analyzing: text)
            #expect(plan.scalarCount == text.unicodeScalars.count)
            #expect(plan.utf16Count == text.utf16.count)
            if StandardGSM7.canEncode(text) {
                #expect(plan.encoding == .gsm7)
                #expect(plan.unitCount == text.unicodeScalars.reduce(0) { $0 + (StandardGSM7.septetCount(for: $1) ?? 0) })
            } else {
                #expect(plan.encoding == .ucs2)
                #expect(plan.unitCount == text.utf16.count)
            }
            #expect(plan.remaining >= 0 && plan.remaining <= plan.unitsPerPart)
        }
    }

    @Test func planMatchesThePlainReferenceImplementation() async {
        await propertyCheck(count: 300, input: SampleText.generator, Gen.int(in: 0...6)) { text, optionIndex in
            expectPlanMatchesReference(text, options: SampleText.optionSets[optionIndex])
        }
    }

    @Test func scalarByScalarAppendEqualsTheUTF8FastPath() async {
        await propertyCheck(count: 200, input: SampleText.generator, Gen.int(in: 0...6)) { text, optionIndex in
            let options = SampleText.optionSets[optionIndex]
            var counter = SMSCounter(options: options)
            for scalar in text.unicodeScalars { counter.append(scalar) }
            #expect(counter.plan == SMSPlan(analyzing: text, options: options))
        }
    }

    /// Long runs of ASCII take a block-at-a-time path; these texts put spaces, CR LF, extension
    /// characters and non-GSM ASCII (` and TAB) at every position, including part boundaries.
    @Test(arguments: ["ab c\r\n", "ab c\r\n{", "abc  \r\n`", "a\t\r\n é"])
    func asciiRunsMatchThePlainReferenceImplementation(alphabet: String) async {
        let generator = Gen<Character?>.element(of: Array(alphabet)).map { $0! }.string(of: 0...700)
        await propertyCheck(count: 150, input: generator, Gen.int(in: 0...6)) { text, optionIndex in
            expectPlanMatchesReference(text, options: SampleText.optionSets[optionIndex])
        }
    }
}

/// Checks `SMSPlan` against the plain reference implementation.
private func expectPlanMatchesReference(
    _ text: String, options: SegmentationOptions, sourceLocation: SourceLocation = #_sourceLocation
) {
    let plan = SMSPlan(analyzing: text, options: options)
    let reference = ReferenceSegmenter.split(text, options: options)
    #expect(plan.encoding == reference.encoding, sourceLocation: sourceLocation)
    #expect(plan.unitCount == reference.units, sourceLocation: sourceLocation)
    #expect(plan.partCount == reference.parts.count, sourceLocation: sourceLocation)
    #expect(plan.unitsPerPart == reference.unitsPerPart, sourceLocation: sourceLocation)
    #expect(plan.remaining == reference.unitsPerPart - (reference.partUnits.last ?? 0), sourceLocation: sourceLocation)
}
