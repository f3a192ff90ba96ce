// The only file in Precis that includes ICU's headers (see include/precis_icu.h).

#include "precis_icu.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/udat.h>
#include <unicode/uloc.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

const char *precis_icu_error_name(int32_t error) { return u_errorName((UErrorCode)error); }

const char *precis_icu_version(void) {
    static char text[U_MAX_VERSION_STRING_LENGTH];
    if (text[0] == 0) {
        UVersionInfo version;
        u_getVersion(version);
        u_versionToString(version, text);
    }
    return text;
}

// MARK: Break iteration

struct precis_breaker {
    UBreakIterator *iterator;
};

precis_breaker *precis_breaker_open(precis_break_kind kind, const char *locale, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIteratorType type = UBRK_WORD;
    switch (kind) {
    case PRECIS_BREAK_WORD: type = UBRK_WORD; break;
    case PRECIS_BREAK_SENTENCE: type = UBRK_SENTENCE; break;
    case PRECIS_BREAK_LINE: type = UBRK_LINE; break;
    }
    UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &status);
    *error = status;
    if (U_FAILURE(status) || iterator == NULL) {
        return NULL;
    }
    precis_breaker *breaker = (precis_breaker *)malloc(sizeof(precis_breaker));
    if (breaker == NULL) {
        ubrk_close(iterator);
        *error = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    breaker->iterator = iterator;
    return breaker;
}

void precis_breaker_close(precis_breaker *breaker) {
    if (breaker == NULL) {
        return;
    }
    ubrk_close(breaker->iterator);
    free(breaker);
}

void precis_breaker_set_text(precis_breaker *breaker, const uint16_t *text, int32_t length, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(breaker->iterator, (const UChar *)text, length, &status);
    *error = status;
}

int32_t precis_breaker_next_batch(precis_breaker *breaker, int32_t *boundaries, int32_t *statuses, int32_t capacity) {
    int32_t count = 0;
    while (count < capacity) {
        int32_t boundary = ubrk_next(breaker->iterator);
        if (boundary == UBRK_DONE) {
            break;
        }
        boundaries[count] = boundary;
        if (statuses != NULL) {
            statuses[count] = ubrk_getRuleStatus(breaker->iterator);
        }
        count += 1;
    }
    return count;
}

int32_t precis_breaker_is_boundary(precis_breaker *breaker, int32_t offset) {
    return ubrk_isBoundary(breaker->iterator, offset) ? 1 : 0;
}

// MARK: Normalisation and case folding

static const UNormalizer2 *normalizer(precis_normal_form form, UErrorCode *status) {
    switch (form) {
    case PRECIS_NFC: return unorm2_getNFCInstance(status);
    case PRECIS_NFKC_CASEFOLD: return unorm2_getNFKCCasefoldInstance(status);
    }
    return unorm2_getNFCInstance(status);
}

int32_t precis_normalize(precis_normal_form form, const uint16_t *source, int32_t length,
                         uint16_t *dest, int32_t capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    // Shared instance owned by ICU: never closed.
    const UNormalizer2 *instance = normalizer(form, &status);
    if (U_FAILURE(status)) {
        *error = status;
        return 0;
    }
    int32_t result = unorm2_normalize(instance, (const UChar *)source, length, (UChar *)dest, capacity, &status);
    *error = status;
    return result;
}

int32_t precis_quick_check(precis_normal_form form, const uint16_t *source, int32_t length, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *instance = normalizer(form, &status);
    if (U_FAILURE(status)) {
        *error = status;
        return 0;
    }
    UNormalizationCheckResult result = unorm2_quickCheck(instance, (const UChar *)source, length, &status);
    *error = status;
    switch (result) {
    case UNORM_NO: return 0;
    case UNORM_YES: return 1;
    default: return 2;
    }
}

int32_t precis_fold_case(const uint16_t *source, int32_t length, uint16_t *dest, int32_t capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t result = u_strFoldCase((UChar *)dest, capacity, (const UChar *)source, length, U_FOLD_CASE_DEFAULT, &status);
    *error = status;
    return result;
}

// MARK: Character properties

int32_t precis_script(uint32_t codepoint) {
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript((UChar32)codepoint, &status);
    return U_FAILURE(status) ? USCRIPT_INVALID_CODE : (int32_t)script;
}

const char *precis_script_code(int32_t script) {
    const char *name = uscript_getShortName((UScriptCode)script);
    return name == NULL ? "Zzzz" : name;
}

// MARK: Calendar names

int32_t precis_calendar_names(const char *locale, uint16_t *dest, int32_t capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    char gregorian[ULOC_FULLNAME_CAPACITY + 32];
    snprintf(gregorian, sizeof(gregorian), "%s@calendar=gregorian", locale);
    // In UTC: the names need no time zone, and the default zone would load the zone data.
    static const UChar utc[] = {'U', 'T', 'C'};
    UDateFormat *format = udat_open(UDAT_NONE, UDAT_MEDIUM, gregorian, utc, 3, NULL, 0, &status);
    if (U_FAILURE(status)) {
        *error = status;
        return 0;
    }
    // A language without calendar data of its own falls back to the default locale's or the
    // root's ("M01", "Sun"): none.
    UErrorCode localeStatus = U_ZERO_ERROR;
    const char *actual = udat_getLocaleByType(format, ULOC_ACTUAL_LOCALE, &localeStatus);
    char wanted[ULOC_LANG_CAPACITY] = {0}, found[ULOC_LANG_CAPACITY] = {0};
    if (U_SUCCESS(localeStatus) && actual != NULL) {
        uloc_getLanguage(locale, wanted, ULOC_LANG_CAPACITY, &localeStatus);
        uloc_getLanguage(actual, found, ULOC_LANG_CAPACITY, &localeStatus);
    }
    if (U_FAILURE(localeStatus) || actual == NULL || found[0] == 0 || strcmp(wanted, found) != 0) {
        udat_close(format);
        *error = U_ZERO_ERROR;
        return 0;
    }
    const UDateFormatSymbolType types[] = {UDAT_MONTHS, UDAT_STANDALONE_MONTHS, UDAT_WEEKDAYS, UDAT_STANDALONE_WEEKDAYS};
    int32_t length = 0;
    UChar name[128];
    for (size_t t = 0; t < sizeof(types) / sizeof(types[0]); t++) {
        int32_t count = udat_countSymbols(format, types[t]);
        for (int32_t i = 0; i < count; i++) {
            UErrorCode nameStatus = U_ZERO_ERROR;
            int32_t nameLength = udat_getSymbols(format, types[t], i, name, (int32_t)(sizeof(name) / sizeof(name[0])), &nameStatus);
            // Weekdays count from 1: index 0 is empty.
            if (U_FAILURE(nameStatus) || nameLength <= 0) continue;
            if (length + nameLength + 1 <= capacity) {
                memcpy(dest + length, name, (size_t)nameLength * sizeof(UChar));
                dest[length + nameLength] = 0x0A;
            }
            length += nameLength + 1;
        }
    }
    udat_close(format);
    *error = length > capacity ? U_BUFFER_OVERFLOW_ERROR : U_ZERO_ERROR;
    return length;
}

// MARK: Transliteration

struct precis_transliterator {
    UTransliterator *transliterator;
};

precis_transliterator *precis_transliterator_open(const uint16_t *id, int32_t id_length, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UTransliterator *handle = utrans_openU((const UChar *)id, id_length, UTRANS_FORWARD, NULL, 0, NULL, &status);
    *error = status;
    if (U_FAILURE(status) || handle == NULL) {
        return NULL;
    }
    precis_transliterator *result = (precis_transliterator *)malloc(sizeof(precis_transliterator));
    if (result == NULL) {
        utrans_close(handle);
        *error = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    result->transliterator = handle;
    return result;
}

void precis_transliterator_close(precis_transliterator *transliterator) {
    if (transliterator == NULL) {
        return;
    }
    utrans_close(transliterator->transliterator);
    free(transliterator);
}

void precis_transliterator_transform(precis_transliterator *transliterator, uint16_t *buffer,
                                     int32_t *length, int32_t capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t limit = *length;
    utrans_transUChars(transliterator->transliterator, (UChar *)buffer, length, capacity, 0, &limit, &status);
    *error = status;
}

// MARK: Charset detection

enum { PRECIS_MAX_CANDIDATES = 32, PRECIS_MAX_NAME = 48 };

struct precis_charset_detector {
    UCharsetDetector *detector;
    int32_t count;
    char names[PRECIS_MAX_CANDIDATES][PRECIS_MAX_NAME];
    int32_t confidences[PRECIS_MAX_CANDIDATES];
};

precis_charset_detector *precis_charset_detector_open(int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *handle = ucsdet_open(&status);
    *error = status;
    if (U_FAILURE(status) || handle == NULL) {
        return NULL;
    }
    precis_charset_detector *result = (precis_charset_detector *)calloc(1, sizeof(precis_charset_detector));
    if (result == NULL) {
        ucsdet_close(handle);
        *error = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    result->detector = handle;
    return result;
}

void precis_charset_detector_close(precis_charset_detector *detector) {
    if (detector == NULL) {
        return;
    }
    ucsdet_close(detector->detector);
    free(detector);
}

int32_t precis_charset_detect(precis_charset_detector *detector, const char *bytes, int32_t length, int32_t *error) {
    static const char empty[1] = {0};
    UErrorCode status = U_ZERO_ERROR;
    detector->count = 0;
    ucsdet_setText(detector->detector, bytes, length, &status);
    int32_t count = 0;
    const UCharsetMatch **matches = U_SUCCESS(status) ? ucsdet_detectAll(detector->detector, &count, &status) : NULL;
    if (U_SUCCESS(status) && matches != NULL) {
        for (int32_t i = 0; i < count && detector->count < PRECIS_MAX_CANDIDATES; i++) {
            UErrorCode itemStatus = U_ZERO_ERROR;
            const char *name = ucsdet_getName(matches[i], &itemStatus);
            int32_t confidence = ucsdet_getConfidence(matches[i], &itemStatus);
            if (U_FAILURE(itemStatus) || name == NULL) {
                continue;
            }
            strncpy(detector->names[detector->count], name, PRECIS_MAX_NAME - 1);
            detector->names[detector->count][PRECIS_MAX_NAME - 1] = 0;
            detector->confidences[detector->count] = confidence;
            detector->count += 1;
        }
    }
    *error = status;
    // Detach from the caller's bytes.
    UErrorCode ignored = U_ZERO_ERROR;
    ucsdet_setText(detector->detector, empty, 0, &ignored);
    return detector->count;
}

const char *precis_charset_candidate_name(precis_charset_detector *detector, int32_t index) {
    return (index >= 0 && index < detector->count) ? detector->names[index] : "";
}

int32_t precis_charset_candidate_confidence(precis_charset_detector *detector, int32_t index) {
    return (index >= 0 && index < detector->count) ? detector->confidences[index] : 0;
}

// MARK: Charset conversion

struct precis_converter {
    UConverter *converter;
};

precis_converter *precis_converter_open(const char *name, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    if (name == NULL || name[0] == 0) {
        // ucnv_open would open the platform's default converter.
        *error = U_ILLEGAL_ARGUMENT_ERROR;
        return NULL;
    }
    UConverter *handle = ucnv_open(name, &status);
    if (U_SUCCESS(status) && handle != NULL) {
        ucnv_setToUCallBack(handle, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    }
    *error = status;
    if (U_FAILURE(status) || handle == NULL) {
        if (handle != NULL) {
            ucnv_close(handle);
        }
        return NULL;
    }
    precis_converter *result = (precis_converter *)malloc(sizeof(precis_converter));
    if (result == NULL) {
        ucnv_close(handle);
        *error = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    result->converter = handle;
    return result;
}

void precis_converter_close(precis_converter *converter) {
    if (converter == NULL) {
        return;
    }
    ucnv_close(converter->converter);
    free(converter);
}

const char *precis_converter_standard_name(precis_converter *converter) {
    UErrorCode status = U_ZERO_ERROR;
    const char *canonical = ucnv_getName(converter->converter, &status);
    if (U_FAILURE(status) || canonical == NULL) {
        return "";
    }
    const char *standards[] = {"MIME", "IANA"};
    for (int i = 0; i < 2; i++) {
        UErrorCode lookup = U_ZERO_ERROR;
        const char *name = ucnv_getStandardName(canonical, standards[i], &lookup);
        if (U_SUCCESS(lookup) && name != NULL && name[0] != 0) {
            return name;
        }
    }
    return canonical;
}

int32_t precis_converter_to_utf16(precis_converter *converter, const char *source, int32_t length,
                                  uint16_t *dest, int32_t capacity, int32_t *bad_offset,
                                  int32_t *bad_length, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    ucnv_resetToUnicode(converter->converter);
    const char *input = source;
    UChar *output = (UChar *)dest;
    ucnv_toUnicode(converter->converter, &output, (UChar *)dest + capacity, &input, source + length, NULL, 1, &status);
    *bad_offset = -1;
    *bad_length = 0;
    if (status == U_ILLEGAL_CHAR_FOUND || status == U_INVALID_CHAR_FOUND || status == U_TRUNCATED_CHAR_FOUND) {
        // The converter has consumed the offending bytes; it hands them back.
        char invalid[32];
        int8_t invalid_length = (int8_t)sizeof(invalid);
        UErrorCode ignored = U_ZERO_ERROR;
        ucnv_getInvalidChars(converter->converter, invalid, &invalid_length, &ignored);
        if (U_FAILURE(ignored)) {
            invalid_length = 0;
        }
        *bad_length = invalid_length;
        *bad_offset = (int32_t)(input - source) - invalid_length;
    }
    *error = status;
    return (int32_t)(output - (UChar *)dest);
}
