#ifndef SWIFT_SMS_FUZZER_DRIVER_H
#define SWIFT_SMS_FUZZER_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's entry point for programs that have their own `main` (provided by
/// `-sanitize=fuzzer`). Runs the fuzzer with the command line and calls `UserCb` per input.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));

#endif
