// Snowball's libstemmer (Debian: libstemmer-dev). It has no pkg-config file; the header is plain C.
#include <libstemmer.h>
