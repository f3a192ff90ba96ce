#!/usr/bin/env python3
"""How well `precis` tells the encoding of legacy and BOM-less Unicode files, per confidence threshold.

Texts of the evaluation set ($EVAL: news, encyclopedia, abstracts and treebank text in en, fr, es,
pt, de, pl, el, tr, ru, uk, zh, ja, ko) are cut to their first 60, 200, 1,000 and 100,000
characters and written, in a temporary folder only, in 16 encodings (windows-1250/1251/1252,
ISO-8859-1/2/5/7/9, KOI8-R, GB18030, Shift_JIS, EUC-JP, EUC-KR, UTF-16LE/BE without a byte-order
mark); characters an encoding lacks are dropped, and files that end up ASCII are skipped. Random
bytes and files mixing two encodings are added as texts that must be refused. `precis encoding
--minimum-confidence 0` reports each file's encoding and ICU's confidence; a decoding is right when
it gives the same text as the true encoding. For each threshold the script prints how many files
are decoded right, decoded wrong, and refused.

    python3 bench/encodings.py [--precis .build/release/precis] [--eval ../shared/eval]
"""
import argparse
import collections
import glob
import os
import random
import subprocess
import tempfile

PLAN = {
    "windows-1252": ["en", "fr", "es", "pt", "de"], "ISO-8859-1": ["fr", "es", "pt", "de"],
    "ISO-8859-2": ["pl"], "windows-1250": ["pl"], "ISO-8859-7": ["el"], "ISO-8859-9": ["tr"],
    "windows-1251": ["ru", "uk"], "KOI8-R": ["ru"], "ISO-8859-5": ["ru"],
    "GB18030": ["zh"], "Shift_JIS": ["ja"], "EUC-JP": ["ja"], "EUC-KR": ["ko"],
    "UTF-16LE": ["en", "ru", "zh", "ja", "ko", "el"], "UTF-16BE": ["en", "ru", "zh", "ja", "ko", "el"],
}
SIZES = (60, 200, 1000, 100_000)
THRESHOLDS = (0, 10, 15, 20, 25, 30, 40, 50)


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def chunks(path, count, size=3000):
    out, current = [], ""
    for line in read(path).split("\n"):
        current += line + "\n"
        if len(current) >= size:
            out.append(current)
            current = ""
        if len(out) >= count:
            break
    return out


def sources(root):
    rng = random.Random(1)

    def pick(pattern, n):
        files = sorted(glob.glob(os.path.join(root, pattern)))
        rng.shuffle(files)
        return [read(f) for f in files[:n]]

    return {
        "en": pick("summaries/bbc_news_summary/*.txt", 30) + pick("summaries/maked_bbc/en_*.txt", 20),
        "fr": pick("keywords/WikiNews-fr/*.txt", 30),
        "es": pick("summaries/maked_bbc/es_*.txt", 30),
        "pt": pick("summaries/temario/*.txt", 30),
        "de": pick("summaries/klexikon_de/*.txt", 30),
        "pl": pick("keywords/pak2018/*.txt", 30),
        "el": chunks(os.path.join(root, "segmentation/el/text.txt"), 30),
        "ru": pick("summaries/maked_bbc/ru_*.txt", 14) + chunks(os.path.join(root, "segmentation/ru/text.txt"), 16),
        "uk": pick("summaries/maked_bbc/uk_*.txt", 14),
        "zh": pick("summaries/maked_bbc/zh_*.txt", 14) + chunks(os.path.join(root, "segmentation/zh/text.txt"), 16),
        "ja": pick("keywords/ja_kpe_abeja_cc/*.txt", 16) + pick("summaries/maked_bbc/ja_*.txt", 14),
        "ko": chunks(os.path.join(root, "segmentation/ko/text.txt"), 30),
        "tr": chunks(os.path.join(root, "segmentation/tr/text.txt"), 20),
    }


def write_corpus(folder, texts):
    """The encoded files: path -> (encoding, size)."""
    index = {}
    for encoding, languages in PLAN.items():
        for language in languages:
            for number, text in enumerate(texts[language]):
                for size in SIZES:
                    data = text[:size].encode(encoding, errors="ignore")
                    if data == text[:size].encode("utf-8"):
                        continue
                    path = os.path.join(folder, f"{encoding}.{language}.{number}.{size}.txt")
                    with open(path, "wb") as f:
                        f.write(data)
                    index[path] = (encoding, size)
    return index


def write_refusals(folder, texts):
    """Files no encoding fits: random bytes, and texts in two encodings at once."""
    rng = random.Random(7)
    paths = []
    for size in (60, 200, 1000, 10_000):
        for number in range(5):
            for name, alphabet in (("high", range(0x80, 0x100)), ("printable", list(range(0x20, 0x7F)) + list(range(0x80, 0x100)))):
                path = os.path.join(folder, f"random-{name}.{size}.{number}.bin")
                with open(path, "wb") as f:
                    f.write(bytes(rng.choice(alphabet) for _ in range(size)))
                paths.append(path)
    ru, ja, zh = texts["ru"][0][:1500], texts["ja"][0][:800], texts["zh"][0][:800]
    for name, data in (
        ("utf8-cp1251", ru[:700].encode("utf-8") + ru[700:].encode("cp1251", errors="ignore")),
        ("cp1251-sjis", ru[:700].encode("cp1251", errors="ignore") + ja.encode("shift_jis", errors="ignore")),
        ("gb-sjis", zh.encode("gb18030") + ja.encode("shift_jis", errors="ignore")),
    ):
        path = os.path.join(folder, f"mixed-{name}.bin")
        with open(path, "wb") as f:
            f.write(data)
        paths.append(path)
    return paths


def run(precis, paths):
    """path -> (encoding, confidence); confidence 101 when not guessed; missing when refused."""
    result = {}
    for start in range(0, len(paths), 500):
        done = subprocess.run([precis, "encoding", "--minimum-confidence", "0"] + paths[start:start + 500],
                              capture_output=True, text=True)
        for line in done.stdout.splitlines():
            path, encoding, how = line.split("\t")
            result[path] = (encoding, int(how.split(":")[1]) if how.startswith("detected:") else 101)
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--precis", default=".build/release/precis")
    parser.add_argument("--eval", default=os.environ.get("EVAL", "../shared/eval"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="precis-encodings-") as folder:
        texts = sources(args.eval)
        index = write_corpus(folder, texts)
        refusals = write_refusals(folder, texts)
        found = run(args.precis, sorted(index) + refusals)
        rows = []
        for path, (encoding, size) in index.items():
            with open(path, "rb") as f:
                data = f.read()
            name, confidence = found.get(path, (None, -1))
            try:
                right = name is not None and data.decode(name.replace("-I", "")) == data.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                right = False
            rows.append((encoding, size, confidence, right))
        print(f"{len(rows)} encoded texts, {len(refusals)} that no encoding fits")
        print("| minimum confidence | decoded right | decoded wrong | refused | no-encoding files accepted |")
        print("|---:|---:|---:|---:|---:|")
        for threshold in THRESHOLDS:
            right = sum(1 for r in rows if r[2] >= threshold and r[3])
            wrong = sum(1 for r in rows if r[2] >= threshold and not r[3])
            accepted = sum(1 for p in refusals if found.get(p, (None, -1))[1] >= threshold)
            print(f"| {threshold} | {right} | {wrong} | {len(rows) - right - wrong} | {accepted} of {len(refusals)} |")
        wrong = collections.Counter((r[0], found_name) for r, found_name in
                                    ((r, found.get(p, (None,))[0]) for p, r in zip(index, rows)) if r[2] >= 20 and not r[3])
        print("wrong at 20 (true encoding, reported):", dict(wrong))


if __name__ == "__main__":
    main()
