// The system ICU (Debian: libicu-dev), found through pkg-config icu-uc and icu-i18n.
// Only the C bridge (Sources/CPrecisICU) includes these headers; see Package.swift.
#include <unicode/utypes.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/uscript.h>
#include <unicode/uchar.h>
