#!/usr/bin/env python3
"""Time and peak memory of `precis summarize` and `precis keywords` on very large inputs.

Two kinds of input, made at run time in a temporary folder (nothing is committed):

  book  English prose: the background corpus text repeated, each copy with its paragraphs in
        another order (so repeats are not identical), cut at a paragraph end near the size.
  line  One line without sentence punctuation: the same words, punctuation removed, joined by
        single spaces, no line break (a log line, an unpunctuated transcript).

For each kind and size it runs `/usr/bin/time -v precis summarize -n 10 FILE` and
`precis keywords -k 10 FILE` and prints a Markdown table of wall time, MB/s and peak resident
memory, and the growth from one size to the next (linear growth: time and memory ×10 per size ×10).

  bench/limits.py [--precis .build/release/precis] [--sizes 1,10,100] [--source FILE]
"""

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SOURCE = os.path.join(HERE, "..", "..", "shared", "data", "background", "en", "bbc_news_summary_unused_articles.txt")


def make_book(paragraphs, size, path):
    """Writes about `size` bytes of prose: copies of the paragraphs, each copy shuffled."""
    rng = random.Random(42)
    written = 0
    with open(path, "w", encoding="utf-8") as out:
        while written < size:
            order = paragraphs[:]
            rng.shuffle(order)
            for paragraph in order:
                out.write(paragraph + "\n\n")
                written += len(paragraph.encode("utf-8")) + 2
                if written >= size:
                    break


def make_line(words, size, path):
    """Writes about `size` bytes of words separated by spaces, on one line, no punctuation."""
    rng = random.Random(7)
    written = 0
    with open(path, "w", encoding="utf-8") as out:
        while written < size:
            start = rng.randrange(len(words))
            chunk = " ".join(words[start:start + 5000]) + " "
            out.write(chunk)
            written += len(chunk.encode("utf-8"))


def measure(command):
    """Wall seconds and peak RSS (MB) of a command, from /usr/bin/time -v."""
    result = subprocess.run(["/usr/bin/time", "-v"] + command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{result.stderr[-2000:]}")
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", result.stderr).group(1)
    seconds = 0.0
    for part in wall.split(":"):
        seconds = seconds * 60 + float(part)
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1)) / 1024
    return seconds, rss


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--precis", default=os.path.join(HERE, "..", ".build", "release", "precis"))
    parser.add_argument("--sizes", default="1,10,100", help="sizes in MB, comma-separated")
    parser.add_argument("--source", default=DEFAULT_SOURCE, help="English text to build inputs from")
    args = parser.parse_args()

    text = open(args.source, encoding="utf-8").read()
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n|\n", text) if p.strip()]
    words = re.sub(r"[^\w\s]", " ", text).split()
    sizes = [int(s) for s in args.sizes.split(",")]

    print("| input | MB | command | wall s | MB/s | peak RSS MB | time × | memory × |")
    print("|---|---:|---|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory(prefix="precis-limits-") as folder:
        for kind, make, source in (("book", make_book, paragraphs), ("line", make_line, words)):
            previous = {}
            for size in sizes:
                path = os.path.join(folder, f"{kind}-{size}MB.txt")
                make(source, size * 1_000_000, path)
                actual = os.path.getsize(path) / 1e6
                for name, command in (("summarize -n 10", ["summarize", "-n", "10"]), ("keywords -k 10", ["keywords", "-k", "10"])):
                    seconds, rss = measure([args.precis] + command + [path])
                    growth = ("", "")
                    if name in previous:
                        growth = (f"{seconds / previous[name][0]:.1f}", f"{rss / previous[name][1]:.1f}")
                    previous[name] = (seconds, rss)
                    print(f"| {kind} | {actual:.0f} | {name} | {seconds:.2f} | {actual / seconds:.1f} | {rss:.0f} | {growth[0]} | {growth[1]} |", flush=True)
                os.remove(path)


if __name__ == "__main__":
    main()
