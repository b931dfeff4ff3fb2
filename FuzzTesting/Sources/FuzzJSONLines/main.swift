// `--jsonl` lines from anywhere must never crash `sms analyze --jsonl` or `sms decode --jsonl`,
// make them run out of memory or time (run with -rss_limit_mb and -timeout), or break their
// promises: one answer per line, the id first and echoed, errors that name their line, bounded
// output, missing parts as runs that cover what did not arrive.
//
// Input: byte 0 picks the mode (bit 0: decode, otherwise analyze; bit 1: --udhi or
// --all-non-gsm); the rest is standard input. The checks are CommandFuzzChecks.checkJSONLines,
// which Tests/SMSCommandLineTests/Harness/CommandFuzzFailCaseTests.swift replays on saved
// inputs.

import CFuzzerDriver
@_spi(Harness) import SMSCommandLine

#if canImport(Glibc)
import Glibc
#endif

func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let failure = CommandFuzzChecks.checkJSONLines(bytes).first {
        fatalError("invariant failed: \(failure)")
    }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOne))
