#!/usr/bin/env python3
"""Where `precis batch` spends its instructions, stage by stage, from callgrind profiles.

Inclusive instruction counts of the functions that make up each stage of the per-document
pipeline (read, language ID, segmentation and its parts, keywords and their parts, summary,
JSON), one column per profile, so that a profile before a change and one after can be compared.
Counts are deterministic, unlike times on a shared machine. Stages whose functions the optimiser
inlined into their caller show as 0.

Valgrind cannot read the DWARF of Swift release builds, so profile a copy without debug
information (symbols stay):

  swift build -c release --product precis
  objcopy --strip-debug .build/release/precis /tmp/precis-nodbg
  mkdir -p /tmp/batch200 && ls DIR/*.txt | head -200 | xargs -I{} ln -sf {} /tmp/batch200/
  valgrind --tool=callgrind --callgrind-out-file=/tmp/after.out \
      /tmp/precis-nodbg batch -n 3 -k 10 --lang en --jobs 1 /tmp/batch200 > /dev/null
  bench/profile_stages.py /tmp/before.out /tmp/after.out
"""
import re
import subprocess
import sys

STAGES = [
 ("whole process", r"^\?\?\?:\(below main\)"),
 ("read + UTF-8 check (InputFile.load)", r"static InputFile\.load\("),
 ("language ID (LanguageIdentifier.identify)", r"LanguageIdentifier\.identify\("),
 ("segmentation, all (Segmenter.segment)", r"^\?\?\?:Segmenter\.segment\(_:\)"),
 ("  NFC check + UTF-16 copy (Normalizer.nfc)", r"Normalizer\.nfc\("),
 ("  wrapped-line joining (LineStructure)", r"LineStructure\.joinWrappedLines"),
 ("  ICU boundaries (BreakIterator.boundaries)", r"BreakIterator\.boundaries\("),
 ("  sentence rules (SentenceRules.refine)", r"SentenceRules\.refine\("),
 ("  token keys: fold/stem/stopwords + interning", r"(closure #3 in Segmenter\.segment\(nfcText|WordTable\.entry\(|WordCache\.entry\()"),
 ("  Document assembly (DocumentBuilder.build)", r"DocumentBuilder\.build\("),
 ("keywords, all (KeywordExtractor.keywords)", r"KeywordExtractor\.keywords\(in:count:\)"),
 ("  candidates (CandidateExtractor)", r"CandidateExtractor\.(candidates|table)\(in:\)"),
 ("  scoring + IDF lookups (KeywordRanker.score/rank)", r"KeywordRanker\.(score|rank)\(_:sentenceCount:idf:\)"),
 ("  IDF model parse, once per process", r"specialized static IDFModel\.parse\("),
 ("summary (Summarizer.summarize)", r"Summarizer\.summarize\(_:length:\)"),
 ("  graph + PageRank (Summarizer.rank)", r"Summarizer\.rank\("),
 ("JSON encoding (JSONEncoder.encode)", r"^\?\?\?:JSONEncoder\.encode<A>\("),
]
def costs(path):
    out = subprocess.run(f"callgrind_annotate --inclusive=yes --threshold=100 {path} 2>/dev/null | swift demangle --simplified", shell=True, capture_output=True, text=True).stdout
    rows = []
    for line in out.split("\n"):
        m = re.match(r"\s*([\d,]+) \([ \d.]+%\)\s+(.*)", line)
        if m: rows.append((int(m.group(1).replace(",", "")), m.group(2)))
    return rows
files = sys.argv[1:]
tables = [costs(f) for f in files]
def find(rows, pattern):
    total = 0; seen = set()
    for c, name in rows:
        if re.search(pattern, name) and name not in seen:
            seen.add(name); total = max(total, c) if "|" not in pattern else total + c
    return total
totals = [find(r, STAGES[0][1]) for r in tables]
print("| stage | " + " | ".join(f"{f.split('/')[-1]} (M instr, %)" for f in files) + " |")
print("|---|" + "---|" * len(files))
for name, pattern in STAGES:
    vals = [find(r, pattern) for r in tables]
    print(f"| {name} | " + " | ".join(f"{v/1e6:,.0f} ({100*v/t:.1f}%)" for v, t in zip(vals, totals)) + " |")
