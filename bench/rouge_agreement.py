#!/usr/bin/env python3
"""Checks that `precis-eval summaries` scores English as Google's rouge-score package does.

Precis summarises each set and saves its summaries (`--save-dir`); this script scores the same
summaries with rouge-score (default tokenizer, Porter stemmer: the published-number setting) and
prints both, side by side. Run with a Python that has rouge-score (../shared/bench/setup.sh makes
one):

    PY=$(../shared/bench/setup.sh); $PY bench/rouge_agreement.py [SET_DIR ...]
"""
import json
import os
import subprocess
import sys
import tempfile

from rouge_score import rouge_scorer

HERE = os.path.dirname(os.path.abspath(__file__))
PRECIS_EVAL = os.environ.get("PRECIS_EVAL", os.path.join(HERE, "..", ".build", "release", "precis-eval"))
EVAL = os.environ.get("EVAL", os.path.join(HERE, "..", "..", "shared", "eval"))
DEFAULT_SETS = ["bbc_news_summary", "cnndm_test_tokenized", "cnndm_train_sample_cased"]


def main(sets):
    sets = sets or [os.path.join(EVAL, "summaries", name) for name in DEFAULT_SETS]
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    with tempfile.TemporaryDirectory() as save:
        extra = os.environ.get("PRECIS_ARGS", "").split()  # e.g. "--method textrank"
        ours = json.loads(subprocess.run([PRECIS_EVAL, "summaries", *sets, "--lang", "en", "--format", "json",
                                          "--save-dir", save, *extra], check=True, capture_output=True, text=True).stdout)
        print("| set | docs | R1 Precis scorer | R1 rouge-score | R2 Precis | R2 rouge-score | RL Precis | RL rouge-score | largest gap |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        for row in ours:
            folder = next(s for s in sets if os.path.basename(os.path.normpath(s)) == row["set"])
            totals = {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0}
            ids = sorted(f[:-4] for f in os.listdir(os.path.join(save, row["set"])) if f.endswith(".txt"))
            for doc in ids:
                with open(os.path.join(save, row["set"], doc + ".txt"), encoding="utf-8") as f:
                    summary = f.read()
                with open(os.path.join(folder, doc + ".ref"), encoding="utf-8") as f:
                    reference = "\n".join(line for line in f.read().splitlines() if line.strip())
                scores = scorer.score(reference, summary)
                for key in totals:
                    totals[key] += scores[key].fmeasure
            theirs = {key: 100 * value / len(ids) for key, value in totals.items()}
            mine = row["precis"]
            gap = max(abs(mine[key] - theirs[key]) for key in totals)
            print(f"| {row['set']} | {len(ids)} | {mine['rouge1']:.2f} | {theirs['rouge1']:.2f} | {mine['rouge2']:.2f} | "
                  f"{theirs['rouge2']:.2f} | {mine['rougeL']:.2f} | {theirs['rougeL']:.2f} | {gap:.2f} |")


if __name__ == "__main__":
    main(sys.argv[1:])
