import ArgumentParser
import SMSCommandLine

/// The `sms` executable: runs ``SMSCommand`` (asynchronously, for the Clickatell subcommands).
@main
struct SMSMain {
    static func main() async {
        await SMSCommand.main()
    }
}
