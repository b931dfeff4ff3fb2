/// Makes room for `additional` more elements, growing geometrically so that repeated appends to
/// one buffer stay linear (a plain `reserveCapacity(count + n)` reallocates on every call).
func reserveForAppending<Element>(_ array: inout [Element], _ additional: Int) {
    let needed = array.count + additional
    if array.capacity < needed {
        array.reserveCapacity(Swift.max(needed, 2 * array.capacity))
    }
}
