#!/usr/bin/env bash
# Runs `precis keywords --format json -k 10 --lang L FILE` on every keyword-set text and on the
# maked_bbc summary texts; writes OUT/keywords/<set>/<id>.json, OUT/news/maked_bbc/<id>.json,
# per-file stderr next to them (<id>.err, removed when empty) and OUT/status.tsv (set id lang rc seconds).
#   PRECIS=.build/release/precis OUT=DIR EVAL=../shared/eval bench/keyword_outputs.sh   (make eval-keyword-form)
set -uo pipefail
PRECIS=${PRECIS:-.build/release/precis}
OUT=${OUT:-bench/results/keyword-form}
EVAL=${EVAL:-../shared/eval}
mkdir -p "$OUT"
status=$OUT/status.tsv
printf 'group\tset\tid\tlang\trc\tseconds\n' > "$status"
one() {  # group set file lang outdir
  local group=$1 set=$2 f=$3 lang=$4 dir=$5 id
  id=$(basename "$f" .txt)
  local t0=$(date +%s.%N)
  "$PRECIS" keywords --format json -k 10 --lang "$lang" "$f" > "$dir/$id.json" 2> "$dir/$id.err"
  local rc=$?
  local t1=$(date +%s.%N)
  [[ -s $dir/$id.err ]] || rm -f "$dir/$id.err"
  printf '%s\t%s\t%s\t%s\t%s\t%.3f\n' "$group" "$set" "$id" "$lang" "$rc" "$(echo "$t1 - $t0" | bc)" >> "$status"
}
prefix_lang() {  # file name -> two-letter prefix if --lang would take it, else auto
  local p; p=$(basename "$1" | sed -n 's/^\([a-z][a-z]\)_.*/\1/p')
  echo "${p:-auto}"
}
for setdir in "$EVAL"/keywords/*/; do
  set=$(basename "$setdir")
  case $set in
    500N-KPCrowd-v1.1|Inspec|SemEval2017|www|wiki20|fao30|Nguyen2007|citeulike180|theses100|SemEval2010) lang=en ;;
    110-PT-BN-KP) lang=pt ;;
    WikiNews-fr) lang=fr ;;
    pak2018) lang=pl ;;
    ja_kpe_abeja_cc) lang=ja ;;
    maked_bbc) lang=prefix ;;
    *) echo "unknown set $set: --lang auto" >&2; lang=auto ;;
  esac
  dir=$OUT/keywords/$set; mkdir -p "$dir"
  for f in "$setdir"*.txt; do
    l=$lang; [[ $lang == prefix ]] && l=$(prefix_lang "$f")
    one keywords "$set" "$f" "$l" "$dir"
  done
done
dir=$OUT/news/maked_bbc; mkdir -p "$dir"
for f in "$EVAL"/summaries/maked_bbc/*.txt; do
  one news maked_bbc "$f" "$(prefix_lang "$f")" "$dir"
done
awk -F'\t' 'NR>1 && $5!=0' "$status" > "$OUT/failures.tsv"
echo "files: $(($(wc -l < "$status")-1)), failures: $(wc -l < "$OUT/failures.tsv") (see $OUT/failures.tsv)"
