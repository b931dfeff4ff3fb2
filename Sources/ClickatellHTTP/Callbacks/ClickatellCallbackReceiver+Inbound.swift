#if Clickatell
import SMSCore

/// What the parts of one long inbound message share (reference §8.2: from, to, reference,
/// total).
struct InboundKey: Hashable, Sendable {
    var from: String
    var to: String
    var reference: UInt16
    var referenceSize: Concatenation.ReferenceSize
    var total: UInt8
}

/// The parts of a long inbound message received so far.
struct HeldGroup: Sendable {
    /// Tells this group from an earlier one with the same key in the expiry queue.
    var serial: Int
    var firstArrival: Double
    var parts: [ClickatellInboundPart] = []
    var sequences: Set<UInt8> = []
    var moMessageIDs: Set<String> = []
}

extension ClickatellCallbackReceiver {
    /// Applies an inbound callback: a whole message, a part to hold, or the last part.
    mutating func receive(_ part: ClickatellInboundPart, now: Double) -> [ClickatellCallbackEvent] {
        if let known = remembered[part.moMessageID] {
            guard let message = known else { return [.duplicateInboundPart(part)] }
            return [.inbound(message.redelivered())]
        }
        guard let concatenation = part.concatenation, concatenation.total > 1 else {
            let message = ClickatellInboundMessage(from: part.from, to: part.to, text: part.text, parts: [part], issues: [])
            remember(part.moMessageID, message: message)
            return [.inbound(message)]
        }
        let key = InboundKey(
            from: part.from, to: part.to, reference: concatenation.reference,
            referenceSize: concatenation.referenceSize, total: concatenation.total)
        if heldGroups[key] == nil {
            heldGroups[key] = HeldGroup(serial: nextSerial, firstArrival: now)
            heldOrder.append((key, nextSerial))
            nextSerial += 1
        }
        if !part.moMessageID.isEmpty, heldGroups[key]?.moMessageIDs.insert(part.moMessageID).inserted == false {
            return [.duplicateInboundPart(part)]
        }
        heldGroups[key]?.parts.append(part)
        heldGroups[key]?.sequences.insert(concatenation.sequence)
        heldInboundPartCount += 1

        var events: [ClickatellCallbackEvent]
        let received = heldGroups[key]?.sequences.count ?? 0
        let held = heldGroups[key]?.parts.count ?? 0
        if received == Int(concatenation.total) {
            events = [complete(key)]
        } else if held > 2 * Int(concatenation.total) {
            // More copies than any retrying sender makes: parts of two messages share the key.
            events = [giveUp(key, reason: .conflictingParts)]
        } else {
            events = [.inboundPartHeld(part, received: received, total: Int(concatenation.total))]
        }
        while heldInboundPartCount > configuration.maxHeldInboundParts, let oldest = oldestHeldKey() {
            events.append(giveUp(oldest, reason: .evicted))
        }
        return events
    }

    /// Joins a group whose every sequence number has arrived.
    private mutating func complete(_ key: InboundKey) -> ClickatellCallbackEvent {
        guard let group = heldGroups[key] else { preconditionFailure("completing a group that is not held") }
        let reassembly = Reassembly(reassembling: group.parts.map(\.userData))
        guard let message = reassembly.messages.first, reassembly.messages.count == 1, let text = message.text else {
            return giveUp(key, reason: .conflictingParts)
        }
        release(key)
        let parts = message.slots.flatMap { $0.partIndices.map { group.parts[$0] } }
        let inbound = ClickatellInboundMessage(from: key.from, to: key.to, text: text, parts: parts, issues: message.issues)
        for part in group.parts { remember(part.moMessageID, message: inbound) }
        return .inbound(inbound)
    }

    /// Removes a group and reports its parts as an incomplete message.
    mutating func giveUp(_ key: InboundKey, reason: ClickatellIncompleteInboundMessage.Reason) -> ClickatellCallbackEvent {
        let group = heldGroups[key] ?? HeldGroup(serial: -1, firstArrival: 0)
        release(key)
        for part in group.parts { remember(part.moMessageID, message: nil) }
        let missing = Self.missingRuns(of: group.sequences, total: Int(key.total))
        return .incompleteInbound(ClickatellIncompleteInboundMessage(
            from: key.from, to: key.to, reference: key.reference, referenceSize: key.referenceSize,
            total: Int(key.total), parts: group.parts, missingSequences: missing, reason: reason))
    }

    /// The runs of 1...total that are not in `received`, ascending (the shape of
    /// ``ReassembledMessage/missingSequences``).
    ///
    /// - Complexity: O(*r* log *r*) in the sequence numbers received.
    static func missingRuns(of received: Set<UInt8>, total: Int) -> [ClosedRange<Int>] {
        var runs: [ClosedRange<Int>] = []
        var expected = 1
        for sequence in received.map(Int.init).sorted() where sequence >= expected && sequence <= total {
            if sequence > expected { runs.append(expected...(sequence - 1)) }
            expected = sequence + 1
        }
        if expected <= total { runs.append(expected...total) }
        return runs
    }

    /// The key of the group held longest.
    private mutating func oldestHeldKey() -> InboundKey? {
        while let entry = heldOrder.first {
            if let group = heldGroups[entry.key], group.serial == entry.serial { return entry.key }
            _ = heldOrder.popFirst()
        }
        return nil
    }

    private mutating func release(_ key: InboundKey) {
        heldInboundPartCount -= heldGroups[key]?.parts.count ?? 0
        heldGroups[key] = nil
        // The expiry queue drops released groups lazily at its front; rebuild it when stale
        // entries outnumber live ones, so it stays within twice the groups held.
        if heldOrder.count > 2 * heldGroups.count + 64 {
            var live = FIFOQueue<(key: InboundKey, serial: Int)>()
            while let entry = heldOrder.popFirst() {
                if heldGroups[entry.key]?.serial == entry.serial { live.append(entry) }
            }
            heldOrder = live
        }
    }

    /// Remembers a `moMsgId` and the message it was delivered in, so a retry of it is
    /// recognised; forgets the oldest beyond the bound.
    private mutating func remember(_ id: String, message: ClickatellInboundMessage?) {
        guard !id.isEmpty, remembered.updateValue(message, forKey: id) == nil else { return }
        rememberedOrder.append(id)
        while remembered.count > configuration.maxRememberedInboundIDs, let oldest = rememberedOrder.popFirst() {
            remembered[oldest] = nil
        }
    }
}
#endif
