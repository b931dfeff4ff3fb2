/// Thirteen values stored inline, so that a counter that follows several table pairs keeps a
/// fixed size and never allocates. Thirteen is the number of locking-shift candidates: the
/// default alphabet and the twelve national locking-shift tables (TS 23.038 annex A.3).
///
/// - Precondition: `Element` is a trivial type (no references), as the storage is read and
///   written through raw memory.
struct FixedArray13<Element> {
    static var capacity: Int { 13 }

    private var storage: (Element, Element, Element, Element, Element, Element, Element, Element, Element, Element,
        Element, Element, Element)

    init(repeating value: Element) {
        storage = (value, value, value, value, value, value, value, value, value, value, value, value, value)
    }

    /// The element at `index`, 0..<13.
    subscript(index: Int) -> Element {
        get {
            precondition((0..<Self.capacity).contains(index), "index out of range")
            return withUnsafeBytes(of: storage) { $0.baseAddress!.assumingMemoryBound(to: Element.self)[index] }
        }
        set {
            precondition((0..<Self.capacity).contains(index), "index out of range")
            withUnsafeMutableBytes(of: &storage) { $0.baseAddress!.assumingMemoryBound(to: Element.self)[index] = newValue }
        }
    }

    /// Runs `body` on the element at `index` in place.
    @inline(__always)
    mutating func update<Result>(_ index: Int, _ body: (inout Element) -> Result) -> Result {
        precondition((0..<Self.capacity).contains(index), "index out of range")
        return withUnsafeMutableBytes(of: &storage) { body(&$0.baseAddress!.assumingMemoryBound(to: Element.self)[index]) }
    }
}

extension FixedArray13: Sendable where Element: Sendable {}
