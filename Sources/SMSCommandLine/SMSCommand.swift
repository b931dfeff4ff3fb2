public import ArgumentParser

/// The `sms` command: analyse, decode and validate SMS from the command line.
public struct SMSCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "sms",
        abstract: "Turn text into SMS that carriers accept: encoding, parts, headers and addresses.",
        subcommands: [AnalyzeCommand.self, DecodeCommand.self, ValidateCommand.self]
    )

    public init() {}
}
