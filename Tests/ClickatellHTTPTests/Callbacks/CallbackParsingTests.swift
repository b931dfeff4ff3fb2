#if Clickatell
import ClickatellHTTP
import SMSCore
import Testing

/// Parsing callbacks (reference §8 and its edge cases 13–17). The expected values are the
/// reference's examples and what its field table says they mean.
@Suite("Callback parsing")
struct CallbackParsingTests {
    /// The reference's example status callback.
    static let statusQuery =
        "api_id=12345&apiMsgId=996f364775e24b8432f45d77da8eca47&cliMsgId=abc123&timestamp=1218007814&to=279995631564&from=27833001171&status=003&charge=0.300000"
    /// The reference's example inbound callback.
    static let inboundQuery =
        "api_id=12345&moMsgId=b2aee337abd962489b123fda9c3480fa&from=279991235642&to=27123456789&timestamp=2008-08-06+09%3A43%3A50&text=Here+is+the+text&charset=ISO-8859-1&udh="

    static func parse(query: String? = nil, body: String? = nil, contentType: String? = nil) throws -> ClickatellCallback {
        try ClickatellCallback(parsing: ClickatellCallbackRequest(
            query: query, contentType: contentType, body: Array((body ?? "").utf8)))
    }

    static func status(query: String? = nil, body: String? = nil) throws -> ClickatellStatusCallback? {
        guard case .status(let update) = try parse(query: query, body: body) else { return nil }
        return update
    }

    static func inbound(_ query: String) throws -> ClickatellInboundPart? {
        guard case .inbound(let part) = try parse(query: query) else { return nil }
        return part
    }

    @Test func theReferenceStatusCallbackGivesEveryField() throws {
        let update = try #require(try Self.status(query: Self.statusQuery))
        #expect(update.apiID == "12345")
        #expect(update.apiMessageID == "996f364775e24b8432f45d77da8eca47")
        #expect(update.clientMessageID == "abc123")
        #expect(update.timestamp == 1_218_007_814)
        #expect(update.to == "279995631564")
        #expect(update.from == "27833001171")
        #expect(update.status == .deliveredToGateway)
        #expect(update.charge == "0.300000")
    }

    @Test func aFormBodyAQueryAndBothMergedGiveTheSameUpdate() throws {
        let fromQuery = try Self.status(query: Self.statusQuery)
        let fromBody = try Self.status(body: Self.statusQuery)
        let fields = Self.statusQuery.split(separator: "&")
        let merged = try Self.status(query: fields.prefix(4).joined(separator: "&"), body: fields.dropFirst(4).joined(separator: "&"))
        #expect(fromQuery != nil)
        #expect(fromBody == fromQuery)
        #expect(merged == fromQuery)
    }

    @Test func theBodyWinsOverTheQueryAndTheFirstOfRepeatedFieldsWins() throws {
        let update = try #require(try Self.status(query: "status=002&apiMsgId=q", body: "apiMsgId=b&status=004&status=003"))
        #expect(update.apiMessageID == "b")
        #expect(update.status == .receivedByRecipient)
    }

    @Test func lowerCaseNamesAreTheSameFields() throws {
        let lower =
            "api_id=12345&apimsgid=996f364775e24b8432f45d77da8eca47&climsgid=abc123&timestamp=1218007814&to=279995631564&from=27833001171&status=003&charge=0.300000"
        #expect(try Self.status(query: lower) == Self.status(query: Self.statusQuery))
        let upper = "APIMSGID=abc&STATUS=004"
        #expect(try Self.status(query: upper)?.apiMessageID == "abc")
    }

    @Test func aRequestWithNoDocumentedFieldIsTheProbe() throws {
        #expect(try Self.parse() == .probe)
        #expect(try Self.parse(query: "") == .probe)
        #expect(try Self.parse(query: "token=our-own-secret") == .probe)
    }

    @Test func aStatusCallbackWithoutItsIDOrStatusIsAnError() {
        #expect(throws: ClickatellCallbackError.missingField("apiMsgId", in: .status)) { try Self.parse(query: "status=004") }
        #expect(throws: ClickatellCallbackError.missingField("status", in: .status)) {
            try Self.parse(query: "apiMsgId=abc&status=")
        }
        #expect(throws: ClickatellCallbackError.missingField("apiMsgId", in: .status)) { try Self.parse(query: "charge=0.3") }
        #expect(throws: ClickatellCallbackError.missingField("moMsgId", in: .inbound)) { try Self.parse(query: "udh=&charset=UTF-16BE") }
        #expect(ClickatellCallbackError.missingField("apiMsgId", in: .status).description == "the status callback has no apiMsgId")
        #expect(ClickatellCallbackError.missingField("apiMsgId", in: .status).code == .missingField)
    }

    @Test func statusAndInboundFieldsTogetherAreAmbiguous() {
        #expect(throws: ClickatellCallbackError.ambiguousCallback) { try Self.parse(query: "apiMsgId=a&moMsgId=b&text=x") }
    }

    @Test func xmlSoapAndJSONCallbacksAreRefusedWithAHint() throws {
        let xml = #expect(throws: ClickatellCallbackError.self) {
            try Self.parse(query: "data=%3Cclickmo%3E%3C%2Fclickmo%3E")
        }
        #expect(xml?.code == .unsupportedFormat)
        #expect(xml?.description.contains("choose HTTP GET or POST") == true)
        let json = #expect(throws: ClickatellCallbackError.self) {
            try Self.parse(body: #"{"apiMessageId":"x"}"#, contentType: "application/json")
        }
        #expect(json?.code == .unsupportedFormat)
        // A form content type with parameters and other case is still a form.
        #expect(try Self.parse(body: Self.statusQuery, contentType: "Application/X-WWW-Form-URLEncoded; charset=UTF-8") != .probe)
    }

    @Test func theReferenceInboundCallbackGivesEveryField() throws {
        let part = try #require(try Self.inbound(Self.inboundQuery))
        #expect(part.apiID == "12345")
        #expect(part.moMessageID == "b2aee337abd962489b123fda9c3480fa")
        #expect(part.from == "279991235642")
        #expect(part.to == "27123456789")
        #expect(part.text == "Here is the text")
        #expect(part.charset.kind == .latin1)
        #expect(part.udh == "")
        #expect(part.concatenation == nil)
        #expect(part.timestampText == "2008-08-06 09:43:50")
        // 2008-08-06 09:43:50 at UTC+02:00 is 07:43:50 UTC.
        #expect(part.timestamp == 1_218_008_630)
    }

    @Test(arguments: [
        ("2008-08-06+09%3A43%3A50", 1_218_008_630 as Int64?),
        ("2008-08-06%2009:43:50", 1_218_008_630),
        ("2008-08-0609:43:50", 1_218_008_630),
        ("2008-08-06T09:43:50", 1_218_008_630),
        ("+2008-08-06+09:43:50+", 1_218_008_630),
        // Midnight at UTC+02:00 is the evening before in UTC; a leap day.
        ("2024-03-01+00:00:00", 1_709_244_000),
        ("2023-02-29+10:00:00", nil),
        ("2008-13-06+09:43:50", nil),
        ("2008-08-06+24:00:00", nil),
        ("1218008630", nil),
        ("2008/08/06+09:43:50", nil),
        ("", nil),
    ])
    func inboundTimestampsAreUTCPlusTwo(text: String, expected: Int64?) throws {
        let part = try #require(try Self.inbound("moMsgId=a&text=x&timestamp=\(text)"))
        #expect(part.timestamp == expected)
    }

    @Test func latin1TextIsOneCharacterPerOctetWhateverItHolds() throws {
        let accented = try #require(try Self.inbound("moMsgId=a&charset=ISO-8859-1&text=%E9t%E9+%A35"))
        #expect(accented.text == "été £5")
        let control = try #require(try Self.inbound("moMsgId=a&charset=ISO-8859-1&text=a%01%00b"))
        #expect(control.text.unicodeScalars.map(\.value) == [0x61, 0x01, 0x00, 0x62])
        // UTF-8 octets under charset=ISO-8859-1 are read as declared.
        let utf8 = try #require(try Self.inbound("moMsgId=a&charset=ISO-8859-1&text=%C3%A9"))
        #expect(utf8.text == "Ã©")
        // No charset: ISO-8859-1, the API's default.
        let none = try #require(try Self.inbound("moMsgId=a&text=%E9"))
        #expect(none.text == "é")
        #expect(none.charset.name == nil)
    }

    @Test func utf16TextIsRawBigEndianOctetsDecodedLeniently() throws {
        let hi = try #require(try Self.inbound("moMsgId=a&charset=UTF-16BE&text=%00H%00i"))
        #expect(hi.text == "Hi")
        #expect(hi.charset.kind == .utf16BigEndian)
        let greek = try #require(try Self.inbound("moMsgId=a&charset=utf-16be&text=%03%A9%03%A8"))
        #expect(greek.text == "ΩΨ")
        let odd = try #require(try Self.inbound("moMsgId=a&charset=UTF-16BE&text=%00H%00"))
        #expect(odd.text == "H\u{FFFD}")
        #expect(odd.userData.notes.map(\.kind) == [.oddTrailingOctet])
        let lone = try #require(try Self.inbound("moMsgId=a&charset=UTF-16BE&text=%D8%3D%00a"))
        #expect(lone.text == "\u{FFFD}a")
        #expect(lone.userData.notes.map(\.kind) == [.loneSurrogate])
    }

    @Test func anUnknownCharsetIsReadAsLatin1AndSaidSo() throws {
        let part = try #require(try Self.inbound("moMsgId=a&charset=KOI8-R&text=%E9"))
        #expect(part.text == "é")
        #expect(part.charset.isRecognized == false)
        #expect(part.charset.name == "KOI8-R")
    }

    @Test func theUDHGivesTheConcatenationOfAPart() throws {
        let part = try #require(try Self.inbound("moMsgId=a&text=Hello&udh=050003330201"))
        #expect(part.concatenation == Concatenation(reference: 0x33, referenceSize: .eightBit, total: 2, sequence: 1))
        let sixteen = try #require(try Self.inbound("moMsgId=a&text=Hello&udh=06080412340302"))
        #expect(sixteen.concatenation == Concatenation(reference: 0x1234, referenceSize: .sixteenBit, total: 3, sequence: 2))
    }

    @Test func aUDHThatIsNotAHeaderIsKeptAndNotedNeverRejected() throws {
        for udh in ["zz", "0500033302", "050003330203"] {
            let part = try #require(try Self.inbound("moMsgId=a&text=Hello&udh=\(udh)"), "\(udh)")
            #expect(part.text == "Hello")
            #expect(part.concatenation == nil, "\(udh)")
            #expect(part.udh == udh)
        }
        #expect(try Self.inbound("moMsgId=a&text=x&udh=zz")?.ignoredHeaderReason?.hasPrefix("udh is not hex") == true)
    }

    @Test func percentSignsThatEscapeNothingStandForThemselves() throws {
        let part = try #require(try Self.inbound("moMsgId=a&text=100%+sure%2&udh="))
        #expect(part.text == "100% sure%2")
    }

    @Test func theAuthorizationFieldIsNeverShown() {
        let request = ClickatellCallbackRequest(query: "a=b", authorization: "Basic c2VjcmV0OnNlY3JldA==")
        var dumped = ""
        dump(request, to: &dumped)
        for text in [request.description, String(reflecting: request), dumped] {
            #expect(!text.contains("c2VjcmV0"), "\(text)")
            #expect(text.contains("<redacted>"), "\(text)")
        }
        let credentials = ClickatellCallbackCredentials(user: "clickatell", password: "s3cr3t")
        dumped = ""
        dump(credentials, to: &dumped)
        for text in [credentials.description, String(reflecting: credentials), dumped] {
            #expect(!text.contains("s3cr3t"), "\(text)")
        }
    }
}
#endif
