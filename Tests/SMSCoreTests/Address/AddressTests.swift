import Testing

/// Every test of `Sources/SMSCore/Address`, so that `swift test --filter Address` runs them all.
@Suite struct AddressTests {}
