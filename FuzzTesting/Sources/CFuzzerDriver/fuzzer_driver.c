// Intentionally empty: the target exists only to export include/fuzzer_driver.h to Swift.
#include "fuzzer_driver.h"
