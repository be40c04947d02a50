// The system zlib, for reading gzip-compressed event files as a stream.
#include <zlib.h>
