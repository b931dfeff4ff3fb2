/// Makes a string by writing at most `utf8Capacity` octets of valid UTF-8 with `body`, which
/// returns how many it wrote.
func makeString(utf8Capacity: Int, _ body: (UnsafeMutableBufferPointer<UInt8>) -> Int) -> String {
    if #available(macOS 11.0, iOS 14.0, tvOS 14.0, watchOS 7.0, *) {
        return String(unsafeUninitializedCapacity: utf8Capacity, initializingUTF8With: body)
    }
    let bytes = [UInt8](unsafeUninitializedCapacity: utf8Capacity) { buffer, initialized in
        initialized = body(buffer)
    }
    return String(decoding: bytes, as: UTF8.self)
}

/// Writes the UTF-8 form of a scalar value (not a surrogate) at `index`; returns the next index.
@inline(__always)
func writeUTF8(_ value: UInt32, to output: UnsafeMutableBufferPointer<UInt8>, at index: Int) -> Int {
    if value < 0x80 {
        output[index] = UInt8(truncatingIfNeeded: value)
        return index + 1
    }
    if value < 0x800 {
        output[index] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
        output[index + 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
        return index + 2
    }
    if value < 0x10000 {
        output[index] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
        output[index + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
        output[index + 2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
        return index + 3
    }
    output[index] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
    output[index + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
    output[index + 2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
    output[index + 3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
    return index + 4
}
