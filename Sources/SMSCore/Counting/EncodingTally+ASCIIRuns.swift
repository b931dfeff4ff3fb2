extension EncodingTally {
    /// Appends a run of ASCII, taking whole blocks at a time where no part can end inside
    /// them; near a part boundary, and where a block holds a character GSM-7 lacks, it goes
    /// scalar by scalar. Tests compare this path with a plain scalar implementation.
    mutating func appendASCIIRun(_ run: UnsafeBufferPointer<UInt8>) {
        var start = 0
        while start < run.count {
            // Every ASCII scalar costs at most 2 septets and exactly 1 UTF-16 unit.
            let room = min(isGSM7 ? gsm7.room / 2 : .max, ucs2.room)
            let count = min(run.count - start, room)
            let boundaryStateIsKnown = split == .scalars || boundaries.pendingSimple != nil
            guard count >= 8, boundaryStateIsKnown else {
                appendASCII(run[start])
                start += 1
                continue
            }
            let block = UnsafeBufferPointer(rebasing: run[start..<start + count])
            if !appendASCIIBlock(block) {
                for byte in block { appendASCII(byte) }
            }
            start += count
        }
    }

    /// Appends a block of ASCII that fits in the current part of both tallies. Returns `false`,
    /// changing nothing, when the text is still GSM-7 but the block holds a character that is not.
    private mutating func appendASCIIBlock(_ block: UnsafeBufferPointer<UInt8>) -> Bool {
        var septets = 0
        if isGSM7 {
            var missing = false
            GSM7Alphabet.latin1Codes.withUnsafeBufferPointer { codes in
                for byte in block {
                    let code = codes[Int(byte)]
                    missing = missing || code == GSM7Alphabet.noCode
                    septets &+= Int(code >> 7) &+ 1
                }
            }
            if missing { return false }
        }

        var character: Int?
        var word: Int?
        if split != .scalars, let first = boundaries.pendingSimple {
            (character, word) = lastBoundaries(in: block, after: first)
        }
        if isGSM7 {
            gsm7.addWithoutCut(
                units: septets,
                lastCharacterBoundary: character.map { septetOffset(of: $0, in: block, total: septets) },
                lastWordBoundary: word.map { septetOffset(of: $0, in: block, total: septets) }
            )
        }
        ucs2.addWithoutCut(units: block.count, lastCharacterBoundary: character, lastWordBoundary: word)
        if let last = block.last { boundaries.skipASCII(last: last) }
        scalarCount += block.count
        return true
    }

    /// The scalar offsets of the last character boundary and the last word boundary before a
    /// scalar of the block (offset 0 is the boundary between `previous` and the block).
    /// Between two ASCII scalars there is a character boundary except inside CR LF (UAX #29
    /// GB3); a word boundary is a character boundary after whitespace.
    private func lastBoundaries(
        in block: UnsafeBufferPointer<UInt8>,
        after previous: Unicode.Scalar
    ) -> (character: Int?, word: Int?) {
        func scalar(before offset: Int) -> Unicode.Scalar { offset == 0 ? previous : Unicode.Scalar(block[offset - 1]) }
        func isCharacterBoundary(_ offset: Int) -> Bool { scalar(before: offset) != "\r" || block[offset] != 0x0A }

        let last = block.count - 1
        // Inside CR LF the boundary before the CR is the last one; there is always one there.
        let character = isCharacterBoundary(last) ? last : last > 0 ? last - 1 : nil
        guard split == .words else { return (character, nil) }
        var offset = last
        while offset >= 0 {
            if BoundaryTracker.endsWord(scalar(before: offset)), isCharacterBoundary(offset) {
                return (character, offset)
            }
            offset -= 1
        }
        return (character, nil)
    }

    /// The septets of the block before the scalar at `offset`, given the block's `total`.
    private func septetOffset(of offset: Int, in block: UnsafeBufferPointer<UInt8>, total: Int) -> Int {
        var septets = total
        for byte in block[offset...] { septets -= GSM7Alphabet.septetCount(rawCode: GSM7Alphabet.latin1Codes[Int(byte)]) }
        return septets
    }
}
