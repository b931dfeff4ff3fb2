// Address validation on arbitrary strings: it must never crash, and a valid result's canonical
// form must validate again to itself.
//
// Input: byte 0 picks the parsing options, the rest is the text (UTF-8).
//
// byte 0: bits 0-2 default country calling code (none, 44, 1, 39, 7, 33, 49, 91),
//         bit 3 origin North America (011), bit 4 fold non-ASCII digits,
//         bit 5 accept local-only lengths.
//
// The same checks run in Tests/SMSCoreTests/FuzzFailCaseTests.swift for saved crashers.

import CFuzzerDriver
import SMSCore

#if canImport(Glibc)
import Glibc
#endif

/// Stops with a message, in release builds too (`precondition` drops its message under `-O`).
func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("invariant failed: \(message())") }
}

let defaultCodes: [Int?] = [nil, 44, 1, 39, 7, 33, 49, 91]

func parsingOptions(from byte: UInt8) -> MSISDN.ParsingOptions {
    MSISDN.ParsingOptions(
        defaultCountryCallingCode: defaultCodes[Int(byte & 7)].flatMap(CountryCallingCode.init),
        origin: byte & 8 == 0 ? .anywhere : .northAmerica,
        foldsNonASCIIDigits: byte & 16 != 0,
        acceptsLocalOnlyLengths: byte & 32 != 0
    )
}

func checkMSISDN(_ number: MSISDN, options: MSISDN.ParsingOptions) {
    let digits = number.digits
    require(
        digits.utf8.allSatisfy { (0x30...0x39).contains($0) } && (1...15).contains(digits.utf8.count),
        "digits \(digits) of \(number.input.debugDescription)"
    )
    require(digits.hasPrefix(String(number.countryCallingCode.value)), "\(digits) vs \(number.countryCallingCode)")
    // The E.164 form validates to the same number, with these options and without a default
    // country code; so do the bare digits (country code first, as Clickatell's `to` takes them).
    // Only the length rule the number passed under is kept.
    let plain = MSISDN.ParsingOptions(acceptsLocalOnlyLengths: options.acceptsLocalOnlyLengths)
    for (form, formOptions) in [(number.e164, options), (number.e164, plain), (digits, plain)] {
        do {
            let again = try MSISDN(validating: form, options: formOptions)
            require(again.digits == digits, "\(number.input.debugDescription) → \(form) → \(again.digits)")
        } catch {
            require(false, "\(number.input.debugDescription) → \(form) does not validate: \(error)")
        }
    }
}

func checkAddresses(_ text: String, options: MSISDN.ParsingOptions) {
    if let number = try? MSISDN(validating: text, options: options) {
        checkMSISDN(number, options: options)
    }
    do {
        let sender = try SenderID(validating: text, options: options)
        let again = try? SenderID(validating: sender.description, options: options)
        require(again == sender, "sender \(text.debugDescription) → \(sender) → \(String(describing: again))")
        if case .alphanumeric(let name) = sender {
            require((1...SenderID.maxAlphanumericLength).contains(name.unicodeScalars.count), "name \(name)")
        }
    } catch {
        _ = error.description
    }
    let list = RecipientList(validating: text, options: options)
    for entry in list.entries {
        if let number = entry.msisdn { checkMSISDN(number, options: options) }
    }
    _ = list.invalidEntries.map(\.description)
    _ = list.duplicates.map(\.description)
    _ = list.batches(of: 3)
}

func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let options = parsingOptions(from: bytes.first ?? 0)
    checkAddresses(String(decoding: bytes.dropFirst(), as: UTF8.self), options: options)
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOne))
