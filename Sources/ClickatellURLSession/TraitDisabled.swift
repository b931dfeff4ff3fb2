#if !Clickatell
/// Stands in for the transport when the `Clickatell` package trait is off.
@available(*, unavailable, message: "Enable the 'Clickatell' package trait of swift-sms to use ClickatellURLSession.")
public struct URLSessionTransport {}
#endif
