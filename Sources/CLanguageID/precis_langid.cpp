// The only file in Precis that includes CLD2's headers (see include/precis_langid.h).

#include "precis_langid.h"

#include <cstdio>
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

extern "C" precis_language_guess precis_detect_language(const char *utf8, int length) {
    precis_language_guess guess = {"un", 0, 0, 0};
    if (utf8 == nullptr || length <= 0) {
        return guess;
    }
    CLD2::Language languages[3];
    int percents[3] = {0, 0, 0};
    int text_bytes = 0;
    bool reliable = false;
    int valid_prefix = 0;
    CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
    double scores[3];
    CLD2::Language language = CLD2::ExtDetectLanguageSummaryCheckUTF8(
        utf8, length, true, &hints, 0, languages, percents, scores, nullptr, &text_bytes, &reliable,
        &valid_prefix);
    guess.code = CLD2::LanguageCode(language);
    guess.percent = percents[0];
    guess.reliable = reliable ? 1 : 0;
    guess.text_bytes = text_bytes;
    return guess;
}
