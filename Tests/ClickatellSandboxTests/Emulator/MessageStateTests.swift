@testable import ClickatellSandbox
import Testing

@Suite("Message state, charging and vouchers")
struct MessageStateTests {
    static let recipient = "447700900123"

    @Test func theStatusMoves001Then003Then004OnTheClock() async {
        let sandbox = SandboxFixture { $0.deliveryDelay = 10 }
        let id = await sandbox.send([("to", Self.recipient), ("text", "Hi")])
        #expect(await sandbox.call("querymsg", [("apimsgid", id)]) == "ID: \(id) Status: 001")
        sandbox.clock.advance(by: 5)
        #expect(await sandbox.call("querymsg", [("apimsgid", id)]) == "ID: \(id) Status: 003")
        sandbox.clock.advance(by: 5)
        #expect(await sandbox.call("querymsg", [("apimsgid", id)]) == "ID: \(id) Status: 004")
    }

    @Test func aLookupWithoutAMessageIDIs109AndUnknownIDsAre103And104() async {
        let sandbox = SandboxFixture()
        for command in ["querymsg", "getmsgcharge", "delmsg"] {
            #expect(await sandbox.call(command) == "ERR: 109, Missing message ID")
            #expect(await sandbox.call(command, [("apimsgid", String(repeating: "0", count: 32))]) == "ERR: 103, Unknown API message ID")
            #expect(await sandbox.call(command, [("climsgid", "nope")]) == "ERR: 104, Unknown client message ID")
        }
    }

    @Test func eachPartIsChargedAndShownByGetbalanceAndGetmsgcharge() async {
        let sandbox = SandboxFixture(credit: Credits(10)) { $0.pricePerPart = Credits(parsing: "0.8")! }
        let id = await sandbox.send([("to", Self.recipient), ("text", String(repeating: "a", count: 200))])
        #expect(await sandbox.call("getbalance") == "Credit: 8.4")
        #expect(await sandbox.call("getmsgcharge", [("apimsgid", id)]) == "apiMsgId: \(id) charge: 1.6 status: 001")
    }

    @Test func noCreditIs301() async {
        let sandbox = SandboxFixture(credit: .zero)
        #expect(await sandbox.call("sendmsg", [("to", Self.recipient), ("text", "Hi")]) == "ERR: 301, No Credit Left")
        #expect(await sandbox.call("getbalance") == "Credit: 0")
    }

    @Test func creditRunsOutPartWayThroughAList() async {
        let sandbox = SandboxFixture(credit: Credits(2))
        let answer = await sandbox.call("sendmsg", [("to", "447700900123,447700900124,447700900125"), ("text", "Hi")])
        let lines = answer.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("ID: ") && lines[1].hasPrefix("ID: "))
        #expect(lines[2] == "ERR: 301, No Credit Left To: 447700900125")
    }

    /// Issue 8: "`token_pay` accepts any 16-digit voucher (credit amount configurable) and
    /// answers `OK: …`": the same one again too.
    @Test func tokenPayAcceptsAny16DigitVoucherEveryTime() async {
        let sandbox = SandboxFixture(credit: .zero) { $0.voucherCredit = Credits(25) }
        #expect(await sandbox.call("token_pay", [("token", "1234567890123456")]) == "OK: 605")
        #expect(await sandbox.call("getbalance") == "Credit: 25")
        #expect(await sandbox.call("token_pay", [("token", "1234567890123456")]) == "OK: 606")
        #expect(await sandbox.call("getbalance") == "Credit: 50")
        for bad in ["123456789012345", "12345678901234567", "12345678901234ab", ""] {
            #expect(await sandbox.call("token_pay", [("token", bad)]).hasPrefix("ERR: "), "\(bad)")
        }
        #expect(await sandbox.call("sendmsg", [("to", Self.recipient), ("text", "Hi")]).hasPrefix("ID: "))
    }

    @Test func delmsgCancelsAScheduledMessageAndRefundsIt() async {
        let sandbox = SandboxFixture()
        let later = Int(SandboxFixture.start) + 3600
        let id = await sandbox.send([("to", Self.recipient), ("text", "Hi"), ("scheduled_time", String(later))])
        #expect(await sandbox.call("querymsg", [("apimsgid", id)]) == "ID: \(id) Status: 011")
        #expect(await sandbox.call("getbalance") == "Credit: 99")
        #expect(await sandbox.call("delmsg", [("apimsgid", id)]) == "ID: \(id) Status: 006")
        #expect(await sandbox.call("getbalance") == "Credit: 100")
        sandbox.clock.advance(by: 7200)
        #expect(await sandbox.call("querymsg", [("apimsgid", id)]) == "ID: \(id) Status: 006")
    }

    @Test func aScheduledTimeInISOFormIsAccepted() async {
        let sandbox = SandboxFixture()
        // 1_700_003_600 is 2023-11-14T23:13:20Z.
        let id = await sandbox.send([("to", Self.recipient), ("text", "Hi"), ("scheduled_time", "2023-11-14T23:13:20Z")])
        #expect(await sandbox.call("querymsg", [("apimsgid", id)]) == "ID: \(id) Status: 011")
        sandbox.clock.advance(by: 3600 + 10)
        #expect(await sandbox.call("querymsg", [("apimsgid", id)]) == "ID: \(id) Status: 004")
    }

    @Test func delmsgOnADeliveredMessageAnswersItsStatusAndDoesNotCancel() async {
        let sandbox = SandboxFixture()
        let id = await sandbox.send([("to", Self.recipient), ("text", "Hi")])
        sandbox.clock.advance(by: 10)
        #expect(await sandbox.call("delmsg", [("apimsgid", id)]) == "ID: \(id) Status: 004")
        #expect(await sandbox.call("querymsg", [("apimsgid", id)]) == "ID: \(id) Status: 004")
        #expect(await sandbox.call("getbalance") == "Credit: 99")
    }

    @Test func anotherAccountsMessageIsUnknown() async {
        let sandbox = SandboxFixture {
            $0.accounts.append(SandboxAccount(apiID: "2", user: "other", password: "pw"))
        }
        let id = await sandbox.send([("to", Self.recipient), ("text", "Hi")])
        let other = await sandbox.call("querymsg", [("api_id", "2"), ("user", "other"), ("password", "pw"), ("apimsgid", id)], authenticated: false)
        #expect(other == "ERR: 103, Unknown API message ID")
    }

    @Test func routeCoverageAnswersOKWithChargeOrTheCodelessError() async {
        let sandbox = SandboxFixture { $0.rejectPrefixes = ["4477008"] }
        let ok = await sandbox.call("routeCoverage", [("msisdn", Self.recipient)], family: "utils")
        #expect(ok == "OK: This prefix is currently supported. Messages sent to this prefix will be routed. Charge: 1")
        let rejected = await sandbox.call("routeCoverage.php", [("msisdn", "447700800123")], family: "utils")
        #expect(rejected.hasPrefix("ERR: This prefix is not currently supported."))
    }

    @Test func aBatchSendsItsTemplateWithFields() async {
        let sandbox = SandboxFixture()
        let start = await sandbox.call("startbatch", [("template", "Hi #field1#, code #field2#"), ("cliMsgId", "b1")], family: "http_batch")
        #expect(start.hasPrefix("ID: "))
        let batch = String(start.dropFirst(4))
        let item = await sandbox.call("senditem", [("batch_id", batch), ("to", Self.recipient), ("field1", "Ann"), ("field2", "42")], family: "http_batch")
        #expect(item.hasPrefix("ID: "))
        let quick = await sandbox.call("quicksend", [("batch_id", batch), ("to", "447700900124,447700900125")], family: "http_batch")
        #expect(quick.split(separator: "\n").count == 2)
        #expect(await sandbox.call("endbatch", [("batch_id", batch)], family: "http_batch") == "OK")
        #expect(await sandbox.call("senditem", [("batch_id", batch), ("to", Self.recipient)], family: "http_batch") == "ERR: 201, Invalid batch ID")
        #expect(await sandbox.call("startbatch", [], family: "http_batch") == "ERR: 202, No batch template")
        let json = await sandbox.emulator.respond(to: SandboxRequest(method: "GET", path: "/sandbox/messages")).text
        #expect(json.contains(#""text":"Hi Ann, code 42""#))
    }

    @Test func aTemplateIsFilledInOnePassWhateverTheNumberOfFields() {
        var parameters = FormParameters(parsing: Array("field1=Ann&field2=%23field1%23&field10=x".utf8))
        for n in 11..<5_011 { parameters["field\(n)"] = "v" }
        let template = Array("Hi #field1#, #field2# #field10# #field3# ##field1# #".utf8)
        let filled = template.fillingFields(from: parameters, maxCount: 65_536)
        // A value is not searched again; a field not given stays as written.
        #expect(filled.map { String(decoding: $0, as: UTF8.self) } == "Hi Ann, #field1# x #field3# #Ann #")
        let long = Array(String(repeating: "#field1#", count: 10_000).utf8)
        #expect(long.fillingFields(from: parameters, maxCount: 65_536)?.count == 30_000)
        #expect(long.fillingFields(from: parameters, maxCount: 29_999) == nil)
    }
}
