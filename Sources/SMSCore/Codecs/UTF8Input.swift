/// Calls `body` with a text's UTF-8 as one contiguous buffer, copying only when the text has no
/// contiguous UTF-8 storage (e.g. a bridged string).
func withContiguousUTF8<R>(of text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
    var copy = String(text)
    return copy.withUTF8(body)
}

/// The scalar value and encoded length of the UTF-8 sequence at `index` of valid UTF-8.
@inline(__always)
func scalarValue(inUTF8 utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
    let lead = UInt32(utf8[index])
    if lead < 0x80 { return (lead, 1) }
    if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(utf8[index + 1]) & 0x3F, 2) }
    if lead < 0xF0 {
        return ((lead & 0x0F) << 12 | (UInt32(utf8[index + 1]) & 0x3F) << 6 | UInt32(utf8[index + 2]) & 0x3F, 3)
    }
    let value =
        (lead & 0x07) << 18 | (UInt32(utf8[index + 1]) & 0x3F) << 12 | (UInt32(utf8[index + 2]) & 0x3F) << 6
        | UInt32(utf8[index + 3]) & 0x3F
    return (value, 4)
}

/// The number of UTF-16 code units valid UTF-8 transcodes to: one per scalar, two for each
/// scalar above U+FFFF (a four-octet sequence).
func utf16Count(ofUTF8 utf8: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    for byte in utf8 {
        count += (byte & 0xC0 != 0x80 ? 1 : 0) + (byte >= 0xF0 ? 1 : 0)
    }
    return count
}

/// Calls `body` with each UTF-16 code unit of valid UTF-8, in order.
@inline(__always)
func forEachUTF16Unit(inUTF8 utf8: UnsafeBufferPointer<UInt8>, _ body: (UInt16) -> Void) {
    var index = 0
    while index < utf8.count {
        let (value, length) = scalarValue(inUTF8: utf8, at: index)
        if value < 0x10000 {
            body(UInt16(truncatingIfNeeded: value))
        } else {
            let offset = value - 0x10000
            body(UInt16(truncatingIfNeeded: 0xD800 + (offset >> 10)))
            body(UInt16(truncatingIfNeeded: 0xDC00 + (offset & 0x3FF)))
        }
        index += length
    }
}
