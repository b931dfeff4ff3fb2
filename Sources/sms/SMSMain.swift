import ArgumentParser
import SMSCommandLine

/// The `sms` executable: runs ``SMSCommand`` (asynchronously, for `sms sandbox`).
@main
enum SMSMain {
    static func main() async {
        await SMSCommand.main()
    }
}
