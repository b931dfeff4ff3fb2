extension String.UnicodeScalarView {
    /// The range of the scalars without leading and trailing Unicode white space (empty, at the
    /// end, when every scalar is white space).
    ///
    /// - Complexity: O(n) in Unicode scalars; no allocation.
    func rangeTrimmingWhitespace() -> Range<Index> {
        rangeTrimming { $0.properties.isWhitespace }
    }

    /// The range of the scalars without the leading and trailing ones that `isTrimmed` accepts
    /// (empty, at the end, when it accepts every scalar).
    ///
    /// - Complexity: O(n) in Unicode scalars; no allocation.
    func rangeTrimming(_ isTrimmed: (Unicode.Scalar) -> Bool) -> Range<Index> {
        var start = startIndex
        var end = endIndex
        while start < end, isTrimmed(self[start]) { start = index(after: start) }
        while end > start, isTrimmed(self[index(before: end)]) { end = index(before: end) }
        return start..<end
    }
}
