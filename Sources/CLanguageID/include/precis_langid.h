// precis_langid.h: a plain-C face for CLD2 (Compact Language Detector 2), whose API is C++.

#ifndef PRECIS_LANGID_H
#define PRECIS_LANGID_H

#ifdef __cplusplus
extern "C" {
#endif

/// The result of one detection.
typedef struct {
    /// CLD2's language code ("en", "ru", "zh", "zh-Hant", "un" when unknown). Static storage.
    const char *code;
    /// Share of the text's letters (0-100) that CLD2 gave to that language.
    int percent;
    /// Whether CLD2 found the answer clearly ahead of the next candidate.
    int reliable;
    /// Letters CLD2 actually scored (after skipping digits, punctuation and spaces).
    int text_bytes;
} precis_language_guess;

/// Guesses the language of `length` bytes of UTF-8 plain text. Invalid UTF-8 gives "un".
precis_language_guess precis_detect_language(const char *utf8, int length);

#ifdef __cplusplus
}
#endif

#endif
