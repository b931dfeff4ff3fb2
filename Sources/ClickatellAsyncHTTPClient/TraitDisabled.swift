#if !(AsyncHTTPClient && Clickatell)
/// Stands in for the transport when the `AsyncHTTPClient` package trait is off (the default).
@available(*, unavailable, message: "Enable the 'AsyncHTTPClient' package trait of swift-sms to use ClickatellAsyncHTTPClient.")
public struct AsyncHTTPClientTransport {}
#endif
