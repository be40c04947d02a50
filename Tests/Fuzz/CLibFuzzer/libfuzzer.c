// Only the header matters: the driver comes from the libFuzzer runtime at link time.
#include "libfuzzer.h"
