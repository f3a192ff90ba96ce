#!/usr/bin/env python3
"""Make a large corpus from a small one by repetition with variation.

Each pass over the source documents writes every document again into its own folder
(pass0001/, pass0002/, ... with 1,000 files or fewer per folder), its sentences rotated by the
pass number and a first line naming the copy, so that no two files are the same and summaries
and keywords vary. Stops once the corpus reaches --megabytes.

    make_big_corpus.py SOURCE_DIR OUT_DIR --megabytes 1024
"""
import argparse
import os
import re
import sys


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source")
    parser.add_argument("out")
    parser.add_argument("--megabytes", type=float, required=True)
    args = parser.parse_args()
    names = sorted(n for n in os.listdir(args.source) if n.endswith(".txt"))
    texts = []
    for name in names:
        with open(os.path.join(args.source, name), encoding="utf-8") as f:
            texts.append((name, re.split(r"(?<=[.!?])\s+", f.read().strip())))
    target = args.megabytes * 1e6
    written = 0
    copy = 0
    while written < target:
        copy += 1
        folder = os.path.join(args.out, f"pass{copy:04d}")
        os.makedirs(folder, exist_ok=True)
        for name, sentences in texts:
            shift = copy % max(1, len(sentences))
            body = " ".join(sentences[shift:] + sentences[:shift])
            data = f"Copy {copy} of {name[:-4]}.\n\n{body}\n".encode("utf-8")
            with open(os.path.join(folder, name), "wb") as f:
                f.write(data)
            written += len(data)
            if written >= target:
                break
    print(f"{args.out}: {written / 1e6:.0f} MB in {copy} passes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
