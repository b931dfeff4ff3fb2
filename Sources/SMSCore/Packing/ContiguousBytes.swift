/// Calls `body` with the elements of `collection` as a contiguous buffer, copying only when the
/// collection has no contiguous storage.
func withContiguous<C: Collection<UInt8>, R>(_ collection: C, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let result = collection.withContiguousStorageIfAvailable(body) { return result }
    return Array(collection).withUnsafeBufferPointer(body)
}

/// Makes room for `additional` more elements, growing geometrically so that repeated appends to
/// one buffer stay linear (a plain `reserveCapacity(count + n)` reallocates on every call).
func reserveForAppending<Element>(_ array: inout [Element], _ additional: Int) {
    let needed = array.count + additional
    if array.capacity < needed {
        array.reserveCapacity(Swift.max(needed, 2 * array.capacity))
    }
}
