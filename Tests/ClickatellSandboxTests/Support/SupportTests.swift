@testable import ClickatellSandbox
import Testing

@Suite("Form values, code pages, amounts and times")
struct SupportTests {
    @Test func formValuesArePercentDecodedAsUTF8WithPlusAsSpace() {
        let parameters = FormParameters(parsing: Array("password=p%C3%A4+ss%26w%3Do%25r%2Bd&empty=&flag&to=1,2".utf8))
        #expect(parameters["password"] == "pä ss&w=o%r+d")
        #expect(parameters["empty"] == "")
        #expect(parameters["flag"] == "")
        #expect(parameters["to"] == "1,2")
        #expect(parameters["Password"] == nil)
    }

    @Test func malformedPercentEscapesAreKeptAsTheyAre() {
        #expect(FormParameters(parsing: Array("a=100%&b=%zz&c=%4".utf8))["a"] == "100%")
        #expect(FormParameters(parsing: Array("b=%zz".utf8))["b"] == "%zz")
        #expect(FormParameters(parsing: Array("c=%4".utf8))["c"] == "%4")
    }

    @Test func bodyValuesOverrideQueryValues() {
        let request = SandboxRequest(method: "POST", path: "/http/auth", query: "user=a&x=1", body: Array("user=b".utf8), isForm: true)
        #expect(request.parameters["user"] == "b")
        #expect(request.parameters["x"] == "1")
    }

    @Test func encodingAndDecodingRoundTrip() {
        let password = "é & = % + space"
        let encoded = FormParameters.encodedForm([("password", Array(password.utf8))])
        #expect(FormParameters(parsing: Array(encoded.utf8))["password"] == password)
    }

    // Windows-1252: 0x80 €, 0x9F Ÿ, 0xA3 £, 0xE9 é; 0x81 is undefined and kept as U+0081.
    @Test func windows1252DecodesTheC1RangeAsItsCharacters() {
        #expect(Windows1252.decode([0x80, 0x9F, 0xA3, 0xE9, 0x41]) == "€Ÿ£éA")
        #expect(Windows1252.decode([0x81]).unicodeScalars.first?.value == 0x81)
    }

    @Test func creditsParseAndPrintExactly() {
        #expect(Credits(parsing: "12.5")?.description == "12.5")
        #expect(Credits(parsing: "0.8")?.callbackText == "0.800000")
        #expect(Credits(parsing: "100")?.description == "100")
        #expect(Credits(parsing: "0.000001")?.description == "0.000001")
        #expect((Credits(parsing: "0.1")! * 3).description == "0.3")
        for bad in ["", "-1", "1.", ".5", "1.0000001", "1e3", "abc"] {
            #expect(Credits(parsing: bad) == nil, "\(bad)")
        }
    }

    @Test func creditsSaturateInsteadOfWrapping() async {
        #expect((Credits(micros: .max) + Credits(1)).micros == .max)
        #expect((Credits(micros: .min) - Credits(1)).micros == .min)
        #expect((Credits(micros: .max / 2) * 3).micros == .max)
        // The largest balance and voucher the flags accept, redeemed again and again: the
        // balance stays the largest, never a debt, and a send still goes through.
        let most = Credits(parsing: "999999999999")!
        let sandbox = SandboxFixture(credit: most) { $0.voucherCredit = most }
        for voucher in 1_000_000_000_000_000...1_000_000_000_000_020 {
            #expect(await sandbox.call("token_pay", [("token", String(voucher))]).hasPrefix("OK: "))
        }
        #expect(await sandbox.call("getbalance") == "Credit: \(Credits(micros: .max))")
        #expect(await sandbox.send([("to", "447700900123"), ("text", "Hi")]).count == 32)
    }

    // 2014-01-01T00:00:00Z is 1388534400 (the reference's ERR 130 example).
    @Test func civilTimeIsUTCPlusTwoForInboundTimestamps() {
        #expect(CivilTime.format(0) == "1970-01-01 02:00:00")
        #expect(CivilTime.format(1_388_534_400) == "2014-01-01 02:00:00")
        #expect(CivilTime.format(1_388_534_400, offsetSeconds: 0) == "2014-01-01 00:00:00")
        #expect(CivilTime.parseUTC("2014-01-01T00:00:00Z") == 1_388_534_400)
        #expect(CivilTime.parseUTC("2024-02-29T12:34:56Z") == 1_709_210_096)
        #expect(CivilTime.parseUTC("2014-13-01T00:00:00Z") == nil)
    }

    @Test func jsonStringsEscapeControlsAndLineSeparators() {
        #expect(JSONText.quoted("a\"b\\c\n\u{2028}\u{1}") == #""a\"b\\c\n\u2028\u0001""#)
    }

    @Test func generatedIDsAre32LowerCaseHexDigits() {
        var generator = SeededGenerator(seed: 3)
        let ids = (0..<100).map { _ in generator.nextHexID() }
        #expect(ids.allSatisfy(isHexID))
        #expect(Set(ids).count == 100)
    }
}

@Suite("Host header policy (no DNS rebinding)")
struct HostPolicyTests {
    @Test func aLoopbackServerAcceptsItsLoopbackNamesWithItsPort() {
        let policy = HostPolicy(host: "127.0.0.1", port: 8405)
        for host in ["127.0.0.1:8405", "LOCALHOST:8405", "localhost:8405", "[::1]:8405"] {
            #expect(policy.allows(host), "\(host)")
        }
        for host in [nil, "", "127.0.0.1", "127.0.0.1:8406", "evil.example:8405", "127.0.0.1:8405:1", "10.0.0.1:8405", "[::1]x:8405"] {
            #expect(!policy.allows(host), "\(host ?? "nil")")
        }
    }

    @Test func aWildcardServerAcceptsAnyIPLiteralButNoName() {
        let policy = HostPolicy(host: "0.0.0.0", port: 9000)
        #expect(policy.allows("192.168.1.5:9000"))
        #expect(policy.allows("[fe80::1]:9000"))
        #expect(!policy.allows("evil.example:9000"))
        #expect(!policy.allows("192.168.1.5:9001"))
        #expect(!policy.allows("999.1.1.1:9000"))
    }

    @Test func aNamedAddressIsTheOnlyOneAndPort80MayBeLeftOut() {
        let policy = HostPolicy(host: "192.168.1.5", port: 80)
        #expect(policy.allows("192.168.1.5"))
        #expect(policy.allows("192.168.1.5:80"))
        #expect(!policy.allows("localhost:80"))
    }
}
