import ArgumentParser

/// `sms decode` (placeholder until its issue lands).
struct DecodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "decode", abstract: "Not implemented yet.")
}
