#if Clickatell
import ClickatellHTTP
import ClickatellURLSession
import Foundation
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

@Suite struct URLSessionTransportTests {
    private let credentials = ClickatellCredentials(apiID: "1", user: "u", password: "pw-secret")

    @Test func postGoesToBaseURLPlusPathWithAFormBody() throws {
        let transport = try URLSessionTransport()
        let request = ClickatellRequest.balance.httpRequest(authentication: .credentials(credentials))
        let urlRequest = transport.urlRequest(for: request)
        #expect(urlRequest.url?.absoluteString == "https://api.clickatell.com/http/getbalance")
        #expect(urlRequest.httpMethod == "POST")
        #expect(urlRequest.value(forHTTPHeaderField: "Content-Type") == "application/x-www-form-urlencoded")
        #expect(urlRequest.httpBody == Data("api_id=1&user=u&password=pw-secret".utf8))
        #expect(urlRequest.timeoutInterval == 30)
    }

    @Test func getPutsTheFormInTheQuery() throws {
        let transport = try URLSessionTransport(baseURL: "http://127.0.0.1:8080/prefix/", timeout: 5)
        let request = ClickatellRequest.balance.httpRequest(authentication: .session(id: "s1"), method: .get)
        let urlRequest = transport.urlRequest(for: request)
        #expect(urlRequest.url?.absoluteString == "http://127.0.0.1:8080/prefix/http/getbalance?session_id=s1")
        #expect(urlRequest.httpMethod == "GET")
        #expect(urlRequest.httpBody == nil)
        #expect(urlRequest.timeoutInterval == 5)
    }

    @Test(arguments: ["", "api.clickatell.com", "ftp://api.clickatell.com", "https://"])
    func baseURLMustBeAbsoluteHTTP(base: String) {
        #expect(throws: ClickatellTransportError.self) { _ = try URLSessionTransport(baseURL: base) }
    }

    @Test func exchangesWithALoopbackServerAndReusesTheConnection() async throws {
        let server = try LoopbackHTTPServer(body: "Credit: 12.5")
        defer { server.stop() }
        let transport = try URLSessionTransport(baseURL: "http://127.0.0.1:\(server.port)", timeout: 10)
        let client = ClickatellClient(transport: transport, credentials: credentials)
        #expect(try await client.balance() == "12.5")
        #expect(try await client.balance() == "12.5")
        let received = server.received
        #expect(received.count == 2)
        #expect(received.first?.requestLine == "POST /http/getbalance HTTP/1.1")
        #expect(received.first?.headers["content-type"] == "application/x-www-form-urlencoded")
        #expect(received.first.map { String(decoding: $0.body, as: UTF8.self) } == "api_id=1&user=u&password=pw-secret")
        #expect(server.connections == 1)
    }

    @Test func nonSuccessStatusesAreReturnedNotThrown() async throws {
        let server = try LoopbackHTTPServer(status: 502, body: "<html>Bad gateway</html>")
        defer { server.stop() }
        let transport = try URLSessionTransport(baseURL: "http://127.0.0.1:\(server.port)", timeout: 10)
        let response = try await transport.send(ClickatellRequest.balance.httpRequest(authentication: .session(id: "s")))
        #expect(response.statusCode == 502)
        #expect(ClickatellResponse(parsing: response.body).form == .html)
    }

    @Test func connectionFailuresNameNoURLOrSecret() async throws {
        let server = try LoopbackHTTPServer(body: "")
        let port = server.port
        server.stop()
        let transport = try URLSessionTransport(baseURL: "http://127.0.0.1:\(port)", timeout: 5)
        let request = ClickatellRequest.balance.httpRequest(authentication: .credentials(credentials), method: .get)
        await #expect {
            _ = try await transport.send(request)
        } throws: { error in
            guard let error = error as? ClickatellTransportError else { return false }
            return !error.message.contains("pw-secret") && !error.message.contains("127.0.0.1")
        }
    }
}
#endif
