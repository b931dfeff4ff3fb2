/// Text made safe to print on one line of a report.
///
/// Control characters, line and paragraph separators and invisible format characters would
/// break the report's layout or hide what is being counted, so they are shown as escapes:
/// `\n`, `\r`, `\t`, `\f` in short form, anything else as `\u{XX}` with the code point in
/// upper-case hex (`\u{1B}`, `\u{FEFF}`, `\u{2028}`). A backslash is doubled so that the output
/// stays unambiguous. The zero-width joiner (U+200D) is kept, so emoji sequences still render.
///
/// ```swift
/// VisibleText.escaping("Hi\tthere\r\n\\o/".unicodeScalars)   // Hi\tthere\r\n\\o/
/// ```
enum VisibleText {
    /// The scalars, with the invisible or layout-breaking ones escaped.
    ///
    /// - Complexity: O(n) in scalars.
    static func escaping(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var result = String.UnicodeScalarView()
        for scalar in scalars {
            if let escape = escape(for: scalar) {
                result.append(contentsOf: escape.unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// The escape that stands for `scalar`, or `nil` when it prints as itself.
    static func escape(for scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "\n": return #"\n"#
        case "\r": return #"\r"#
        case "\t": return #"\t"#
        case "\u{0C}": return #"\f"#
        case "\\": return #"\\"#
        case "\u{200D}": return nil
        default: break
        }
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator, .format:
            return #"\u{"# + String(scalar.value, radix: 16, uppercase: true) + "}"
        default:
            return nil
        }
    }
}
