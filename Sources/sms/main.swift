import SMSCommandLine

SMSCommand.main()
