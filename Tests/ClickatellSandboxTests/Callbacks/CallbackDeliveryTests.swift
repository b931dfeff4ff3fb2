@testable import ClickatellSandbox
import Testing
import _SMSTestSupport

@Suite("Callback retries")
struct CallbackDeliveryTests {
    final class Recorder: Sendable {
        let attempts = Locked(0)
        let sleeps = Locked<[Double]>([])
        let failures: Int
        init(failures: Int) { self.failures = failures }
    }

    func delivery(_ recorder: Recorder, scale: Double) -> CallbackDelivery {
        CallbackDelivery(
            retryScale: scale,
            transport: { _ in recorder.attempts.withLock { $0 += 1; return $0 > recorder.failures } },
            sleep: { seconds in recorder.sleeps.withLock { $0.append(seconds) } })
    }

    // The reference's §8.1: +2, +4, +8, +16, +32, +64, +128 minutes, +3 days.
    @Test func statusRetriesFollowTheDocumentedScheduleScaled() async {
        let recorder = Recorder(failures: 3)
        let attempts = await delivery(recorder, scale: 0.01).deliver(SandboxCallback(kind: .status, url: "x", fields: []))
        #expect(attempts == 4)
        #expect(recorder.sleeps.withLock { $0 }.map { ($0 * 1000).rounded() / 1000 } == [1.2, 2.4, 4.8])
    }

    @Test func statusRetriesStopAfterTheEighthRetry() async {
        let recorder = Recorder(failures: .max)
        let attempts = await delivery(recorder, scale: 1).deliver(SandboxCallback(kind: .status, url: "x", fields: []))
        #expect(attempts == 9)
        #expect(recorder.sleeps.withLock { $0 } == [120, 240, 480, 960, 1920, 3840, 7680, 259_200])
    }

    // The reference's §8.2: +2, +4, +8, +16, +25 minutes.
    @Test func inboundRetriesFollowTheirOwnSchedule() async {
        let recorder = Recorder(failures: .max)
        let attempts = await delivery(recorder, scale: 1).deliver(SandboxCallback(kind: .inbound, url: "x", fields: []))
        #expect(attempts == 6)
        #expect(recorder.sleeps.withLock { $0 } == [120, 240, 480, 960, 1500])
    }

    @Test func aFirstSuccessSleepsNever() async {
        let recorder = Recorder(failures: 0)
        #expect(await delivery(recorder, scale: 1).deliver(SandboxCallback(kind: .status, url: "x", fields: [])) == 1)
        #expect(recorder.sleeps.withLock { $0 }.isEmpty)
    }

    @Test func aMessagesStatusCallbacksAreBatchedInOrderAndOthersAlone() {
        func status(_ id: String, _ status: String) -> SandboxCallback {
            SandboxCallback(kind: .status, url: "x", fields: [.init("apiMsgId", id), .init("status", status)])
        }
        let inbound = SandboxCallback(kind: .inbound, url: "y", fields: [.init("moMsgId", "m")])
        let batches = SandboxCallback.deliveryBatches([status("a", "003"), status("b", "003"), inbound, status("a", "004"), status("b", "004")])
        #expect(batches.map { $0.map { "\($0["apiMsgId"] ?? $0["moMsgId"] ?? "")\($0["status"] ?? "")" } }
            == [["a003", "a004"], ["b003", "b004"], ["m"]])
    }

    /// Credentials in a callback URL never reach the log.
    @Test func theLogNeverShowsCredentialsOfTheCallbackURL() async {
        let lines = Locked<[String]>([])
        let delivery = CallbackDelivery(
            retryScale: 0, transport: { _ in false }, sleep: { _ in }, log: { line in lines.withLock { $0.append(line) } })
        await delivery.deliver(SandboxCallback(kind: .inbound, url: "http://app:s3cr3t@127.0.0.1:9/mo?x=a@b", fields: []))
        let logged = lines.withLock { $0 }
        #expect(!logged.isEmpty)
        #expect(logged.allSatisfy { !$0.contains("s3cr3t") && $0.contains("http://<redacted>@127.0.0.1:9/mo?x=a@b") })
        #expect(SandboxCallback(kind: .status, url: "http://127.0.0.1/s?u=a@b", fields: []).displayURL == "http://127.0.0.1/s?u=a@b")
    }
}
