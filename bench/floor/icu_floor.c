/* The floor for `precis batch`: one plain ICU pass over each file, as Precis's own segmentation
 * starts: read the file, convert UTF-8 to UTF-16, and walk ICU's sentence and word boundaries.
 * Nothing else (no rules, no normalisation, no scoring). Prints files, bytes, sentences, words.
 *
 *   cc -O2 icu_floor.c $(pkg-config --cflags --libs icu-uc icu-i18n) -o icu_floor
 *   icu_floor FILE...        (or file names one a line on standard input)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>

static long files, bytes, sentences, words;
static UBreakIterator *sentence_iter, *word_iter;

static void pass(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); return; }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *utf8 = malloc(size + 1);
    if (fread(utf8, 1, size, f) != (size_t)size) { fclose(f); free(utf8); return; }
    fclose(f);
    UChar *utf16 = malloc(sizeof(UChar) * (size + 1));
    int32_t length = 0;
    UErrorCode status = U_ZERO_ERROR;
    u_strFromUTF8(utf16, size + 1, &length, utf8, size, &status);
    if (U_FAILURE(status)) { fprintf(stderr, "%s: %s\n", path, u_errorName(status)); goto done; }
    ubrk_setText(sentence_iter, utf16, length, &status);
    while (ubrk_next(sentence_iter) != UBRK_DONE) sentences++;
    ubrk_setText(word_iter, utf16, length, &status);
    while (ubrk_next(word_iter) != UBRK_DONE)
        if (ubrk_getRuleStatus(word_iter) != UBRK_WORD_NONE) words++;
    files++;
    bytes += size;
done:
    free(utf16);
    free(utf8);
}

int main(int argc, char **argv) {
    UErrorCode status = U_ZERO_ERROR;
    sentence_iter = ubrk_open(UBRK_SENTENCE, "en", NULL, 0, &status);
    word_iter = ubrk_open(UBRK_WORD, "en", NULL, 0, &status);
    if (U_FAILURE(status)) { fprintf(stderr, "ubrk_open: %s\n", u_errorName(status)); return 2; }
    if (argc > 1) {
        for (int i = 1; i < argc; i++) pass(argv[i]);
    } else {
        char line[4096];
        while (fgets(line, sizeof line, stdin)) {
            line[strcspn(line, "\n")] = 0;
            if (*line) pass(line);
        }
    }
    printf("%ld files, %ld bytes, %ld sentences, %ld words\n", files, bytes, sentences, words);
    ubrk_close(word_iter);
    ubrk_close(sentence_iter);
    return 0;
}
