/// Calls `body` with the elements of `collection` as a contiguous buffer, copying only when the
/// collection has no contiguous storage.
func withContiguous<C: Collection<UInt8>, R>(_ collection: C, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let result = collection.withContiguousStorageIfAvailable(body) { return result }
    return Array(collection).withUnsafeBufferPointer(body)
}
