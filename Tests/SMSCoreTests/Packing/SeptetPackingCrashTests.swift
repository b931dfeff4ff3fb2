import SMSCore
import Testing

/// Documented preconditions of ``SeptetPacking`` (programmer errors trap).
@Suite struct SeptetPackingCrashTests {
    @Test func packingAValueAbove0x7FTraps() async {
        await #expect(processExitsWith: .failure) {
            _ = SeptetPacking.packed([0x80])
        }
    }

    @Test func fillBitsAbove6Trap() async {
        await #expect(processExitsWith: .failure) {
            _ = SeptetPacking.packed([0x41], fillBits: 7)
        }
    }
}
