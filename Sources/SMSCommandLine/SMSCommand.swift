public import ArgumentParser

/// The `sms` command: analyse, decode and validate SMS from the command line.
///
/// The `sms` executable runs this as its root command; `sms analyze`, `sms decode`,
/// `sms validate` and (with the `Sandbox` trait) `sms sandbox` are its subcommands.
public struct SMSCommand: AsyncParsableCommand {
    /// The command's name, abstract and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "sms",
        abstract: "Turn text into SMS that carriers accept: encoding, parts, headers and addresses.",
        version: version,
        subcommands: [AnalyzeCommand.self, DecodeCommand.self, ValidateCommand.self] + optionalSubcommands
    )

    /// The subcommands whose package traits are enabled.
    private static var optionalSubcommands: [any ParsableCommand.Type] {
        #if Sandbox
        [SandboxCommand.self]
        #else
        []
        #endif
    }

    /// The version `sms --version` prints: this package's release, set when a release is tagged.
    public static let version = "0.2.0"

    /// Creates the command; ArgumentParser fills it from the command line.
    public init() {}
}
