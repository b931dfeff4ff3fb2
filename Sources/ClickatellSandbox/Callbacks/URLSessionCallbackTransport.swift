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
        // Detached, so that cancelling the delivery (the server's shutdown) does not cancel the
        // URLSession task: on Linux, FoundationNetworking's cancel waits synchronously on the
        // session's queue while holding the task's status lock, and deadlocks against a transfer
        // completing at that moment. The request ends by itself within its timeout.
        let status = await Task.detached {
            guard let (_, response) = try? await URLSession.shared.data(for: request) else { return nil as Int? }
            return (response as? HTTPURLResponse)?.statusCode
        }.value
        guard let status else { return false }
        return (200..<300).contains(status)
    }
}
