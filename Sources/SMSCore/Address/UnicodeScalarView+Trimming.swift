extension String.UnicodeScalarView {
    /// The range of the scalars without leading and trailing Unicode white space (empty, at the
    /// end, when every scalar is white space).
    ///
    /// - Complexity: O(n) in Unicode scalars; no allocation.
    func rangeTrimmingWhitespace() -> Range<Index> {
        var start = startIndex
        var end = endIndex
        while start < end, self[start].properties.isWhitespace { start = index(after: start) }
        while end > start, self[index(before: end)].properties.isWhitespace { end = index(before: end) }
        return start..<end
    }
}
