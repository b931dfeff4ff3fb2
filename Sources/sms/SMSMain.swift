import ArgumentParser
import SMSCommandLine

/// The `sms` executable: runs ``SMSCommand`` (asynchronously, for the Clickatell subcommands
/// and `sms sandbox`).
@main
enum SMSMain {
    static func main() async {
        await SMSCommand.main()
    }
}
