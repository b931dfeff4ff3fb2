import ArgumentParser

/// `sms analyze` (placeholder until its issue lands).
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "analyze", abstract: "Not implemented yet.")
}
