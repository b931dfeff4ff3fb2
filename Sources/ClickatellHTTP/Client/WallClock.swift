#if Clickatell
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The system's wall clock, without Foundation.
enum WallClock {
    /// Seconds since 1970-01-01 00:00 UTC.
    @Sendable static func unixTime() -> Int64 {
        Int64(time(nil))
    }
}

/// Client message ids.
enum ClientMessageID {
    /// 32 random lower-case hex digits: the longest `cliMsgId` Clickatell takes.
    @Sendable static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        let digits = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        for _ in 0..<32 { bytes.append(digits[Int(generator.next() % 16)]) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
#endif
