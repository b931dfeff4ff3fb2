import ArgumentParser
import SMSCommandLine

SMSCommand.main()
