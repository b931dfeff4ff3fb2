public import ArgumentParser

/// The `sms` command: analyse, decode and validate SMS from the command line, and send them
/// through Clickatell.
///
/// The `sms` executable runs this as its root command; `sms analyze`, `sms decode`,
/// `sms validate`, `sms send`, `sms status`, `sms charge`, `sms cancel`, `sms balance`,
/// `sms redeem`, `sms ping` (with the `Clickatell` trait) and `sms sandbox` (with the `Sandbox`
/// trait) are its subcommands.
public struct SMSCommand: AsyncParsableCommand {
    /// The command's name, abstract and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "sms",
        abstract: "Turn text into SMS that carriers accept: encoding, parts, headers and addresses.",
        version: version,
        subcommands: coreSubcommands + clickatellSubcommands + sandboxSubcommands
    )

    private static let coreSubcommands: [any ParsableCommand.Type] = [AnalyzeCommand.self, DecodeCommand.self, ValidateCommand.self]

    #if Clickatell
    private static let clickatellSubcommands: [any ParsableCommand.Type] = [
        SendCommand.self, StatusCommand.self, ChargeCommand.self, CancelCommand.self,
        BalanceCommand.self, RedeemCommand.self, PingCommand.self,
    ]
    #else
    private static let clickatellSubcommands: [any ParsableCommand.Type] = []
    #endif

    #if Sandbox
    private static let sandboxSubcommands: [any ParsableCommand.Type] = [SandboxCommand.self]
    #else
    private static let sandboxSubcommands: [any ParsableCommand.Type] = []
    #endif

    /// The version `sms --version` prints: this package's release, set when a release is tagged.
    public static let version = "0.2.0"

    /// Creates the command; ArgumentParser fills it from the command line.
    public init() {}

    /// Runs the command as the `sms` executable does: first refuses an argument that is not
    /// valid UTF-8 (exit status 1, with its byte offset, as for standard input; Swift's own
    /// argument list would have replaced the bad bytes with U+FFFD), then runs `main()`.
    public static func mainCheckingArguments() async {
        if let status = ArgumentBytes.refuseInvalidUTF8(ArgumentBytes.processArguments(), io: .standard()) {
            ArgumentBytes.exitProcess(status)
        }
        await main()
    }
}
