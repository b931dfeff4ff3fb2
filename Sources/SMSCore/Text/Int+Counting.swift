extension Int {
    /// The count followed by its unit, singular for exactly one: `1.counting("septets")` is
    /// `"1 septet"`, `2.counting("UTF-16 units")` is `"2 UTF-16 units"`.
    ///
    /// For the package's own messages, whose units all form their plural with a final `s`.
    package func counting(_ pluralUnit: String) -> String {
        self == 1 && pluralUnit.hasSuffix("s") ? "1 \(pluralUnit.dropLast())" : "\(self) \(pluralUnit)"
    }
}
