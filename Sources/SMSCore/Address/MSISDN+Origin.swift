extension MSISDN {
    /// Where a number is dialled from, for its international prefix (ITU-T E.164 annex A lists
    /// each country's). New origins may be added in minor releases.
    public struct Origin: Hashable, Sendable, CustomStringConvertible {
        private enum Code: Hashable, Sendable {
            case anywhere
            case northAmerica
        }

        private let code: Code

        /// Accept `+` and `00` as international prefixes.
        public static var anywhere: Origin { Origin(code: .anywhere) }

        /// A country of the North American Numbering Plan (+1): accept `011` as well as `+` and
        /// `00`.
        public static var northAmerica: Origin { Origin(code: .northAmerica) }

        /// Whether `011` is an international prefix from here.
        var accepts011: Bool { code == .northAmerica }

        /// `"anywhere"` or `"northAmerica"`.
        public var description: String {
            switch code {
            case .anywhere: "anywhere"
            case .northAmerica: "northAmerica"
            }
        }
    }
}
