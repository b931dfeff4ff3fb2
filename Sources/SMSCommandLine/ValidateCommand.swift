import ArgumentParser

/// `sms validate` (placeholder until its issue lands).
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "validate", abstract: "Not implemented yet.")
}
