#if Clickatell
import _SMSTestSupport
import ClickatellHTTP
import SMSCore
import Testing

/// The receiver: credentials (RFC 7617), idempotent status updates, and inbound reassembly
/// by (from, to, reference, total) with expiry and a bound (reference §8).
@Suite("Callback receiver")
struct CallbackReceiverTests {
    static func status(_ id: String, _ status: String, at timestamp: Int64? = nil) -> ClickatellCallbackRequest {
        ClickatellCallbackRequest(query: "apiMsgId=\(id)&status=\(status)" + (timestamp.map { "&timestamp=\($0)" } ?? ""))
    }

    /// An inbound part as Clickatell posts it, the text ISO-8859-1 (percent-escaped by the caller).
    static func part(_ id: String, text: String, udh: String = "", from: String = "279991235642",
                     charset: String = "ISO-8859-1") -> ClickatellCallbackRequest {
        ClickatellCallbackRequest(
            contentType: "application/x-www-form-urlencoded",
            body: Array("moMsgId=\(id)&from=\(from)&to=27123456789&timestamp=2008-08-06+09%3A43%3A50&text=\(text)&charset=\(charset)&udh=\(udh)".utf8))
    }

    @Test func basicAuthenticationIsRequiredWhenConfigured() {
        // RFC 7617's example: Aladdin / open sesame.
        var receiver = ClickatellCallbackReceiver(configuration: .init(credentials: .init(user: "Aladdin", password: "open sesame")))
        var request = Self.status("a", "003")
        let missing = receiver.receive(request, now: 0)
        #expect(missing.statusCode == 401)
        #expect(missing.events.isEmpty)
        #expect(missing.headerFields.contains { $0.name == "WWW-Authenticate" && $0.value.hasPrefix("Basic ") })
        request.authorization = "Basic QWxhZGRpbjpvcGVuIHNlc2FtZR=="
        #expect(receiver.receive(request, now: 0).statusCode == 401)
        request.authorization = "Bearer QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
        #expect(receiver.receive(request, now: 0).statusCode == 401)
        request.authorization = "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
        #expect(receiver.receive(request, now: 0).statusCode == 200)
        request.authorization = "basic  QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
        #expect(receiver.receive(request, now: 0).statusCode == 200)
    }

    @Test func aFinalStatusIsNeverReplacedAndRetriesAreStale() {
        var receiver = ClickatellCallbackReceiver()
        let events = ["003", "004", "003", "004", "005"].flatMap { receiver.receive(Self.status("m1", $0), now: 0).events }
        #expect(events.count == 5)
        guard case .status(let first, nil) = events[0], first.status == .deliveredToGateway else {
            Issue.record("first: \(events[0])"); return
        }
        guard case .status(_, .deliveredToGateway?) = events[1] else { Issue.record("second: \(events[1])"); return }
        for event in events[2...] {
            guard case .staleStatus(_, let current) = event, current == .receivedByRecipient else {
                Issue.record("not stale: \(event)"); return
            }
        }
    }

    @Test func anOlderIntermediateStatusIsStaleANewerOneApplies() {
        var receiver = ClickatellCallbackReceiver()
        #expect(receiver.receive(Self.status("m", "003", at: 100), now: 0).events.count == 1)
        guard case .staleStatus = receiver.receive(Self.status("m", "002", at: 99), now: 0).events.first else {
            Issue.record("an older 002 applied"); return
        }
        guard case .status(_, .deliveredToGateway?) = receiver.receive(Self.status("m", "008", at: 101), now: 0).events.first else {
            Issue.record("a newer 008 not applied"); return
        }
    }

    @Test func theOldestTrackedMessageIsForgottenBeyondTheBound() {
        var configuration = ClickatellCallbackReceiver.Configuration()
        configuration.maxTrackedMessages = 2
        var receiver = ClickatellCallbackReceiver(configuration: configuration)
        for id in ["a", "b", "c"] { _ = receiver.receive(Self.status(id, "004"), now: 0) }
        guard case .status(_, nil) = receiver.receive(Self.status("a", "003"), now: 0).events.first else {
            Issue.record("a was not forgotten"); return
        }
        guard case .staleStatus = receiver.receive(Self.status("c", "003"), now: 0).events.first else {
            Issue.record("c was forgotten"); return
        }
    }

    @Test func aShortInboundMessageIsDeliveredAtOnce() {
        var receiver = ClickatellCallbackReceiver()
        let outcome = receiver.receive(Self.part("id1", text: "Here+is+the+text"), now: 0)
        #expect(outcome.statusCode == 200)
        guard case .inbound(let message) = outcome.events.first else { Issue.record("\(outcome.events)"); return }
        #expect(message.text == "Here is the text")
        #expect(message.from == "279991235642")
        #expect(message.timestamp == 1_218_008_630)
        #expect(receiver.heldInboundPartCount == 0)
    }

    @Test func twoPartsArrivingInAnyOrderMakeOneMessage() {
        // The reference's example headers: 050003330201 and 050003330202.
        var receiver = ClickatellCallbackReceiver()
        let second = receiver.receive(Self.part("p2", text: "world", udh: "050003330202"), now: 0)
        guard case .inboundPartHeld(_, received: 1, total: 2) = second.events.first else { Issue.record("\(second.events)"); return }
        #expect(receiver.heldInboundPartCount == 1)
        let first = receiver.receive(Self.part("p1", text: "Hello%2C+", udh: "050003330201"), now: 5)
        guard case .inbound(let message) = first.events.first else { Issue.record("\(first.events)"); return }
        #expect(message.text == "Hello, world")
        #expect(message.parts.map(\.moMessageID) == ["p1", "p2"])
        #expect(message.issues.isEmpty)
        #expect(receiver.heldInboundPartCount == 0)
    }

    @Test func partsFromDifferentSendersWithTheSameReferenceStayApart() {
        var receiver = ClickatellCallbackReceiver()
        _ = receiver.receive(Self.part("a1", text: "A1", udh: "050003330201", from: "111111"), now: 0)
        _ = receiver.receive(Self.part("b1", text: "B1", udh: "050003330201", from: "222222"), now: 0)
        let a = receiver.receive(Self.part("a2", text: "A2", udh: "050003330202", from: "111111"), now: 0)
        let b = receiver.receive(Self.part("b2", text: "B2", udh: "050003330202", from: "222222"), now: 0)
        guard case .inbound(let messageA) = a.events.first, case .inbound(let messageB) = b.events.first else {
            Issue.record("\(a.events) \(b.events)"); return
        }
        #expect(messageA.text == "A1A2")
        #expect(messageB.text == "B1B2")
    }

    /// Clickatell retries a callback the application did not answer 2xx (reference §8.2): a
    /// held part is ignored, a delivered message is given again, marked, so a failed save is
    /// not the end of it.
    @Test func aRetriedCallbackIsIgnoredWhileHeldAndRedeliveredOnceDelivered() {
        var receiver = ClickatellCallbackReceiver()
        _ = receiver.receive(Self.part("p1", text: "Hello+", udh: "050003330201"), now: 0)
        guard case .duplicateInboundPart = receiver.receive(Self.part("p1", text: "Hello+", udh: "050003330201"), now: 1).events.first else {
            Issue.record("held retry not ignored"); return
        }
        guard case .inbound(let first) = receiver.receive(Self.part("p2", text: "world", udh: "050003330202"), now: 2).events.first else {
            Issue.record("not delivered"); return
        }
        #expect(!first.isRedelivery)
        for id in ["p1", "p2"] {
            guard case .inbound(let again) = receiver.receive(Self.part(id, text: "world", udh: "050003330202"), now: 3).events.first else {
                Issue.record("delivered retry \(id) not redelivered"); return
            }
            #expect(again.isRedelivery && again.text == "Hello world")
        }
        _ = receiver.receive(Self.part("s", text: "short"), now: 4)
        guard case .inbound(let short) = receiver.receive(Self.part("s", text: "short"), now: 5).events.first else {
            Issue.record("short retry not redelivered"); return
        }
        #expect(short.isRedelivery && short.text == "short")
        #expect(receiver.heldInboundPartCount == 0)
    }

    @Test func aRetriedStatusIsStaleButStillToBeStored() {
        var receiver = ClickatellCallbackReceiver()
        let first = receiver.receive(Self.status("m", "004"), now: 0).events
        let retry = receiver.receive(Self.status("m", "004"), now: 1).events
        let late = receiver.receive(Self.status("m", "003"), now: 2).events
        #expect(first.first?.statusToStore?.status == .receivedByRecipient)
        #expect(retry.first?.statusToStore?.status == .receivedByRecipient)
        #expect(late.first?.statusToStore == nil)
    }

    @Test func anIntermediateStatusNeverStepsBackInAMessagesLife() {
        // 002 (queued) after 003 (at the gateway) in the same second, or with no timestamp, and
        // 001 (unknown) after anything, are stale; 008 after 003 at the same stage needs a newer
        // timestamp.
        var receiver = ClickatellCallbackReceiver()
        _ = receiver.receive(Self.status("a", "003", at: 100), now: 0)
        for (status, time) in [("002", 100 as Int64?), ("002", nil), ("001", 200), ("008", 100)] {
            guard case .staleStatus = receiver.receive(Self.status("a", status, at: time), now: 0).events.first else {
                Issue.record("\(status) at \(String(describing: time)) applied after 003"); return
            }
        }
        guard case .status = receiver.receive(Self.status("a", "008", at: 101), now: 0).events.first else {
            Issue.record("a newer 008 not applied"); return
        }
    }

    @Test func aGroupWithMoreCopiesThanAnySenderRetriesIsGivenUp() {
        // Part 1 of 2 under three different moMsgIds and three texts: more than 2 × total.
        var receiver = ClickatellCallbackReceiver()
        var events: [ClickatellCallbackEvent] = []
        for (index, text) in ["one", "uno", "eins", "un", "ein"].enumerated() {
            events += receiver.receive(Self.part("c\(index)", text: text, udh: "050003330201"), now: 0).events
        }
        let given = events.compactMap { event -> ClickatellIncompleteInboundMessage? in
            if case .incompleteInbound(let message) = event { return message }
            return nil
        }
        #expect(given.count == 1 && given.first?.reason == .conflictingParts && given.first?.parts.count == 5)
        #expect(receiver.heldInboundPartCount == 0)
    }

    @Test func overlongFieldsAreRefused() {
        var receiver = ClickatellCallbackReceiver()
        let outcome = receiver.receive(Self.status(String(repeating: "a", count: 65), "004"), now: 0)
        #expect(outcome.statusCode == 400)
        #expect(outcome.error == .fieldTooLong("apimsgid", maxOctets: 64))
        #expect(outcome.body == "the field apimsgid is longer than 64 octets")
    }

    @Test func aSemicolonIsText() throws {
        // U+043B (л) in UTF-16BE is 04 3B, and 0x3B is `;`.
        var receiver = ClickatellCallbackReceiver()
        let outcome = receiver.receive(Self.part("s", text: "%04;%04;", charset: "UTF-16BE"), now: 0)
        guard case .inbound(let message) = outcome.events.first else { Issue.record("\(outcome.events)"); return }
        #expect(message.text == "лл")
    }

    @Test func partsOlderThanTheLifetimeAreHandedOverIncomplete() {
        var receiver = ClickatellCallbackReceiver()
        _ = receiver.receive(Self.part("p1", text: "Hello+", udh: "050003330301"), now: 1000)
        _ = receiver.receive(Self.part("p3", text: "!", udh: "050003330303"), now: 1001)
        #expect(receiver.expire(now: 1000 + 3600).isEmpty)
        let events = receiver.expire(now: 1000 + 3601)
        guard case .incompleteInbound(let message) = events.first, events.count == 1 else { Issue.record("\(events)"); return }
        #expect(message.reason == .expired)
        #expect(message.missingSequences == [2...2])
        #expect(message.parts.map(\.text) == ["Hello ", "!"])
        #expect(message.total == 3 && message.reference == 0x33)
        #expect(receiver.heldInboundPartCount == 0)
        // The next request reports expiries too.
        _ = receiver.receive(Self.part("q1", text: "x", udh: "050003340201"), now: 5000)
        let outcome = receiver.receive(Self.status("m", "003"), now: 5000 + 3601)
        #expect(outcome.events.count == 2)
    }

    @Test func theOldestMessageIsGivenUpWhenTooManyPartsAreHeld() {
        var configuration = ClickatellCallbackReceiver.Configuration()
        configuration.maxHeldInboundParts = 3
        var receiver = ClickatellCallbackReceiver(configuration: configuration)
        var given: [ClickatellIncompleteInboundMessage] = []
        for reference in 0..<10 {
            let udh = "0500030\(reference)0301"
            for event in receiver.receive(Self.part("r\(reference)", text: "x", udh: udh), now: Double(reference)).events {
                if case .incompleteInbound(let message) = event { given.append(message) }
            }
            #expect(receiver.heldInboundPartCount <= 3)
        }
        #expect(given.map(\.reference) == Array(0..<7).map(UInt16.init))
        #expect(given.allSatisfy { $0.reason == .evicted && $0.parts.count == 1 })
    }

    /// Hostile input: a part that claims 255 parts costs one run, not 254 numbers.
    @Test func aGivenUpMessageListsItsMissingPartsAsRuns() {
        var receiver = ClickatellCallbackReceiver()
        _ = receiver.receive(Self.part("h1", text: "a", udh: "05000342FF01"), now: 0)
        _ = receiver.receive(Self.part("h7", text: "b", udh: "05000342FF07"), now: 0)
        let events = receiver.expire(now: 3601)
        guard case .incompleteInbound(let message) = events.first, events.count == 1 else { Issue.record("\(events)"); return }
        #expect(message.total == 255)
        #expect(message.missingSequences == [2...6, 8...255])
    }

    @Test func twoDifferentPartsWithOneSequenceNumberAreNotGuessedBetween() {
        var receiver = ClickatellCallbackReceiver()
        _ = receiver.receive(Self.part("p1", text: "one", udh: "050003330201"), now: 0)
        _ = receiver.receive(Self.part("p1b", text: "uno", udh: "050003330201"), now: 0)
        let outcome = receiver.receive(Self.part("p2", text: "two", udh: "050003330202"), now: 0)
        guard case .incompleteInbound(let message) = outcome.events.first else { Issue.record("\(outcome.events)"); return }
        #expect(message.reason == .conflictingParts)
        #expect(message.parts.count == 3)
        #expect(message.missingSequences.isEmpty)
    }

    @Test func aSurrogatePairSplitAcrossUTF16PartsIsJoined() {
        // U+1F600 is D83D DE00; the first part ends with the high surrogate.
        var receiver = ClickatellCallbackReceiver()
        _ = receiver.receive(Self.part("p1", text: "%00a%D8%3D", udh: "050003330201", charset: "UTF-16BE"), now: 0)
        let outcome = receiver.receive(Self.part("p2", text: "%DE%00%00b", udh: "050003330202", charset: "UTF-16BE"), now: 0)
        guard case .inbound(let message) = outcome.events.first else { Issue.record("\(outcome.events)"); return }
        #expect(message.text == "a\u{1F600}b")
        #expect(message.issues.map(\.kind) == [.characterSplitAcrossParts])
    }

    @Test func requestsThatAreNotCallbacksGet400And413() {
        var configuration = ClickatellCallbackReceiver.Configuration()
        configuration.maxRequestOctets = 100
        var receiver = ClickatellCallbackReceiver(configuration: configuration)
        let bad = receiver.receive(ClickatellCallbackRequest(query: "status=004"), now: 0)
        #expect(bad.statusCode == 400)
        #expect(bad.error?.code == .missingField)
        #expect(bad.body == "the status callback has no apiMsgId")
        let large = receiver.receive(ClickatellCallbackRequest(body: Array(repeating: UInt8(ascii: "a"), count: 101)), now: 0)
        #expect(large.statusCode == 413)
        #expect(large.error?.code == .requestTooLarge)
        let probe = receiver.receive(ClickatellCallbackRequest(), now: 0)
        #expect(probe.statusCode == 200 && probe.events == [.probe])
    }

    @Test func theHandlerUsesItsClock() async {
        let clock = Locked<Double>(0)
        let handler = ClickatellCallbackHandler(now: { clock.withLock { $0 } })
        _ = await handler.handle(Self.part("p1", text: "x", udh: "050003330201"))
        #expect(await handler.heldInboundPartCount == 1)
        clock.withLock { $0 = 4000 }
        #expect(await handler.expire().count == 1)
        #expect(await handler.heldInboundPartCount == 0)
    }
}
#endif

#if Clickatell
@testable import ClickatellHTTP

/// The receiver's internal queues stay within their bounds.
@Suite struct CallbackReceiverBoundsTests {
    @Test func theExpiryQueueDoesNotGrowWithCompletedMessages() {
        // One part held for long (its message never completes), then many two-part messages
        // completed: the expiry queue keeps at most about twice the groups held.
        var receiver = ClickatellCallbackReceiver()
        _ = receiver.receive(CallbackReceiverTests.part("held", text: "x", udh: "050003FF0201"), now: 0)
        for index in 0..<1000 {
            let reference = String(index % 200, radix: 16).uppercased()
            let udh = { (sequence: Int) in "050003" + (reference.count == 1 ? "0" : "") + reference + "020\(sequence)" }
            _ = receiver.receive(CallbackReceiverTests.part("a\(index)", text: "x", udh: udh(1), from: "\(index)"), now: 1)
            _ = receiver.receive(CallbackReceiverTests.part("b\(index)", text: "y", udh: udh(2), from: "\(index)"), now: 1)
        }
        #expect(receiver.heldInboundPartCount == 1)
        #expect(receiver.heldOrder.count <= 2 * receiver.heldGroups.count + 64)
    }

    @Test func aClockSteppingBackDoesNotStopExpiry() {
        var receiver = ClickatellCallbackReceiver()
        _ = receiver.receive(CallbackReceiverTests.part("p1", text: "x", udh: "050003330201"), now: 1000)
        _ = receiver.receive(CallbackReceiverTests.part("q1", text: "x", udh: "050003340201"), now: 500)
        // q1 counts as arriving at 1000 too; both expire after the lifetime.
        #expect(receiver.expire(now: 1000 + 3601).count == 2)
    }
}
#endif
