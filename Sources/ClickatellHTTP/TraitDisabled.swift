#if !Clickatell
/// Stands in for the client when the `Clickatell` package trait is off.
@available(*, unavailable, message: "Enable the 'Clickatell' package trait of swift-sms to use ClickatellHTTP.")
public struct ClickatellClient {}
#endif
