#!/usr/bin/env python3
"""Builds the seed corpus of the Precis fuzz target from evaluation texts.

Takes small slices (the first and a middle KILOBYTES of UTF-8, cut at character boundaries) of a
few texts per language and dataset, so that the fuzzer starts from real sentences in many scripts:
Latin, Cyrillic, Greek, Arabic, Devanagari and other Indic scripts, Chinese, Japanese, Korean and
Thai. A few variants are added (a byte-order mark, CRLF line ends, text with no final newline, a
mixed-script paragraph). The evaluation data stays where it is: the seeds are written to OUT,
which is not part of the repository.

    python3 Fuzz/seed_corpus.py [EVAL] [OUT]      (defaults: ../shared/eval, Fuzz/seeds)
"""

import hashlib
import os
import sys
from pathlib import Path

SLICE = 2048          # bytes per slice
PER_GROUP = 2         # texts per dataset and language


def utf8_slice(data: bytes, start: int, size: int) -> bytes:
    """`size` bytes from `start`, moved to character boundaries at both ends."""
    while 0 < start < len(data) and (data[start] & 0xC0) == 0x80:
        start += 1
    end = min(len(data), start + size)
    while start < end < len(data) and (data[end] & 0xC0) == 0x80:
        end -= 1
    return data[start:end]


def texts(eval_dir: Path):
    """(group, path) for the texts to slice: PER_GROUP per dataset and language prefix."""
    for text in sorted(eval_dir.glob("segmentation/*/text.txt")):
        yield f"segmentation/{text.parent.name}", text
    for kind in ("summaries", "keywords"):
        for dataset in sorted(p for p in (eval_dir / kind).iterdir() if p.is_dir()):
            groups: dict[str, list[Path]] = {}
            for text in sorted(dataset.glob("*.txt")):
                # maked_bbc and similar sets name files <language>_<id>.txt.
                prefix = text.name.split("_")[0] if "_" in text.name else ""
                groups.setdefault(prefix, []).append(text)
            for prefix, paths in groups.items():
                for path in paths[:PER_GROUP]:
                    yield f"{kind}/{dataset.name}/{prefix}", path


def main() -> int:
    eval_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/eval")
    out = Path(sys.argv[2] if len(sys.argv) > 2 else "Fuzz/seeds")
    if not eval_dir.is_dir():
        print(f"seed_corpus.py: no evaluation data at {eval_dir}; give its path", file=sys.stderr)
        return 1
    out.mkdir(parents=True, exist_ok=True)
    seeds: list[bytes] = []
    for _, path in texts(eval_dir):
        data = path.read_bytes()
        seeds.append(utf8_slice(data, 0, SLICE))
        if len(data) > 3 * SLICE:
            seeds.append(utf8_slice(data, len(data) // 2, SLICE))
    # Variants of a few seeds: how files arrive that the plain texts do not show.
    for seed in seeds[::9]:
        seeds.append(b"\xef\xbb\xbf" + seed)
        seeds.append(seed.replace(b"\n", b"\r\n"))
        seeds.append(seed[: SLICE // 4].rstrip(b"\n"))
    seeds.append(
        "Президент Владимир Путин встретился с Αλέξης Τσίπρας в 北京. "
        "プーチン大統領は東京を訪れた。שלום עולם. ภาษาไทยง่าย\n\n"
        "Dr. Smith (U.S.) said: «Ça va?» — 서울은 날씨가 좋습니다. भारत दिल्ली।\n".encode()
    )
    written = 0
    for seed in seeds:
        if not seed:
            continue
        name = hashlib.sha1(seed).hexdigest()
        target = out / name
        if not target.exists():
            target.write_bytes(seed)
            written += 1
    total = sum(1 for _ in out.iterdir())
    print(f"seed corpus: {written} new, {total} in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
