// precis_icu.h: the C bridge between Precis and the system ICU.
//
// This header uses plain C types only, so that Swift modules which also import Foundation (with
// its own ICU) can import it. The `.c` files behind it include ICU's headers and call ICU's
// version-renamed functions. Every handle returned here is owned by one Swift wrapper that closes
// it in `deinit`.
//
// Errors are ICU's UErrorCode values as int32_t: 0 is success, negative values are warnings, and
// values greater than 0 are failures. `precis_icu_error_name` turns one into ICU's name for it.

#ifndef PRECIS_ICU_H
#define PRECIS_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// ICU's name for an error code, e.g. "U_ILLEGAL_ARGUMENT_ERROR". Static storage.
const char *precis_icu_error_name(int32_t error);

/// ICU's version, e.g. "72.1". Static storage.
const char *precis_icu_version(void);

// MARK: Break iteration

/// What a break iterator finds.
typedef enum {
    PRECIS_BREAK_WORD = 0,
    PRECIS_BREAK_SENTENCE = 1,
    PRECIS_BREAK_LINE = 2,
} precis_break_kind;

typedef struct precis_breaker precis_breaker;

/// Opens a break iterator for `locale` (e.g. "en", "th", "en@ss=standard"). NULL on failure.
precis_breaker *precis_breaker_open(precis_break_kind kind, const char *locale, int32_t *error);

/// Closes a break iterator opened by `precis_breaker_open`. NULL is accepted.
void precis_breaker_close(precis_breaker *breaker);

/// Points the iterator at `length` UTF-16 code units. ICU keeps the pointer: the text must stay
/// alive and unmoved until the next `precis_breaker_set_text` or `precis_breaker_close`.
void precis_breaker_set_text(precis_breaker *breaker, const uint16_t *text, int32_t length, int32_t *error);

/// Fills up to `capacity` boundaries following the current position, in increasing order, and for
/// each the rule status of the segment that ends there (`statuses` may be NULL). Returns how many
/// were written; 0 once the end of the text has been passed. The start (0) is never reported.
int32_t precis_breaker_next_batch(precis_breaker *breaker, int32_t *boundaries, int32_t *statuses, int32_t capacity);

/// Whether `offset` is a boundary (moves the iterator there or past it).
int32_t precis_breaker_is_boundary(precis_breaker *breaker, int32_t offset);

// MARK: Normalisation and case folding

/// Normalisation forms offered by `precis_normalize`.
typedef enum {
    PRECIS_NFC = 0,
    PRECIS_NFKC_CASEFOLD = 1,
} precis_normal_form;

/// Normalises `length` UTF-16 units of `source` into `dest` (capacity `capacity`). Returns the
/// length of the result; if it exceeds `capacity`, nothing useful was written and the call must be
/// repeated with a larger buffer (error is then U_BUFFER_OVERFLOW_ERROR).
int32_t precis_normalize(precis_normal_form form, const uint16_t *source, int32_t length,
                         uint16_t *dest, int32_t capacity, int32_t *error);

/// Whether `source` is already in `form` (a quick check that may answer "maybe" as 2).
/// 0 = no, 1 = yes, 2 = maybe.
int32_t precis_quick_check(precis_normal_form form, const uint16_t *source, int32_t length, int32_t *error);

/// Full Unicode case folding (u_strFoldCase, default options). Same buffer contract as
/// `precis_normalize`.
int32_t precis_fold_case(const uint16_t *source, int32_t length, uint16_t *dest, int32_t capacity, int32_t *error);

// MARK: Character properties

/// The ISO 15924 script code of a code point as ICU's UScriptCode value.
int32_t precis_script(uint32_t codepoint);

/// The four-letter ISO 15924 code of a UScriptCode value ("Latn", "Cyrl", "Hani", …). Static storage.
const char *precis_script_code(int32_t script);

// MARK: Calendar names

/// The wide names of the Gregorian calendar's months and days of the week in `locale` ("en",
/// "fr", "ru"), in their format and stand-alone forms (Russian "января" and "январь"), written to
/// `dest` in UTF-16, one per line (U+000A after each). Returns the length written; if `capacity`
/// is too small, error is U_BUFFER_OVERFLOW_ERROR and the return value is the length needed.
/// Nothing is written for a language without calendar data of its own (which ICU would give
/// the default locale's or the root's).
int32_t precis_calendar_names(const char *locale, uint16_t *dest, int32_t capacity, int32_t *error);

// MARK: Transliteration

typedef struct precis_transliterator precis_transliterator;

/// Opens a transliterator by ICU id (`id` in UTF-16, e.g. "Russian-Latin/BGN; Latin-ASCII").
precis_transliterator *precis_transliterator_open(const uint16_t *id, int32_t id_length, int32_t *error);

/// Closes a transliterator. NULL is accepted.
void precis_transliterator_close(precis_transliterator *transliterator);

/// Transliterates `buffer` in place. `*length` is the text's length on entry and the result's on
/// return; if the result would exceed `capacity`, error is U_BUFFER_OVERFLOW_ERROR and `*length`
/// says how much room is needed (the buffer's content is then unspecified).
void precis_transliterator_transform(precis_transliterator *transliterator, uint16_t *buffer,
                                     int32_t *length, int32_t capacity, int32_t *error);

// MARK: Charset detection

typedef struct precis_charset_detector precis_charset_detector;

/// Opens a charset detector (ICU's ucsdet). NULL on failure.
precis_charset_detector *precis_charset_detector_open(int32_t *error);

/// Closes a charset detector. NULL is accepted.
void precis_charset_detector_close(precis_charset_detector *detector);

/// Runs detection on `length` bytes and keeps the candidates, best first; returns how many there
/// are (at most 32). ICU does not keep the bytes past this call. Read the candidates with
/// `precis_charset_candidate_name` and `precis_charset_candidate_confidence` before the next call.
int32_t precis_charset_detect(precis_charset_detector *detector, const char *bytes, int32_t length, int32_t *error);

/// The charset name of candidate `index` of the last detection (e.g. "windows-1251", "Shift_JIS"),
/// owned by the detector until its next detection.
const char *precis_charset_candidate_name(precis_charset_detector *detector, int32_t index);

/// The confidence (0...100) of candidate `index` of the last detection.
int32_t precis_charset_candidate_confidence(precis_charset_detector *detector, int32_t index);

// MARK: Charset conversion

typedef struct precis_converter precis_converter;

/// Opens a converter from the charset `name` (any name or alias ICU knows, e.g. "cp1251") to
/// UTF-16, set to stop at the first byte sequence that is illegal or unmapped in the charset.
/// NULL on failure (an unknown name gives U_FILE_ACCESS_ERROR).
precis_converter *precis_converter_open(const char *name, int32_t *error);

/// Closes a converter. NULL is accepted.
void precis_converter_close(precis_converter *converter);

/// The charset's MIME name (else its IANA name, else ICU's canonical name). Static storage.
const char *precis_converter_standard_name(precis_converter *converter);

/// Converts `length` bytes to UTF-16 in `dest` (capacity `capacity` units) from a fresh state and
/// returns the number of units written. If they do not fit, error is U_BUFFER_OVERFLOW_ERROR:
/// repeat with a larger buffer. At an illegal, unmapped or truncated sequence, error is
/// U_ILLEGAL_CHAR_FOUND, U_INVALID_CHAR_FOUND or U_TRUNCATED_CHAR_FOUND and `*bad_offset` and
/// `*bad_length` locate the offending bytes.
int32_t precis_converter_to_utf16(precis_converter *converter, const char *source, int32_t length,
                                  uint16_t *dest, int32_t capacity, int32_t *bad_offset,
                                  int32_t *bad_length, int32_t *error);

#ifdef __cplusplus
}
#endif

#endif
