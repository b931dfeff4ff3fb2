// The command's input decoding from anywhere (arguments' bytes, standard input cut into reads
// of any size) must never crash, run out of memory or time (run with -rss_limit_mb and
// -timeout), or break the one policy for odd bytes: invalid UTF-8 is an error with its offset
// in every entry point, and a byte order mark at the start of standard input is removed and
// reported, changing nothing else.
//
// Input: byte 0 picks the mode (analyze TEXT, analyze, analyze --json, validate, validate
// ADDRESS..., decode --jsonl --json), byte 1 the size of each read; the rest is standard input,
// or arguments separated by 0x00. The checks are CommandFuzzChecks.checkCommandInput, which
// Tests/SMSCommandLineTests/Harness/CommandFuzzFailCaseTests.swift replays on saved inputs.

import CFuzzerDriver
@_spi(Harness) import SMSCommandLine

#if canImport(Glibc)
import Glibc
#endif

func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let failure = CommandFuzzChecks.checkCommandInput(bytes).first {
        fatalError("invariant failed: \(failure)")
    }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOne))
