#!/usr/bin/env bash
# Peak memory and throughput of `precis batch` as the corpus grows: corpora of SIZES (MB, default
# "256 1024") made from the bench's English news corpus by repetition with variation
# (bench/make_big_corpus.py; each copy's sentences are rotated and it gets a first line of its
# own, so no two files are the same), processed with summaries and keywords into a JSON Lines
# file. Peak memory is /usr/bin/time's maximum resident set size of the whole process.
#
#   bench/corpus_memory.sh [OUT_DIR]      (make bench-memory; needs about 1.3 GB of disk per GB)
source "$(dirname "$0")/common.sh"
SOURCE=${SPEED_CORPUS:-${XDG_CACHE_HOME:-$HOME/.cache}/precis-bench/speed_corpus}
[[ -d $SOURCE ]] || "$PY" "$BENCH/make_speed_corpus.py" "$SOURCE"
WORK=${BIG_CORPUS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/precis-bench}
echo "| corpus | documents | time | docs/s | MB/s | peak memory |" | tee "$OUT/corpus-memory.md"
echo "|---|---:|---:|---:|---:|---:|" | tee -a "$OUT/corpus-memory.md"
for size in ${SIZES:-256 1024}; do
  corpus=$WORK/big_corpus_${size}mb
  [[ -d $corpus ]] || python3 bench/make_big_corpus.py "$SOURCE" "$corpus" --megabytes "$size"
  /usr/bin/time -f "%e %M" -o "$OUT/time-$size" "$PRECIS" batch -q -n 3 -k 10 --lang en -o "$OUT/records-$size.jsonl" "$corpus"
  read -r seconds kilobytes < "$OUT/time-$size"
  docs=$(wc -l < "$OUT/records-$size.jsonl")
  bytes=$(du -sb --apparent-size "$corpus" | cut -f1)
  python3 -c "import sys; s,k,d,b,size=float(sys.argv[1]),int(sys.argv[2]),int(sys.argv[3]),int(sys.argv[4]),sys.argv[5]; print(f'| {b/1e6:.0f} MB | {d} | {s:.0f} s | {d/s:.0f} | {b/1e6/s:.2f} | {k/1024:.0f} MB |')" \
    "$seconds" "$kilobytes" "$docs" "$bytes" "$size" | tee -a "$OUT/corpus-memory.md"
  rm -f "$OUT/records-$size.jsonl" "$OUT/records-$size.jsonl.options.json"
done
