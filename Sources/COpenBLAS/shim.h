// Debian's OpenBLAS (libopenblas-dev): CBLAS matrix products with kernels chosen at run time for the
// CPU, which plain Swift compiled for baseline x86-64 cannot match.
#include <cblas.h>
