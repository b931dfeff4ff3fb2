@testable import SMSCore
import Testing

extension AddressTests {
    /// Issue 12: numbers pasted from right-to-left interfaces and rich text carry invisible
    /// formatting; it is ignored like other formatting, and listed.
    @Suite struct InvisibleCharacterTests {
        /// Unicode 15 general category Cf, Default_Ignorable_Code_Point: the marks, isolates,
        /// embeddings and zero-width characters that editors and browsers insert.
        @Test(arguments: [
            "\u{200E}", "\u{200F}", "\u{061C}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}", "\u{202A}", "\u{202B}",
            "\u{202C}", "\u{202D}", "\u{202E}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{00AD}", "\u{FEFF}",
        ] as [Unicode.Scalar])
        func invisibleFormattingIsIgnoredAndListed(mark: Unicode.Scalar) throws {
            #expect(mark.properties.generalCategory == .format)
            #expect(mark.properties.isDefaultIgnorableCodePoint)
            let number = try MSISDN(validating: "\(mark)+44 7700\(mark) 900123\(mark)")
            #expect(number.digits == "447700900123")
            #expect(number.invisibleCharacters == [
                InvisibleCharacter(scalar: mark, offset: 0), InvisibleCharacter(scalar: mark, offset: 9),
                InvisibleCharacter(scalar: mark, offset: 17),
            ])
        }

        /// An Arabic-interface paste: an isolate around the number and a mark after the plus.
        @Test func aNumberPastedFromARightToLeftInterfaceReadsAsTyped() throws {
            let number = try MSISDN(validating: "\u{2068}+\u{200E}971 50 123 4567\u{2069}")
            #expect(number.e164 == "+971501234567")
            #expect(number.invisibleCharacters.map(\.description) == ["U+2068 at offset 0", "U+200E at offset 2", "U+2069 at offset 18"])
            #expect(number == (try MSISDN(validating: "+971501234567")))
        }

        @Test func plainInputHasNone() throws {
            #expect(try MSISDN(validating: "+44 7700 900123").invisibleCharacters.isEmpty)
        }

        @Test func aNumericSenderAndAListEntryKeepThem() throws {
            guard case .numeric(let sender) = try SenderID(validating: "\u{200F}+44 7700 900123") else {
                Issue.record("not numeric")
                return
            }
            #expect(sender.invisibleCharacters.count == 1)
            let list = RecipientList(validating: "\u{200E}+44 7700 900123\u{200E}, +1 202 555 0143")
            #expect(list.entries[0].msisdn?.invisibleCharacters.map(\.offset) == [0, 16])
            #expect(list.isValid)
        }

        @Test func anAlphanumericSenderLosesThemAroundTheNameOnly() throws {
            #expect(try SenderID(validating: "\u{200F}Acme\u{200E} ") == .alphanumeric("Acme"))
            #expect(throws: AddressError(code: .disallowedCharacter, offset: 2, scalar: "\u{200B}")) {
                try SenderID(validating: "Ac\u{200B}me")
            }
        }
    }

    /// Issue 12: the error for a full-width digit or plus sign says that folding reads it.
    @Suite struct DigitFoldingHintTests {
        @Test func aFullWidthDigitSaysFoldingWouldReadIt() {
            let error = AddressError(code: .nonASCIIDigit, offset: 1, scalar: "４")
            #expect(error.isFixedByFoldingDigits)
            #expect(error.description == #"non-ASCII digit "４" (U+FF14) at offset 1: use 0-9, or fold non-ASCII digits (foldsNonASCIIDigits) to read it as 4"#)
        }

        @Test func aFullWidthPlusSaysFoldingWouldReadIt() throws {
            let error = try #require(throws: AddressError.self) { try MSISDN(validating: "＋44 7700 900123") }
            #expect(error.code == .disallowedCharacter)
            #expect(error.offset == 0)
            #expect(error.isFixedByFoldingDigits)
            #expect(error.description.hasSuffix("a full-width plus sign is read as + only when non-ASCII digits are folded (foldsNonASCIIDigits)"))
            #expect(try MSISDN(validating: "＋44 7700 900123", options: .init(foldsNonASCIIDigits: true)).digits == "447700900123")
        }

        @Test func otherErrorsDoNotMentionFolding() {
            #expect(!AddressError(code: .disallowedCharacter, offset: 0, scalar: "#").isFixedByFoldingDigits)
            #expect(!AddressError(code: .letter, offset: 0, scalar: "Ａ").isFixedByFoldingDigits)
        }
    }

    /// Issue 12: a list splits at every Unicode line and paragraph break.
    @Suite struct RecipientListSeparatorTests {
        @Test(arguments: ["\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", ","])
        func everyLineBreakSeparatesEntries(separator: String) {
            let list = RecipientList(validating: "+44 7700 900123" + separator + "+1 202 555 0143")
            #expect(list.entries.map(\.input) == ["+44 7700 900123", "+1 202 555 0143"])
            #expect(list.isValid)
        }

        @Test func spacesAndTabsDoNotSeparate() {
            #expect(RecipientList(validating: "+44 7700\t900123").entries.count == 1)
            #expect(!RecipientList.isSeparator(" "))
            #expect(!RecipientList.isSeparator(";"))
        }
    }
}
