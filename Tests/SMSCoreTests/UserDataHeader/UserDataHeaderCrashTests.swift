import SMSCore
import Testing

/// Documented preconditions of ``UserDataHeader`` encoding (programmer errors trap).
@Suite struct UserDataHeaderCrashTests {
    @Test func elementDataOver255OctetsTraps() async {
        await #expect(processExitsWith: .failure) {
            let element = UserDataHeader.InformationElement(
                identifier: .init(rawValue: 0x70), data: [UInt8](repeating: 0, count: 256))
            _ = UserDataHeader(elements: [element]).encoded()
        }
    }
}
