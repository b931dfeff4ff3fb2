#if Clickatell
import ArgumentParser
import ClickatellHTTP

/// The message id argument and flag of `status`, `charge` and `cancel`.
struct MessageIDArguments: ParsableArguments {
    @Argument(help: "Clickatell's message id (apiMsgId), or your cliMsgId with --client-id.")
    var id: String

    @Flag(help: "ID is your cliMsgId, not Clickatell's apiMsgId.")
    var clientID = false

    var reference: ClickatellMessageReference { clientID ? .clientMessageID(id) : .apiMessageID(id) }
}

private let lookupDiscussion = """
    Prints the message id, the status code and its meaning (final or intermediate). --json \
    prints {"apiMessageId", "status", "description", "final", "charge"}, charge null unless \
    asked (sms charge). Exit status: 0 when Clickatell answered with a status, 1 otherwise, 64 \
    for a usage error. Credentials as for sms send.
    """

/// `sms status ID`: `querymsg`.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Show a sent message's status (querymsg).", discussion: lookupDiscussion)
    @OptionGroup var clickatell: ClickatellOptions
    @OptionGroup var message: MessageIDArguments
    func run() async throws {
        let reference = message.reference
        try await ClickatellCommandSupport.run(clickatell) { await $0.lookup(.status, reference) }
    }
}

/// `sms charge ID`: `getmsgcharge`.
struct ChargeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "charge", abstract: "Show a sent message's charge and status (getmsgcharge).", discussion: lookupDiscussion)
    @OptionGroup var clickatell: ClickatellOptions
    @OptionGroup var message: MessageIDArguments
    func run() async throws {
        let reference = message.reference
        try await ClickatellCommandSupport.run(clickatell) { await $0.lookup(.charge, reference) }
    }
}

/// `sms cancel ID`: `delmsg`.
struct CancelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel", abstract: "Stop a message that has not left Clickatell (delmsg); status 006 when stopped.",
        discussion: lookupDiscussion)
    @OptionGroup var clickatell: ClickatellOptions
    @OptionGroup var message: MessageIDArguments
    func run() async throws {
        let reference = message.reference
        try await ClickatellCommandSupport.run(clickatell) { await $0.lookup(.cancel, reference) }
    }
}

/// `sms balance`: `getbalance`.
struct BalanceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "balance", abstract: "Show the account's credit (getbalance).",
        discussion: "Prints the credit exactly as received; --json prints {\"credit\": \"12.5\"}. Credentials as for sms send.")
    @OptionGroup var clickatell: ClickatellOptions
    func run() async throws {
        try await ClickatellCommandSupport.run(clickatell) { await $0.balance() }
    }
}

/// `sms redeem TOKEN`: `token_pay`.
struct RedeemCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redeem", abstract: "Redeem a credit voucher (token_pay).",
        discussion: "Prints Clickatell's answer; --json prints {\"result\": \"605\"}. Credentials as for sms send.")
    @OptionGroup var clickatell: ClickatellOptions
    @Argument(help: "The voucher (16 digits).")
    var token: String
    func run() async throws {
        let token = token
        try await ClickatellCommandSupport.run(clickatell) { await $0.redeem(token) }
    }
}

/// `sms ping`: `auth` (unless in a session) and `ping`.
struct PingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ping", abstract: "Check the credentials and the connection (auth, then ping).",
        discussion: "Prints OK; --json prints {\"ok\": true}. Credentials as for sms send.")
    @OptionGroup var clickatell: ClickatellOptions
    func run() async throws {
        try await ClickatellCommandSupport.run(clickatell) { await $0.ping() }
    }
}
#endif
