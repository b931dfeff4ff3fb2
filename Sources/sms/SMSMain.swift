import ArgumentParser
import SMSCommandLine

/// The `sms` executable: runs ``SMSCommand`` (asynchronously, for the Clickatell subcommands
/// and `sms sandbox`), after checking that every argument is UTF-8.
@main
enum SMSMain {
    static func main() async {
        await SMSCommand.mainCheckingArguments()
    }
}
