#!/usr/bin/env bash
# Precis against the Python peers on every keyphrase set, scored in one run by the shared harness
# (../shared/bench/eval_keywords.py: stemmed exact match, P/R/F1 at 5 and 10). Precis runs twice:
# with the statistics it ships ("precis") and with document frequencies counted over the set's own
# texts by `precis idf build` ("precis-corpus"). Prints the tables README.md quotes.
#
#   bench/keywords.sh [OUT_DIR]        (make eval-keywords)
#
# PEERS=none runs Precis alone (the peers' figures do not change between builds of Precis);
# BEFORE=DIR then takes the peers, and an earlier Precis as "Precis before", from DIR's kw_*.json.
source "$(dirname "$0")/common.sh"
K=$EVAL/keywords
run() {  # set, --lang value (auto|prefix|code)
  local set=$1 lang=$2
  local model="$OUT/idf-$set.idf"
  local idf_lang=()
  [[ $lang != prefix && $lang != auto ]] && idf_lang=(--lang "$lang")
  echo "== $set" >&2
  if [[ $lang == prefix ]]; then
    # One model per language of a multilingual set.
    for code in $(ls "$K/$set" | sed -n 's/^\([a-z][a-z]\)_.*\.txt$/\1/p' | sort -u); do
      mkdir -p "$OUT/idf-$set-src/$code"
      cp "$K/$set/${code}_"*.txt "$OUT/idf-$set-src/$code/"
      "$PRECIS" idf build "$OUT/idf-$set-src/$code" --lang "$code" -o "$OUT/idf-$set-$code.idf" 2>/dev/null
    done
    local corpus="$PRECIS keywords --format lines -k {k} --lang {lang} --idf $OUT/idf-$set-{lang}.idf {path}"
  else
    "$PRECIS" idf build "$K/$set" "${idf_lang[@]}" -o "$model" 2>/dev/null
    local corpus="$PRECIS keywords --format lines -k {k} --lang {lang} --idf $model {path}"
  fi
  "$PY" "$BENCH/eval_keywords.py" "$K/$set" --lang "$lang" --peers "${PEERS:-all}" \
    --ours "$PRECIS keywords --format lines -k {k} --lang {lang} {path}" --ours-name precis \
    --ours "$corpus" --ours-name precis-corpus \
    --json "$OUT/kw_$set.json" --md "$OUT/kw_$set.md" >/dev/null
}
for set in 500N-KPCrowd-v1.1 Inspec SemEval2017 www wiki20 fao30 Nguyen2007 citeulike180 theses100 SemEval2010; do
  run "$set" en
done
run 110-PT-BN-KP pt
run WikiNews-fr fr
run pak2018 pl
run ja_kpe_abeja_cc ja
run maked_bbc prefix
python3 bench/keyword_table.py ${BEFORE:+--before "$BEFORE"} "$OUT"/kw_*.json | tee "$OUT/keywords.md"
