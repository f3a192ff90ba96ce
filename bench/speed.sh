#!/usr/bin/env bash
# Speed of `precis batch` against summa, sumy and YAKE, and against the floor: a plain ICU
# sentence-and-word boundary pass over the same files (bench/floor/icu_floor.c), all timed in one
# run by the shared harness (../shared/bench/bench_speed.py) on its 1,000-document English news
# corpus (4.1 MB). Peers: library import + one pass (their "whole-process" estimate); Precis and
# the floor: the whole process. Median of RUNS (3) runs.
#
#   bench/speed.sh [OUT_DIR]        (make bench)
source "$(dirname "$0")/common.sh"
CORPUS=${SPEED_CORPUS:-${XDG_CACHE_HOME:-$HOME/.cache}/precis-bench/speed_corpus}
[[ -d $CORPUS ]] || "$PY" "$BENCH/make_speed_corpus.py" "$CORPUS"
FLOOR=$OUT/icu_floor
cc -O2 bench/floor/icu_floor.c $(pkg-config --cflags --libs icu-uc icu-i18n) -o "$FLOOR"
"$PY" "$BENCH/bench_speed.py" "$CORPUS" --lang en --runs "${RUNS:-3}" \
  --peers lead,summa-textrank,sumy-textrank,sumy-lexrank,nx-textrank,yake,summa-textrank-kw,rake-nltk,tfidf \
  --ours "$PRECIS batch -q --force -n {n} -k {k} --lang en -o {out}/records.jsonl {dir}" --ours-name "precis batch" \
  --ours "$PRECIS batch -q --force --jobs 1 -n {n} -k {k} --lang en -o {out}/records.jsonl {dir}" --ours-name "precis batch --jobs 1" \
  --ours "$PRECIS batch -q --force -n {n} -k {k} -o {out}/records.jsonl {dir}" --ours-name "precis batch --lang auto" \
  --ours "$PRECIS batch -q --force -n {n} --lang en -o {out}/records.jsonl {dir}" --ours-name "precis batch, summaries" \
  --ours "$PRECIS batch -q --force -k {k} --no-summary --lang en -o {out}/records.jsonl {dir}" --ours-name "precis batch, keywords" \
  --ours "$FLOOR {dir}/*.txt > {out}/counts" --ours-name "ICU floor" \
  --ours "ls -d {dir}/*.txt | xargs -P 2 -n 500 $FLOOR > {out}/counts" --ours-name "ICU floor, 2 processes" \
  --json "$OUT/speed.json" --md "$OUT/speed.md" >/dev/null
python3 - "$OUT/speed.json" <<'PY' | tee "$OUT/speed-ratios.md"
import json, sys
results = [r for r in json.load(open(sys.argv[1]))["results"] if "error" not in r]
by = {r["peer"]: r for r in results}
def seconds(r):  # the whole job, start-up included
    return r["process_est_s"] if r["kind"] != "ours" else r["median_s"]
def docs_per_s(name): return by[name]["ndocs"] / seconds(by[name])
def mb_per_s(name): return by[name]["bytes"] / seconds(by[name]) / 1e6
print("| system | task | docs/s (whole process) | MB/s |")
print("|---|---|---:|---:|")
for r in results:
    task = {"summ": "summary", "kw": "keywords"}.get(r["kind"], "")
    if r["kind"] == "ours":
        task = "segmentation only" if "floor" in r["peer"] else "summary" if "summaries" in r["peer"] else "keywords" if "keywords" in r["peer"] else "summary + keywords"
    print(f"| {r['peer']} | {task} | {docs_per_s(r['peer']):.0f} | {mb_per_s(r['peer']):.2f} |")
print()
ours = "precis batch"
if ours in by:
    print(f"`{ours}` (summary + keywords, 2 jobs):")
    for peer in ["summa-textrank", "sumy-textrank", "sumy-lexrank", "nx-textrank", "yake", "summa-textrank-kw", "rake-nltk"]:
        if peer in by:
            print(f"- {docs_per_s(ours) / docs_per_s(peer):.1f}× the documents per second of {peer}")
    for floor in ["ICU floor", "ICU floor, 2 processes"]:
        if floor in by:
            print(f"- {mb_per_s(ours) / mb_per_s(floor):.2f} of the MB/s of the {floor} ({mb_per_s(floor):.1f} MB/s)")
    if "precis batch --jobs 1" in by:
        print(f"- --jobs 1 → 2: {seconds(by['precis batch --jobs 1']) / seconds(by[ours]):.2f}× faster")
        if "ICU floor" in by:
            print(f"- --jobs 1: {mb_per_s('precis batch --jobs 1') / mb_per_s('ICU floor'):.2f} of the one-process floor's MB/s")
PY
