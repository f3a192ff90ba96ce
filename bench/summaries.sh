#!/usr/bin/env bash
# Precis against the Python peers on every summarisation set, scored in one run by the shared
# harness (../shared/bench: rouge-score, Porter stemming for English, a Unicode tokenizer for the
# other languages; see its README). Prints the tables that README.md quotes.
#
#   bench/summaries.sh [OUT_DIR]        (make eval-summaries; needs ../shared and the PyPI mirror)
#
# Environment: EVAL (default ../shared/eval), BENCH (default ../shared/bench), PRECIS (the binary).
source "$(dirname "$0")/common.sh"
S=$EVAL/summaries
TEMPLATE="$PRECIS summarize --sentences {n} --lang {lang} {path}"
run() {  # name, --lang value, datasets...
  local name=$1 lang=$2; shift 2
  echo "== $name" >&2
  "$PY" "$BENCH/eval_summaries.py" "$@" --lang "$lang" --ours "$TEMPLATE" --ours-name precis \
    --ours "$TEMPLATE --method lead" --ours-name precis-lead \
    --ours "$TEMPLATE --method textrank" --ours-name precis-textrank \
    --json "$OUT/summ_$name.json" --md "$OUT/summ_$name.md" >/dev/null
}
run en en "$S/bbc_news_summary" "$S/cnndm_test_tokenized" "$S/cnndm_train_sample_cased"
run pt pt "$S/temario"
run de de "$S/klexikon_de"
run th th "$S/thaisum_sample"
run maked prefix "$S/maked_bbc"
python3 bench/summary_table.py "$OUT"/summ_en.json "$OUT"/summ_pt.json "$OUT"/summ_de.json \
  "$OUT"/summ_th.json "$OUT"/summ_maked.json | tee "$OUT/summaries.md"
