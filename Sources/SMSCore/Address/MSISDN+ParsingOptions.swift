extension MSISDN {
    /// How ``MSISDN/init(validating:options:)`` reads what people type. Every option is explicit:
    /// nothing comes from the device's locale.
    ///
    /// ```swift
    /// var options = MSISDN.ParsingOptions()
    /// options.defaultCountryCallingCode = CountryCallingCode(44)
    /// try MSISDN(validating: "07700 900123", options: options).digits   // "447700900123"
    /// ```
    public struct ParsingOptions: Hashable, Sendable {
        /// The country calling code of numbers typed without one, or `nil` (the default) to
        /// reject national numbers.
        ///
        /// Without a default, digits with no `+` or `00` are read in the form Clickatell's `to`
        /// takes: country calling code first (`447700900123`), and a leading 0 is a national
        /// number, rejected as ``AddressError/Code/missingCountryCode``.
        ///
        /// With a default, digits with no international prefix are read as libphonenumber reads
        /// them when dialled in the code's main region: a national number whose trunk prefix is
        /// dropped (`07700 900123` → `447700900123`; `(202) 555-0143` → `12025550143` for +1),
        /// unless they start with the default code and fit the numbering plan better without it
        /// (`447700900123` stays `447700900123`). Unlike libphonenumber, the region's own
        /// international prefix is not recognised (see ``origin``): with +7, `810 44 7700 900123`
        /// is the national number `10447700900123`.
        public var defaultCountryCallingCode: CountryCallingCode?

        /// Where the number is dialled from, which decides the international prefixes besides
        /// `+`. The default, ``Origin/anywhere``, accepts `00` (ITU-T E.164's recommended
        /// prefix); ``Origin/northAmerica`` also accepts `011`.
        public var origin: Origin

        /// Whether decimal digits other than ASCII 0-9 (full-width `０`-`９`, Arabic-Indic
        /// `٠`-`٩`, Devanagari, ...) and the full-width plus sign `＋` are folded to ASCII. Off by
        /// default: they are rejected as ``AddressError/Code/nonASCIIDigit``.
        public var foldsNonASCIIDigits: Bool

        /// Whether a national number whose length is possible only for local dialling (without
        /// its area code, libphonenumber's `IS_POSSIBLE_LOCAL_ONLY`) is accepted. Off by default:
        /// such a number cannot be reached in international format, so it is rejected as
        /// ``AddressError/Code/localOnlyLength``. libphonenumber's `is_possible_number` accepts
        /// them; turn this on to match it.
        public var acceptsLocalOnlyLengths: Bool

        /// The most digits, country calling code included: 15 for E.164 numbers, 16 for the
        /// numeric sender IDs Clickatell accepts.
        var maxDigitCount: Int = 15

        /// Options with the given values; the defaults reject national numbers, read `00` and
        /// `+` as international prefixes, reject non-ASCII digits and local-only lengths.
        public init(
            defaultCountryCallingCode: CountryCallingCode? = nil,
            origin: Origin = .anywhere,
            foldsNonASCIIDigits: Bool = false,
            acceptsLocalOnlyLengths: Bool = false
        ) {
            self.defaultCountryCallingCode = defaultCountryCallingCode
            self.origin = origin
            self.foldsNonASCIIDigits = foldsNonASCIIDigits
            self.acceptsLocalOnlyLengths = acceptsLocalOnlyLengths
        }
    }
}
