#!/usr/bin/env python3
"""Writes texts of the evaluation set in legacy and Unicode encodings, for the Spark demo.

    legacy_corpus.py --eval ../shared/eval OUT

Takes the news articles of $EVAL/summaries/maked_bbc in Russian, Ukrainian, Japanese, Chinese
and English and writes each, in a folder named after its encoding, below OUT:

    windows-1251/   ru and uk (and one more in windows-1251/_archive/: a folder name that
                    Hadoop's listing skips, and `precis batch` does not)
    KOI8-R/         ru
    Shift_JIS/, EUC-JP/   ja
    GB18030/        zh
    UTF-8-BOM/      zh, after a byte-order mark
    UTF-16LE-BOM/, UTF-16BE-BOM/   en, after a byte-order mark
    UTF-16LE/, UTF-16BE/           en, ru and ja, without one
    broken/         binary.txt (random bytes, NULs among them) and empty.txt: files that are not
                    text, which every reader must turn into error records

Characters an encoding lacks become "?". The texts are read from $EVAL at run time and written
only to OUT. Prints the number of files per folder.
"""
import argparse
import glob
import os
import random

# (language, folder, encoding, byte-order mark, how many)
PLAN = [
    ("ru", "windows-1251", "windows-1251", False, 4),
    ("uk", "windows-1251", "windows-1251", False, 2),
    ("ru", "windows-1251/_archive", "windows-1251", False, 1),
    ("ru", "KOI8-R", "koi8-r", False, 1),
    ("ru", "UTF-16LE", "utf-16-le", False, 1),
    ("ja", "Shift_JIS", "shift_jis", False, 3),
    ("ja", "EUC-JP", "euc-jp", False, 2),
    ("ja", "UTF-16BE", "utf-16-be", False, 1),
    ("zh", "GB18030", "gb18030", False, 4),
    ("zh", "UTF-8-BOM", "utf-8", True, 1),
    ("en", "UTF-16LE", "utf-16-le", False, 2),
    ("en", "UTF-16LE-BOM", "utf-16-le", True, 2),
    ("en", "UTF-16BE-BOM", "utf-16-be", True, 1),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--eval", default="../shared/eval", help="the evaluation set (default ../shared/eval)")
    parser.add_argument("out", help="the folder to write into")
    args = parser.parse_args()

    source = os.path.join(args.eval, "summaries", "maked_bbc")
    taken = {}
    written = {}
    for language, folder, encoding, bom, count in PLAN:
        texts = sorted(glob.glob(os.path.join(source, f"{language}_*.txt")))
        start = taken.get(language, 0)
        chosen = texts[start:start + count]
        taken[language] = start + count
        if len(chosen) < count:
            raise SystemExit(f"{source}: too few {language} texts ({len(texts)})")
        os.makedirs(os.path.join(args.out, folder), exist_ok=True)
        for path in chosen:
            with open(path, encoding="utf-8") as f:
                text = f.read()
            data = (("\ufeff" + text) if bom else text).encode(encoding, errors="replace")
            with open(os.path.join(args.out, folder, os.path.basename(path)), "wb") as f:
                f.write(data)
            written[folder] = written.get(folder, 0) + 1

    broken = os.path.join(args.out, "broken")
    os.makedirs(broken, exist_ok=True)
    noise = random.Random(13)
    with open(os.path.join(broken, "binary.txt"), "wb") as f:
        f.write(bytes(noise.randrange(256) for _ in range(4096)))
    open(os.path.join(broken, "empty.txt"), "wb").close()
    written["broken"] = 2
    print(", ".join(f"{folder} {n}" for folder, n in written.items()))


if __name__ == "__main__":
    main()
