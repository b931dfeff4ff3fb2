import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends callbacks with URLSession: a form POST, accepted when the answer is 2xx.
public enum URLSessionCallbackTransport {
    /// POSTs a callback's form body to its URL with a 10-second timeout.
    ///
    /// - Parameter callback: The callback.
    /// - Returns: Whether the application answered 2xx.
    @Sendable
    public static func post(_ callback: SandboxCallback) async -> Bool {
        guard let url = URL(string: callback.url) else { return false }
        var request = URLRequest(url: url, timeoutInterval: 10)
        request.httpMethod = "POST"
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(callback.formBody.utf8)
        guard let (_, response) = try? await URLSession.shared.data(for: request),
              let status = (response as? HTTPURLResponse)?.statusCode
        else { return false }
        return (200..<300).contains(status)
    }
}
