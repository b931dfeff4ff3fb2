import SMSCore
import Testing

/// National language tables (TS 23.038 annex A; TS 23.040 9.2.3.24.15 and 9.2.3.24.16): the
/// tables, capacities, the choice between pairs, segmentation and decoding. The expected values
/// are worked by hand from the standard's tables and the octet arithmetic of TS 23.040.
@Suite("National language tables")
struct NationalLanguageTests {
    static func options(
        languages: [NationalLanguage] = [], locking: [NationalLanguage]? = nil, single: [NationalLanguage]? = nil,
        reference: SegmentationOptions.Reference = .eightBit(0x2A), split: SegmentationOptions.SplitPolicy = .graphemes
    ) -> SegmentationOptions {
        var options = SegmentationOptions(split: split, reference: reference, languages: languages)
        if let locking { options.lockingShiftLanguages = locking }
        if let single { options.singleShiftLanguages = single }
        return options
    }

    // MARK: The languages and tables

    @Test func theThirteenLanguagesHaveTheirIdentifiersAndCodes() {
        #expect(NationalLanguage.allCases.map(\.code) == ["tr", "es", "pt", "bn", "gu", "hi", "kn", "ml", "or", "pa", "ta", "te", "ur"])
        #expect(NationalLanguage.allCases.map(\.identifier) == Array(1...13))
        #expect(NationalLanguage(code: "TR") == .turkish)
        #expect(NationalLanguage(code: "xx") == nil)
        #expect(NationalLanguage(identifier: 0) == nil && NationalLanguage(identifier: 14) == nil)
        #expect(NationalLanguage.allCases.filter { !$0.hasLockingShiftTable } == [.spanish])
    }

    @Test func languageListsDropRepeatsAndSpanishLocking() {
        // Spanish has no locking-shift table (A.3.2 is void); a repeated language adds nothing.
        var options = SegmentationOptions()
        options.lockingShiftLanguages = [.spanish, .turkish, .hindi, .turkish]
        options.singleShiftLanguages = [.urdu, .spanish, .urdu]
        #expect(options.lockingShiftLanguages == [.turkish, .hindi])
        #expect(options.singleShiftLanguages == [.urdu, .spanish])
        #expect(options.languages == [.urdu, .spanish, .turkish, .hindi])
        var same = SegmentationOptions()
        same.lockingShiftLanguages = [.turkish, .hindi]
        same.singleShiftLanguages = [.urdu, .spanish]
        #expect(options == same && options.hashValue == same.hashValue)
        let all = SegmentationOptions(languages: NationalLanguage.allCases + NationalLanguage.allCases)
        #expect(all.singleShiftLanguages == NationalLanguage.allCases)
        #expect(all.lockingShiftLanguages == NationalLanguage.allCases.filter { $0 != .spanish })
    }

    @Test func encodingErrorsNameTheTablesTried() throws {
        // U+1F44B is in no table; the error names the pair that was asked for.
        let tables = GSM7Tables(lockingShift: .hindi, singleShift: .urdu)
        let error = try #require(throws: GSM7EncodingError.self) { try GSM7Codec.septets(of: "a\u{1F44B}", tables: tables) }
        #expect(error.tables == tables && error.offset == 1)
        #expect(error.description == "U+1F44B at scalar offset 1 is not in the Hindi locking-shift table or the Urdu single-shift table")
        let turkish = try #require(throws: GSM7EncodingError.self) {
            try GSM7Codec.septets(of: "\u{1F44B}", tables: GSM7Tables(lockingShift: .turkish))
        }
        #expect(turkish.description == "U+1F44B at scalar offset 0 is not in the Turkish locking-shift table or the default extension table")
        let standard = try #require(throws: GSM7EncodingError.self) { try GSM7Codec.septets(of: "\u{1F44B}") }
        #expect(standard.description == "U+1F44B at scalar offset 0 is not in the GSM 7-bit default alphabet or its extension table")
    }

    @Test func tablesGiveTheStandardsCodes() {
        // A.3.1 (Turkish locking shift): ş 0x1D, Ş 0x1C, ğ 0x0C, € 0x04. A.2.1: ş 0x73, € 0x65.
        let turkish = GSM7Tables(lockingShift: .turkish)
        #expect(turkish.code(for: "ş") == .basic(0x1D))
        #expect(turkish.code(for: "Ş") == .basic(0x1C))
        #expect(turkish.code(for: "ğ") == .basic(0x0C))
        #expect(turkish.code(for: "€") == .basic(0x04))
        // The default extension table stays with a national locking-shift table.
        #expect(turkish.code(for: "{") == .extended(0x28))
        let single = GSM7Tables(singleShift: .turkish)
        #expect(single.code(for: "ş") == .extended(0x73))
        #expect(single.code(for: "é") == .basic(0x05))
        // A national single-shift table replaces the default extension table: the Telugu one
        // (A.2.12) has no €.
        #expect(GSM7Tables.standard.code(for: "€") == .extended(0x65))
        #expect(GSM7Tables(singleShift: .telugu).code(for: "€") == nil)
        // A character in both tables is sent from the locking-shift table.
        #expect(GSM7Tables(lockingShift: .turkish, singleShift: .turkish).code(for: "ş") == .basic(0x1D))
        // Every Indic single-shift table has `*` at 0x0B and 0x18: the lower septet is sent.
        #expect(GSM7Tables(singleShift: .hindi).code(for: "*") == .basic(0x2A))
        #expect(GSM7Tables(lockingShift: .hindi, singleShift: .hindi).code(for: "*") == .extended(0x0B))
        #expect(GSM7Tables(lockingShift: .hindi).scalar(forBasic: 0x04) == "\u{0906}")
    }

    @Test func theHeaderElementsAnnounceEachNationalTable() {
        let both = GSM7Tables(lockingShift: .portuguese, singleShift: .spanish)
        #expect(UserDataHeader(elements: both.informationElements).encoded() == [0x06, 0x25, 0x01, 0x03, 0x24, 0x01, 0x02])
        #expect(GSM7Tables.standard.informationElements.isEmpty)
        let header = UserDataHeader(elements: both.informationElements)
        #expect(GSM7Tables(header: header) == both)
        // Unknown languages and a Spanish locking shift select nothing.
        let odd = UserDataHeader(elements: [
            .init(identifier: .nationalLanguageLockingShift, data: [0x02]),
            .init(identifier: .nationalLanguageSingleShift, data: [0x0E]),
        ])
        #expect(GSM7Tables(header: odd) == .standard)
    }

    // MARK: Capacities

    /// TS 23.040: 140 octets less the header, in septets after the fill bits.
    @Test(arguments: [
        // (languages enabled, text, expected septets per part, expected parts)
        (0, 160, 160, 1), (0, 161, 153, 2),
        (1, 155, 155, 1), (1, 156, 149, 2),
        (2, 152, 152, 1), (2, 153, 146, 2),
    ])
    func capacitiesFollowTheHeaderBuilt(tables: Int, septets: Int, perPart: Int, parts: Int) {
        // ş costs 1 in the Turkish locking-shift table, 2 in its single-shift table.
        let options: SegmentationOptions
        let text: String
        switch tables {
        case 0:
            options = Self.options()
            text = String(repeating: "a", count: septets)
        case 1:
            options = Self.options(locking: [.turkish], single: [])
            text = "ş" + String(repeating: "a", count: septets - 1)
        default:
            // Only both tables write ş (Turkish locking shift, 1 septet) and á (Spanish single
            // shift, 2 septets): neither the other's table nor the default ones have it.
            options = Self.options(locking: [.turkish], single: [.spanish])
            text = "şá" + String(repeating: "a", count: septets - 3)
        }
        let plan = SMSPlan(analyzing: text, options: options)
        #expect(plan.unitCount == septets)
        #expect(plan.tables.nationalTableCount == tables)
        #expect(plan.unitsPerPart == perPart)
        #expect(plan.partCount == parts)
    }

    @Test func sixteenBitReferencesLeaveOneSeptetLess() {
        let options = Self.options(locking: [.turkish], single: [], reference: .sixteenBit(0x1234))
        let plan = SMSPlan(analyzing: "ş" + String(repeating: "a", count: 200), options: options)
        #expect(plan.unitsPerPart == 148)
        #expect(plan.partCount == 2)
        #expect(plan.remaining == 148 - (201 - 148))
    }

    // MARK: Choosing the tables

    @Test func theCheapestPairIsChosenAndTheAlternativesAreReported() {
        // ş alone: (tr, —) 1 septet of 155; (—, tr) 2 of 155; (tr, tr) 1 of 152.
        let plan = SMSPlan(analyzing: "ş", options: Self.options(languages: [.turkish]))
        #expect(plan.encoding == .gsm7)
        #expect(plan.tables == GSM7Tables(lockingShift: .turkish))
        #expect(plan.remaining == 154)
        #expect(plan.costWithStandardTables == nil)
        #expect(plan.costAsUCS2.encoding == .ucs2 && plan.costAsUCS2.unitCount == 1 && plan.costAsUCS2.partCount == 1)
    }

    @Test func moreRoomInTheLastPartWinsWhenPartsAreEqual() {
        // € + 153 × a: standard 155 septets of 160 (5 left); Turkish locking 154 of 155 (1 left).
        let plan = SMSPlan(analyzing: "€" + String(repeating: "a", count: 153), options: Self.options(languages: [.turkish]))
        #expect(plan.tables == .standard)
        #expect(plan.remaining == 5)
        #expect(plan.costWithStandardTables?.unitCount == 155)
    }

    @Test func fewerPartsWinOverRoom() {
        // 70 × ş: no standard pair; Turkish locking 70 septets, 1 part.
        let text = String(repeating: "ş", count: 70)
        let plan = SMSPlan(analyzing: text, options: Self.options(languages: [.turkish]))
        #expect(plan.tables.lockingShift == .turkish)
        #expect(plan.partCount == 1)
        let ucs2 = SMSPlan(analyzing: text)
        #expect(ucs2.encoding == .ucs2 && ucs2.partCount == 1)
        // 71 × ş: Turkish 1 part; UCS-2 would take 2.
        let longer = SMSPlan(analyzing: text + "ş", options: Self.options(languages: [.turkish]))
        #expect(longer.partCount == 1 && longer.costAsUCS2.partCount == 2)
    }

    @Test func theCallersOrderBreaksTies() {
        // ç costs 2 in the Spanish and in the Portuguese single-shift table (both 0x09).
        let spanishFirst = SMSPlan(analyzing: "ç", options: Self.options(single: [.spanish, .portuguese]))
        #expect(spanishFirst.tables == GSM7Tables(singleShift: .spanish))
        let portugueseFirst = SMSPlan(analyzing: "ç", options: Self.options(single: [.portuguese, .spanish]))
        #expect(portugueseFirst.tables == GSM7Tables(singleShift: .portuguese))
    }

    @Test func fewerNationalTablesWinWhenPartsAndRoomAreEqual() {
        // 5 × € + a: the standard tables take 11 septets of 160 (149 left), the Turkish
        // locking-shift table (€ at 0x04) 6 of 155 (149 left): a tie, and no table wins.
        let plan = SMSPlan(analyzing: "€€€€€a", options: Self.options(locking: [.turkish], single: []))
        #expect(plan.tables == .standard)
        #expect(plan.remaining == 149)
        // One € more and the Turkish table leaves more room (148 against 147).
        #expect(SMSPlan(analyzing: "€€€€€€a", options: Self.options(locking: [.turkish], single: [])).tables.lockingShift == .turkish)
        // ç with Portuguese: locking (ç 0x09, 1 septet of 155: 154 left) beats single (2 of
        // 155) and both (1 of 152).
        #expect(SMSPlan(analyzing: "ç", options: Self.options(languages: [.portuguese])).tables == GSM7Tables(lockingShift: .portuguese))
    }

    @Test func noEncodablePairMeansUCS2() {
        let plan = SMSPlan(analyzing: "ş😀", options: Self.options(languages: NationalLanguage.allCases))
        #expect(plan.encoding == .ucs2)
        #expect(plan.tables == .standard)
        #expect(plan.unitCount == 3)
        #expect(plan.costWithStandardTables == nil)
        // अ is at 0x03 of the Hindi locking-shift table (A.3.6); the default tables lack it.
        #expect(SMSPlan(analyzing: "\u{0905}", options: Self.options(languages: [.hindi])).tables.lockingShift == .hindi)
    }

    @Test func spanishInTheLockingShiftListIsSkipped() {
        let options = Self.options(locking: [.spanish], single: [])
        #expect(SMSPlan(analyzing: "ç", options: options).encoding == .ucs2)
        #expect(Self.options(languages: [.spanish]).lockingShiftLanguages.isEmpty)
        #expect(Self.options(languages: [.spanish, .turkish]).languages == [.spanish, .turkish])
    }

    // MARK: Segmentation and decoding

    @Test func aSinglePartWithALockingShiftTableIsPackedBitByBit() throws {
        // UDH 03 25 01 01 (UDHL 3, IEI 0x25, length 1, Turkish): 4 octets = 32 bits, so 3 fill
        // bits before the first septet. ş = 0x1D = 0011101: octet 4 = 11101|000 = 0xE8, octet 5 =
        // the two high bits, 00. TP-UDL = ⌈32 / 7⌉ = 5 header septets + 1.
        let parts = try SMSSegmenter(options: Self.options(languages: [.turkish])).segment("ş")
        #expect(parts.count == 1)
        #expect(parts[0].tables == GSM7Tables(lockingShift: .turkish))
        #expect(parts[0].header.encoded() == [0x03, 0x25, 0x01, 0x01])
        #expect(parts[0].userData.bytes == [0x03, 0x25, 0x01, 0x01, 0xE8, 0x00])
        #expect(parts[0].userData.length == 6)
        let decoded = try DecodedUserData(parsing: parts[0].userData, encoding: .gsm7, hasHeader: true)
        #expect(decoded.text == "ş")
        #expect(decoded.tables == GSM7Tables(lockingShift: .turkish))
    }

    @Test func anEscapePairThatDoesNotFitMovesToTheNextPart() throws {
        // Single shift only: 148 × a + ş (1B 73) + 10 × b = 160 septets > 155, so parts of 149:
        // ş would end at 150, so part 1 is the 148 a's and part 2 starts with the escape.
        let text = String(repeating: "a", count: 148) + "ş" + String(repeating: "b", count: 10)
        let parts = try SMSSegmenter(options: Self.options(single: [.turkish])).segment(text)
        #expect(parts.map(\.text) == [String(repeating: "a", count: 148), "ş" + String(repeating: "b", count: 10)])
        #expect(parts.map(\.unitCount) == [148, 12])
        for (number, part) in parts.enumerated() {
            #expect(part.header.encoded() == [0x08, 0x00, 0x03, 0x2A, 0x02, UInt8(number + 1), 0x24, 0x01, 0x01])
        }
        let decoded = try parts.map { try DecodedUserData(parsing: $0.userData, encoding: .gsm7, hasHeader: true) }
        #expect(decoded[1].payload.prefix(2) == [0x1B, 0x73])
        #expect(Reassembly(reassembling: decoded).messages.first?.text == text)
    }

    @Test func decodingReadsEachPartsTables() {
        // 0x1D is æ in the default alphabet (6.2.1) and ş in the Turkish locking-shift table.
        #expect(GSM7Codec.decode([0x1D]).text == "æ")
        #expect(GSM7Codec.decode([0x1D], tables: GSM7Tables(lockingShift: .turkish)).text == "ş")
        #expect(GSM7Codec.decode([0x1B, 0x73], tables: GSM7Tables(singleShift: .turkish)).text == "ş")
        // Escape to a code the single-shift table lacks: the locking-shift table's character.
        let undefined = GSM7Codec.decode([0x1B, 0x41], tables: GSM7Tables(singleShift: .turkish))
        #expect(undefined.text == "A")
        #expect(undefined.notes.map(\.kind) == [.escapeToUndefinedCode])
    }

    @Test func aSeptetAnIndicLockingShiftTableLeavesEmptyIsNoted() throws {
        // Bengali A.3.4 defines 114 of 128 positions; find one it leaves empty.
        let bengali = GSM7Tables(lockingShift: .bengali)
        let empty = try #require((UInt8(0)..<0x80).first { $0 != 0x1B && bengali.scalar(forBasic: $0) == nil })
        let decoded = GSM7Codec.decode([empty], tables: bengali)
        #expect(decoded.text == "\u{FFFD}")
        #expect(decoded.notes.map(\.kind) == [.undefinedSeptet])
    }
}
