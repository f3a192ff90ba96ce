#!/usr/bin/env bash
# Speed of `precis batch` (summaries, keywords) against summa, sumy and YAKE, timed in one run by the shared
# harness (../shared/bench/bench_speed.py) on its 1,000-document English news corpus (4.1 MB), and
# the ratios. Peers: library import + one pass (their "whole-process" estimate); Precis: the whole
# process. Median of --runs 3.
#
#   bench/speed.sh [OUT_DIR]        (make bench)
source "$(dirname "$0")/common.sh"
CORPUS=${SPEED_CORPUS:-${XDG_CACHE_HOME:-$HOME/.cache}/precis-bench/speed_corpus}
[[ -d $CORPUS ]] || "$PY" "$BENCH/make_speed_corpus.py" "$CORPUS"
"$PY" "$BENCH/bench_speed.py" "$CORPUS" --lang en --runs "${RUNS:-3}" \
  --peers lead,summa-textrank,sumy-textrank,sumy-lexrank,nx-textrank,yake,summa-textrank-kw,rake-nltk,tfidf \
  --ours "$PRECIS batch --sentences {n} --lang en --out-dir {out} {dir}" --ours-name precis \
  --ours "$PRECIS batch --jobs 1 --sentences {n} --lang en --out-dir {out} {dir}" --ours-name "precis --jobs 1" \
  --ours "$PRECIS batch --sentences {n} --out-dir {out} {dir}" --ours-name "precis --lang auto" \
  --ours "$PRECIS batch -k {k} --no-summary --lang en --out-dir {out} {dir}" --ours-name "precis keywords" \
  --ours "$PRECIS batch --jobs 1 -k {k} --no-summary --lang en --out-dir {out} {dir}" --ours-name "precis keywords --jobs 1" \
  --ours "$PRECIS batch --sentences {n} -k {k} --lang en --out-dir {out} {dir}" --ours-name "precis summary + keywords" \
  --json "$OUT/speed.json" --md "$OUT/speed.md" >/dev/null
python3 - "$OUT/speed.json" <<'PY' | tee "$OUT/speed-ratios.md"
import json, sys
results = json.load(open(sys.argv[1]))["results"]
by = {r["peer"]: r for r in results}
def whole(r):  # seconds for the whole job, start-up included
    return r["process_est_s"] if r["kind"] != "ours" else r["median_s"]
for kind, ours, title in [("summ", "precis", "Summaries (3 sentences)"), ("kw", "precis keywords", "Keywords (10)")]:
    print(f"#### {title}\n")
    print(f"| system | docs/s (whole process) | MB/s | `{ours}` (2 jobs) is faster by |")
    print("|---|---:|---:|---:|")
    base = whole(by[ours])
    for r in results:
        mine = r["kind"] == "ours" and (("keywords" in r["peer"]) == (kind == "kw") or "+" in r["peer"])
        if r["kind"] != kind and not mine:
            continue
        s = whole(r)
        print(f"| {r['peer']} | {r['ndocs'] / s:.0f} | {r['bytes'] / s / 1e6:.2f} | {s / base:.1f}× |")
    print()
PY
