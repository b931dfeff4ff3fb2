#if Clickatell
import ClickatellHTTP
import Testing

/// The password never shows, whichever way a value is printed.
@Suite struct CredentialsRedactionTests {
    static let credentials = ClickatellCredentials(apiID: "3456789", user: "acme", password: "s3cr3t-pässword")

    @Test func descriptionDebugDescriptionAndDumpHideThePassword() {
        var dumped = ""
        dump(Self.credentials, to: &dumped)
        for shown in [Self.credentials.description, String(reflecting: Self.credentials), dumped] {
            #expect(!shown.contains("s3cr3t"), "\(shown)")
            #expect(shown.contains("acme"))
        }
    }
}
#endif
