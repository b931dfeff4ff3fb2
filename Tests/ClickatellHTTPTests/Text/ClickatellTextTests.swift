#if Clickatell
import ClickatellHTTP
import SMSCore
import Testing

/// The wire-text rule (reference section 7; issue 7 point 2).
@Suite struct ClickatellTextTests {
    private func form(_ text: ClickatellText) -> String {
        FormEncoding.encode([text.textParameter])
    }

    @Test(arguments: [
        ("£", "text=%A3"),
        ("€", "text=%80"),
        ("ä", "text=%E4"),
        ("Grüße {ok}", "text=Gr%FC%DFe%20%7Bok%7D"),
        ("a\r\nb", "text=a%0D%0Ab"),
        ("@$¥èéùìòÇØøÅåÆæßÉ¤¡ÄÖÑÜ§¿äöñüà", "text=%40%24%A5%E8%E9%F9%EC%F2%C7%D8%F8%C5%E5%C6%E6%DF%C9%A4%A1%C4%D6%D1%DC%A7%BF%E4%F6%F1%FC%E0"),
    ])
    func gsm7TextWithWindows1252BytesGoesAsThoseBytes(text: String, expected: String) throws {
        let wire = try ClickatellText(encoding: text)
        #expect(wire.unicode == false)
        #expect(wire.plan.encoding == .gsm7)
        #expect(form(wire) == expected)
        #expect(!form(wire).contains("%C3"))  // never UTF-8 with unicode=0
    }

    @Test func greekCapitalsAreGSM7ButGoAsUCS2AndArePlannedAt70() throws {
        let wire = try ClickatellText(encoding: "ΩΨΘ")
        #expect(wire.unicode)
        #expect(wire.hex == "03A903A80398")
        #expect(wire.plan.encoding == .ucs2)

        let seventy = try ClickatellText(encoding: "Δ" + String(repeating: "a", count: 69))
        #expect(seventy.unicode)
        #expect(seventy.concat == 1)
        let seventyOne = try ClickatellText(encoding: "Δ" + String(repeating: "a", count: 70))
        #expect(seventyOne.concat == 2)
        let third = try ClickatellText(encoding: "Δ" + String(repeating: "a", count: 67 * 2))
        #expect(third.concat == 3)
    }

    @Test func nonGSMTextGoesAsUCS2HexWithSurrogatePairs() throws {
        let wire = try ClickatellText(encoding: "Hi 👋")
        #expect(wire.unicode)
        #expect(wire.hex == "004800690020D83DDC4B")
        #expect(FormEncoding.encode([wire.textParameter, wire.unicodeParameter, wire.concatParameter])
            == "text=004800690020D83DDC4B&unicode=1&concat=1")
    }

    @Test(arguments: ["`", "\t", "ç", "Š"])
    func charactersOutsideGSM7ForceUCS2(text: String) throws {
        #expect(try ClickatellText(encoding: "a" + text).unicode)
    }

    @Test func concatIsTheNumberOfPartsAt160And153() throws {
        #expect(try ClickatellText(encoding: String(repeating: "a", count: 160)).concat == 1)
        #expect(try ClickatellText(encoding: String(repeating: "a", count: 161)).concat == 2)
        #expect(try ClickatellText(encoding: String(repeating: "a", count: 306)).concat == 2)
        #expect(try ClickatellText(encoding: String(repeating: "a", count: 459)).concat == 3)
        // Extension characters count two septets.
        #expect(try ClickatellText(encoding: String(repeating: "€", count: 80)).concat == 1)
        #expect(try ClickatellText(encoding: String(repeating: "€", count: 81)).concat == 2)
    }

    @Test func tooManyPartsIsATypedErrorNamingThePartsNeeded() throws {
        #expect {
            _ = try ClickatellText(encoding: String(repeating: "a", count: 460))
        } throws: { error in
            guard let error = error as? ClickatellError else { return false }
            return error.code == .tooManyParts && error.partsNeeded == 4 && error.maxParts == 3
                && error.description.contains("4 parts")
        }
        #expect(throws: ClickatellError.tooManyParts(needed: 2, maxParts: 1)) {
            _ = try ClickatellText(encoding: String(repeating: "a", count: 161), maxParts: 1)
        }
        #expect(throws: ClickatellError.invalidMaxParts(0)) {
            _ = try ClickatellText(encoding: "a", maxParts: 0)
        }
        // The reference (section 3): concat is at most 35.
        #expect(throws: ClickatellError.invalidMaxParts(36)) {
            _ = try ClickatellText(encoding: "a", maxParts: 36)
        }
        #expect(try ClickatellText(encoding: String(repeating: "a", count: 153 * 35), maxParts: 35).concat == 35)
        #expect(throws: ClickatellError.tooManyParts(needed: 36, maxParts: 35)) {
            _ = try ClickatellText(encoding: String(repeating: "a", count: 153 * 35 + 1), maxParts: 35)
        }
    }

    @Test func aLargerMaximumAllowsMoreParts() throws {
        #expect(try ClickatellText(encoding: String(repeating: "a", count: 460), maxParts: 4).concat == 4)
    }

    @Test func sendersFollowClickatellsRules() throws {
        #expect(try ClickatellSender(validating: "+44 7700 900123").value == "447700900123")
        #expect(try ClickatellSender(validating: "Acme").value == "Acme")
        #expect(throws: ClickatellError.self) { _ = try ClickatellSender(validating: "Acme Shop Ltd") }
        #expect {
            _ = try ClickatellSender(validating: "Café")
        } throws: { error in
            (error as? ClickatellError)?.code == .invalidSender && (error as? ClickatellError)?.offset == 3
        }
    }
}
#endif
