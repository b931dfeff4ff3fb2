#if Clickatell
import ClickatellHTTP
import Testing

/// Every sample body of the reference's section 11 and every edge case of section 10.
@Suite struct ResponseParsingTests {
    private func parse(_ body: String) -> ClickatellResponse { ClickatellResponse(parsing: Array(body.utf8)) }
    private func line(_ body: String) -> ClickatellResponseLine? {
        let response = parse(body)
        return response.lines.count == 1 ? response.lines[0] : nil
    }

    // MARK: Section 11 sample bodies

    @Test func okWithSessionID() {
        #expect(line("OK: e74dee1bbed22ee3a39f9aeab606ccf9") == .ok(payload: "e74dee1bbed22ee3a39f9aeab606ccf9"))
    }

    @Test func okColonEmptyBareOkAndTrailingSpace() {
        #expect(line("OK:") == .ok(payload: ""))
        #expect(line("OK") == .ok(payload: nil))
        #expect(line("OK: ") == .ok(payload: ""))
        #expect(line("OK: 605") == .ok(payload: "605"))
    }

    @Test func idLines() {
        #expect(line("ID: 996f364775e24b8432f45d77da8eca47") == .id(.init(id: "996f364775e24b8432f45d77da8eca47")))
        #expect(line("ID: 996f364775e24b8432f45d77da8eca47 To: 27999123456")
            == .id(.init(id: "996f364775e24b8432f45d77da8eca47", to: "27999123456")))
        #expect(line("ID: 4889e40291643afeb5a7c4cce7811abb Status: 004")
            == .id(.init(id: "4889e40291643afeb5a7c4cce7811abb", status: .receivedByRecipient)))
    }

    @Test func errorLines() {
        #expect(line("ERR: 105, Invalid Destination Address To: 27999000000")
            == .error(.init(code: .invalidDestinationAddress, message: "Invalid Destination Address", to: "27999000000")))
        #expect(line("ERR: 105, Invalid Destination Address To: ")
            == .error(.init(code: .invalidDestinationAddress, message: "Invalid Destination Address", to: "")))
        #expect(line("ERR: 001, Authentication failed") == .error(.init(code: .authenticationFailed, message: "Authentication failed")))
        #expect(line("ERR: 003, Session ID expired") == .error(.init(code: .sessionIDExpired, message: "Session ID expired")))
    }

    @Test func err130NamesTheUnixTime() throws {
        guard case .error(let error) = line("ERR: 130, Maximum MT limit exceeded until 1388534400") else {
            Issue.record("not an error line")
            return
        }
        #expect(error.code == .maxMTLimitExceeded)
        #expect(error.blockedUntil == 1_388_534_400)
    }

    @Test func chargeLinesInBothSpellings() {
        let expected = ClickatellResponseLine.charge(.init(apiMessageID: "18e8221e5aa50cfad72376e08f40388a", charge: "0.33", status: .receivedByRecipient))
        #expect(line("apiMsgId: 18e8221e5aa50cfad72376e08f40388a charge: 0.33 status: 004") == expected)
        #expect(line("ID: 18e8221e5aa50cfad72376e08f40388a Charge: 0.33 Status: 004") == expected)
    }

    @Test func creditLine() {
        #expect(line("Credit: 12.5") == .credit("12.5"))
    }

    @Test func coverageAnswers() {
        #expect(line("OK: This prefix is currently supported. Messages sent to this prefix will be routed. Charge: 1")
            == .ok(payload: "This prefix is currently supported. Messages sent to this prefix will be routed. Charge: 1"))
        let text = "This prefix is not currently supported. Messages sent to this prefix will fail. Please contact support for assistance."
        #expect(line("ERR: " + text) == .error(.init(code: nil, message: text)))
    }

    // MARK: Section 10 edge cases

    @Test func lineEndsBlankLinesAndPadding() {
        let body = "\r\n  ID: a1 To: 111\r\n\r\n\tERR: 114, Cannot route message To: 222  \r\n\n"
        #expect(parse(body).lines == [
            .id(.init(id: "a1", to: "111")),
            .error(.init(code: .cannotRouteMessage, message: "Cannot route message", to: "222")),
        ])
        #expect(line("ID:123 To:456") == .id(.init(id: "123", to: "456")))
        #expect(line("ID:    123     To:\t456") == .id(.init(id: "123", to: "456")))
    }

    @Test func keysInOtherCaseOrderAndExtraKeys() {
        #expect(line("status: 004 CHARGE: 0.300000 APIMSGID: abc cliMsgId: mine")
            == .charge(.init(apiMessageID: "abc", charge: "0.300000", status: .receivedByRecipient, clientMessageID: "mine")))
        #expect(line("apiMsgId: abc charge: 1 status: 002 cliMsgId:")
            == .charge(.init(apiMessageID: "abc", charge: "1", status: .messageQueued, clientMessageID: "")))
        #expect(line("id: abc to: 447700900123") == .id(.init(id: "abc", to: "447700900123")))
        #expect(line("err: 001, Authentication failed") == .error(.init(code: .authenticationFailed, message: "Authentication failed")))
        #expect(line("ok") == .ok(payload: nil))
    }

    @Test func codesWithLeadingZerosFourDigitsOrUnknown() {
        guard case .error(let error) = line("ERR: 0001, Authentication failed") else {
            Issue.record("not an error line")
            return
        }
        #expect(error.code?.rawValue == "0001")
        #expect(error.code == .authenticationFailed)
        for code in ["124", "127", "999"] {
            guard case .error(let unknown) = line("ERR: \(code), Something new, with: commas 12") else {
                Issue.record("not an error line")
                continue
            }
            #expect(unknown.code?.rawValue == code)
            #expect(unknown.message == "Something new, with: commas 12")
            #expect(code == "124" || unknown.code?.meaning == nil)
        }
        #expect(line("ERR: 001") == .error(.init(code: .authenticationFailed, message: "")))
    }

    @Test func descriptionsMayHoldCommasColonsDigitsAndAToThatIsNotTrailing() {
        #expect(line("ERR: 101, Invalid or missing parameters: to, text (2) To: 447700900123")
            == .error(.init(code: .invalidOrMissingParameters, message: "Invalid or missing parameters: to, text (2)", to: "447700900123")))
        #expect(line("ERR: 101, Send To: someone else please")
            == .error(.init(code: .invalidOrMissingParameters, message: "Send To: someone else please")))
    }

    @Test func mixedMultiRecipientBodyKeepsEveryLineInOrder() {
        let body = "ID: a To: 1\nERR: 105, Invalid Destination Address To: 2\nID: b To: 3\nID: c To: 1\n"
        #expect(parse(body).lines.count == 4)
        #expect(parse(body).form == .lines)
    }

    @Test func htmlPagesJSONJunkAndEmptyBodiesAreToldApart() {
        #expect(parse("<html><body>502 Bad Gateway</body></html>").form == .html)
        #expect(parse("  \n<!DOCTYPE html>").form == .html)
        #expect(parse(#"{"messages":[],"errorCode":108,"error":"Invalid or missing API ID"}"#).form == .newPlatformJSON(errorCode: "108"))
        #expect(parse(#"{"data":null}"#).form == .newPlatformJSON(errorCode: nil))
        #expect(parse("Invalid API token").form == .unrecognized)
        #expect(parse("").form == .empty)
        #expect(parse(" \r\n\t\n").form == .empty)
    }

    @Test func nonUTF8BodiesFallBackToLatin1AndABOMIsDropped() {
        let latin1: [UInt8] = Array("ERR: 101, Param\u{E8}tre invalide".unicodeScalars.map { UInt8($0.value) })
        let response = ClickatellResponse(parsing: latin1)
        #expect(response.lines == [.error(.init(code: .invalidOrMissingParameters, message: "Param\u{E8}tre invalide"))])
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Credit: 5.".utf8)
        #expect(ClickatellResponse(parsing: bom).lines == [.credit("5.")])
    }

    @Test func longBodiesParseEveryLine() {
        let body = (0..<600).map { "ID: \($0) To: 44770090\(1000 + $0)" }.joined(separator: "\r\n")
        #expect(parse(body).lines.count == 600)
    }

    @Test(arguments: ["12.5", "5.", "5", "-3.25", "0.300000", "123456789.123456789"])
    func creditDecimalsAreKeptExactly(value: String) {
        #expect(line("Credit: \(value)") == .credit(value))
    }

    @Test(arguments: ["Credit: abc", "Credit: .5", "Credit: 1.2.3", "Credit:"])
    func creditThatIsNotADecimalIsUnrecognized(body: String) {
        #expect(parse(body).form == .unrecognized)
    }

    @Test func statusesOutsideTheTableAreKept() {
        guard case .id(let id) = line("ID: abc Status: 020") else {
            Issue.record("not an id line")
            return
        }
        #expect(id.status?.rawValue == "020")
        #expect(id.status?.meaning == nil)
        #expect(id.status?.isFinal == false)
    }

    @Test func sessionIDsNeedNotBeHex() {
        #expect(line("OK: not-32-hex_token.1") == .ok(payload: "not-32-hex_token.1"))
    }

    @Test func unrecognizedLinesAreKept() {
        #expect(parse("ID: a To: 1\nsomething odd").lines == [.id(.init(id: "a", to: "1")), .unrecognized("something odd")])
        #expect(line("OKAY") == .unrecognized("OKAY"))
    }
}

/// The documented meanings and classes of codes and statuses (sections 5 and 6).
@Suite struct CodeTableTests {
    @Test(arguments: [
        ("001", "Authentication failed"), ("002", "Unknown username or password"), ("003", "Session ID expired"),
        ("004", "Account frozen"), ("005", "Missing session ID"), ("007", "IP lockdown violation"),
        ("101", "Invalid or missing parameters"), ("105", "Invalid destination address"),
        ("113", "Maximum message parts exceeded"), ("114", "Cannot route message"), ("116", "Invalid Unicode data"),
        ("121", "Destination mobile number blocked"), ("128", "Number delisted"), ("130", "Maximum MT limit exceeded"),
        ("201", "Invalid batch ID"), ("301", "No credit left"), ("302", "Max allowed credit"), ("901", "Internal error"),
    ])
    func errorCodesHaveTheirDocumentedMeaning(code: String, meaning: String) {
        #expect(ClickatellErrorCode(rawValue: code).meaning == meaning)
    }

    @Test func errorCodeClasses() {
        #expect(ClickatellErrorCode.sessionIDExpired.isSessionProblem)
        #expect(ClickatellErrorCode.missingSessionID.isSessionProblem)
        #expect(!ClickatellErrorCode.unknownUsernameOrPassword.isSessionProblem)
        #expect(ClickatellErrorCode.internalError.isRetryable)
        #expect(ClickatellErrorCode.invalidDestinationAddress.isRecipientProblem)
        #expect(ClickatellErrorCode.noCreditLeft.isAccountProblem)
        #expect(ClickatellErrorCode(rawValue: "999").meaning == nil)
        #expect(ClickatellErrorCode(rawValue: "999").description == "999")
    }

    @Test(arguments: [
        ("001", "Message unknown", false), ("002", "Message queued", false), ("003", "Delivered to gateway", false),
        ("004", "Received by recipient", true), ("005", "Error with message", true),
        ("006", "User cancelled message delivery", true), ("007", "Error delivering message", true),
        ("008", "OK (received by gateway)", false), ("009", "Routing error", true), ("010", "Message expired", true),
        ("011", "Message queued for later delivery", false), ("012", "Out of credit", true),
        ("014", "Maximum MT limit exceeded", true),
    ])
    func statusesHaveTheirMeaningAndClass(code: String, meaning: String, isFinal: Bool) {
        let status = ClickatellMessageStatus(rawValue: code)
        #expect(status.meaning == meaning)
        #expect(status.isFinal == isFinal)
        #expect(status.isIntermediate == (!isFinal && code != "001"))
    }

    @Test func noStatus013IsDocumented() {
        #expect(ClickatellMessageStatus(rawValue: "013").meaning == nil)
        #expect(!ClickatellMessageStatus(rawValue: "013").isFinal)
    }
}
#endif
