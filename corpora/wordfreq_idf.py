#!/usr/bin/env python3
"""Estimate IDF models from word frequencies (the wordfreq package) for languages that have no
background corpus in ../shared/data/background.

A model counts in how many documents each key occurs. wordfreq gives each word's frequency f
(its share of all word tokens in large mixed corpora). If words were scattered at random, a
document of L words would contain a key with probability 1 - (1 - f)^L, so among N documents

    df = N * (1 - (1 - f)^L)

This script writes models for a nominal N = 1000 documents of L = 300 words (the length of a short
news article). Keys are single words only (wordfreq has no phrases), folded and stemmed by Precis
itself (`precis segment --format json`), so they match what keyword extraction looks up; the
frequencies of words that share a key add up. Stopwords are left out, as they never are keyword
candidates. Keys with an estimated df below MIN_DF are left out, as in the corpus models.

Real words cluster (a document about lakes says "lake" many times), so these estimates overstate
the df of content words; the ranking of words by df, which is what IDF weighting needs, is sound.

    python3 -m venv /tmp/wf && /tmp/wf/bin/pip install wordfreq
    PRECIS=.build/release/precis /tmp/wf/bin/python corpora/wordfreq_idf.py [LANG...]

Data: wordfreq 3.x (Robyn Speer, https://github.com/rspeer/wordfreq), whose word lists are
licensed CC BY-SA 4.0; the models it makes are CC BY-SA 4.0 too (see corpora/README.md).
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import wordfreq

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(os.environ.get("OUT", str(ROOT / "corpora" / "idf")))
N = 1000
L = 300
MIN_DF = int(os.environ.get("MIN_DF", "5"))
MAX_KEYS = int(os.environ.get("MAX_KEYS", "3000"))  # the most frequent keys kept, to keep Precis small
MAX_WORDS = 60000  # how far down each frequency list to look (it is sorted, most frequent first)

# Precis code -> wordfreq code, for languages with a stopword list and no background corpus.
# Korean is left out: wordfreq counts MeCab morphemes ("는", "다"), Precis words are ICU's
# space-delimited words, so the keys would not match.
LANGUAGES = {
    "bg": "bg", "bn": "bn", "ca": "ca", "cs": "cs", "da": "da", "el": "el", "fa": "fa", "fi": "fi",
    "he": "he", "hi": "hi", "hu": "hu", "id": "id", "it": "it", "lt": "lt", "lv": "lv",
    "ms": "ms", "nl": "nl", "no": "nb", "ro": "ro", "sk": "sk", "sl": "sl", "sv": "sv", "tr": "tr",
    "uk": "uk", "vi": "vi",
}


def document_frequency(f):
    return N * (1 - (1 - f) ** L)


def words_above_threshold(code):
    """The words of wordfreq's list, most frequent first, with their frequencies, down to a
    quarter of the threshold (words below it may still reach it together with others of the same
    key)."""
    frequencies = wordfreq.get_frequency_dict(code, "best")
    result = []
    for word, f in sorted(frequencies.items(), key=lambda item: (-item[1], item[0]))[:MAX_WORDS]:
        if document_frequency(f) < (MIN_DF - 0.5) / 4:
            break
        result.append((word, f))
    return result


def keys(precis, language, words):
    """Precis's key and stopword flag for each word, or None when the word is not one word token."""
    text = "\n\n".join(words) + "\n"
    run = subprocess.run([precis, "segment", "--format", "json", "--lang", language, "-"],
                         input=text.encode("utf-8"), capture_output=True, check=True)
    document = json.loads(run.stdout)
    tokens = [[] for _ in words]
    for sentence in document["sentences"]:
        paragraph = sentence["paragraph"]
        if paragraph < len(words):
            tokens[paragraph].extend(t for t in sentence["tokens"] if t.get("key") is not None)
    if len(document["paragraphs"]) != len(words):
        raise SystemExit(f"{language}: {len(words)} words became {len(document['paragraphs'])} paragraphs")
    result = []
    for word, found in zip(words, tokens):
        result.append((found[0]["key"], found[0]["stopword"]) if len(found) == 1 else None)
    return result


def build(precis, language, code):
    words = words_above_threshold(code)
    frequencies = {}
    for (word, f), analysed in zip(words, keys(precis, language, [w for w, _ in words])):
        if analysed is None or analysed[1] or "\t" in analysed[0]:
            continue
        # wordfreq writes every digit as 0 ("2024" -> "0000"), so numbers cannot be matched; and
        # single letters (an elided "l'") are never keyword candidates.
        if any(c.isdigit() for c in analysed[0]) or len(analysed[0]) < 2:
            continue
        frequencies[analysed[0]] = frequencies.get(analysed[0], 0.0) + f
    rows = sorted(((key, round(document_frequency(f))) for key, f in frequencies.items()),
                  key=lambda row: row[0].encode("utf-8"))
    rows = [(key, min(df, N)) for key, df in rows if df >= MIN_DF]
    if len(rows) > MAX_KEYS:
        # Raise the threshold until at most MAX_KEYS keys remain (keys of equal df stay or go
        # together, so the cut does not depend on their order).
        floor = sorted((df for _, df in rows), reverse=True)[MAX_KEYS]
        rows = [(key, df) for key, df in rows if df > floor]
    path = OUT / f"{language}.idf"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(f"precis-idf\t1\tlanguage={language}\tdocuments={N}\n")
        f.writelines(f"{key}\t{df}\n" for key, df in rows)
    print(f"{language}: {len(words)} words, {len(rows)} keys, {path.stat().st_size} bytes -> {path}",
          file=sys.stderr)


def main(argv):
    precis = os.environ.get("PRECIS", str(ROOT / ".build" / "release" / "precis"))
    chosen = argv or sorted(LANGUAGES)
    for language in chosen:
        if language not in LANGUAGES:
            raise SystemExit(f"{language}: not one of {' '.join(sorted(LANGUAGES))}")
        build(precis, language, LANGUAGES[language])


if __name__ == "__main__":
    main(sys.argv[1:])
