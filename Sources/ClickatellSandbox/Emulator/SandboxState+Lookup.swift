/// The commands about messages and the account: `querymsg`, `getmsgcharge`, `delmsg`,
/// `token_pay` and `routeCoverage`.
extension SandboxState {
    /// The message `apimsgid` or `climsgid` names, if it is the account's: 109 without either,
    /// 103 / 104 when unknown.
    func lookup(_ parameters: FormParameters, account: Int) -> Result<MessageRecord, APIError> {
        if let id = parameters.nonEmpty("apimsgid") {
            guard let record = messages[id], record.account == account else { return .failure(.unknownAPIMessageID) }
            return .success(record)
        }
        if let client = parameters.nonEmpty("climsgid") {
            guard let id = clientMessageIDs["\(account)\u{0}\(client)"], let record = messages[id] else {
                return .failure(.unknownClientMessageID)
            }
            return .success(record)
        }
        return .failure(.missingMessageID)
    }

    /// `querymsg`: `ID: <apimsgid> Status: <status>`.
    func queryCommand(_ parameters: FormParameters, account: Int, now: Double) -> String {
        switch lookup(parameters, account: account) {
        case .failure(let error): error.line()
        case .success(let record):
            "ID: \(record.apiMessageID) Status: \(record.status(at: now, deliveryDelay: configuration.deliveryDelay))"
        }
    }

    /// `getmsgcharge`: `apiMsgId: <id> charge: <decimal> status: <status>`.
    func chargeCommand(_ parameters: FormParameters, account: Int, now: Double) -> String {
        switch lookup(parameters, account: account) {
        case .failure(let error): error.line()
        case .success(let record):
            "apiMsgId: \(record.apiMessageID) charge: \(record.charge) status: \(record.status(at: now, deliveryDelay: configuration.deliveryDelay))"
        }
    }

    /// `delmsg`: stops a message that has not left the queue (status 011 or 001), refunding
    /// it, and answers 006; any other message answers its current status unchanged.
    mutating func deleteCommand(_ parameters: FormParameters, account: Int, now: Double) -> String {
        switch lookup(parameters, account: account) {
        case .failure(let error): return error.line()
        case .success(var record):
            let status = record.status(at: now, deliveryDelay: configuration.deliveryDelay)
            guard status == MessageStatus.queuedForLater || status == MessageStatus.unknown else {
                return "ID: \(record.apiMessageID) Status: \(status)"
            }
            accounts[account].credit = accounts[account].credit + record.charge
            record.charge = .zero
            record.cancelledAt = now
            messages[record.apiMessageID] = record
            return "ID: \(record.apiMessageID) Status: \(MessageStatus.cancelled)"
        }
    }

    /// `token_pay`: any 16-digit voucher, every time, adds the voucher credit and answers
    /// `OK: <transaction>`; anything else is 101. (The sandbox keeps no list of vouchers: a
    /// client's tests can redeem the same one as often as they like.)
    mutating func tokenPayCommand(_ parameters: FormParameters, account: Int) -> String {
        guard let token = parameters.nonEmpty("token"), token.utf8.count == 16,
              token.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
        else { return APIError.invalidParameters.line() }
        accounts[account].credit = accounts[account].credit + configuration.voucherCredit
        accounts[account].lastTransaction += 1
        return "OK: \(accounts[account].lastTransaction)"
    }

    /// `routeCoverage`: `OK: … Charge: <price>` for a number that would be routed, the
    /// code-less `ERR:` sentence for a `--reject-prefix`, 105 for a number that is not possible,
    /// 101 without `msisdn`.
    func coverageCommand(_ parameters: FormParameters) -> String {
        guard let msisdn = parameters.nonEmpty("msisdn") else { return APIError.invalidParameters.line() }
        if configuration.rejectPrefixes.contains(where: { msisdn.hasPrefix($0) }) {
            return "ERR: This prefix is not currently supported. Messages sent to this prefix will fail. Please contact support for assistance."
        }
        guard checkedRecipient(msisdn) != nil else { return APIError.invalidDestination.line() }
        return "OK: This prefix is currently supported. Messages sent to this prefix will be routed. Charge: \(configuration.pricePerPart)"
    }
}
