// The only file in Precis that includes ICU's headers (see include/precis_icu.h).

#include "precis_icu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
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
