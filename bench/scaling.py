#!/usr/bin/env python3
"""Time and peak memory of `precis summarize` on one document of 10 KB, 100 KB, 1 MB and 10 MB.

The documents are English news (the BBC articles in ../shared/data/background/en that no
evaluation set uses), paragraphs in their order, then again in a seeded shuffled order until the
size is reached: a 10 MB "book" of 80,000 sentences. Each size is run --runs times (median);
wall time and maximum resident set size come from /usr/bin/time. Segmentation alone (`precis
segment --words`) is timed on the same files, to show where the time goes.

    python3 bench/scaling.py [--precis .build/release/precis] [--runs 3] [--out bench/results]
"""
import argparse
import os
import random
import re
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SIZES = [("10 KB", 10_000), ("100 KB", 100_000), ("1 MB", 1_000_000), ("10 MB", 10_000_000)]


def paragraphs(source):
    with open(source, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip()]


def build(paras, size):
    out, total, rng, order = [], 0, random.Random(7), list(paras)
    while True:
        for p in order:
            if total + len(p.encode()) + 2 > size:
                return "\n\n".join(out) + "\n"
            out.append(p)
            total += len(p.encode()) + 2
        rng.shuffle(order)


def measure(cmd):
    result = subprocess.run(["/usr/bin/time", "-f", "%e %M"] + cmd, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, check=True)
    seconds, kilobytes = result.stderr.strip().splitlines()[-1].split()
    return float(seconds), int(kilobytes) / 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--precis", default=os.path.join(HERE, "..", ".build", "release", "precis"))
    ap.add_argument("--source", default=os.path.join(HERE, "..", "..", "shared", "data", "background", "en",
                                                     "bbc_news_summary_unused_articles.txt"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--out", default=os.path.join(HERE, "results"))
    args = ap.parse_args()
    folder = os.path.join(args.out, "scaling")
    os.makedirs(folder, exist_ok=True)
    paras = paragraphs(args.source)
    rows = []
    for label, size in SIZES:
        path = os.path.join(folder, f"doc-{size}.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(build(paras, size))
        actual = os.path.getsize(path)
        summ = [measure([args.precis, "summarize", "-n", "10", "--lang", "en", path]) for _ in range(args.runs)]
        seg = [measure([args.precis, "segment", "--words", "--lang", "en", path]) for _ in range(args.runs)]
        rows.append((label, actual, statistics.median(s for s, _ in summ), max(m for _, m in summ),
                     statistics.median(s for s, _ in seg), max(m for _, m in seg)))
        print(f"{label}: done", file=sys.stderr)
    print("| document | bytes | summarize s | s per MB | peak MB | segment-only s | segment peak MB |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for label, size, s, m, seg_s, seg_m in rows:
        print(f"| {label} | {size:,} | {s:.2f} | {s / (size / 1e6):.2f} | {m:.0f} | {seg_s:.2f} | {seg_m:.0f} |")


if __name__ == "__main__":
    main()
