#!/usr/bin/env python3
"""Tables of ROUGE F1 per set (and per language of multilingual sets) from the JSON files that
../shared/bench/eval_summaries.py writes: Precis against Lead-N, summa, sumy and the oracle.

    python3 bench/summary_table.py summ_*.json
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness_results import mean, rows  # noqa: E402

COLUMNS = [("precis", "Precis"), ("precis-textrank", "Precis TextRank"), ("precis-lead", "Precis Lead-N"),
           ("lead", "Lead-N"), ("summa-textrank", "summa"),
           ("sumy-textrank", "sumy TextRank"), ("sumy-lexrank", "sumy LexRank"),
           ("nx-textrank", "nx TextRank"), ("sumy-reduction", "sumy Reduction"), ("oracle", "oracle")]
PEERS = [key for key, _ in COLUMNS if not key.startswith("precis") and key != "oracle"]


def main(paths):
    table = list(rows(paths))
    for metric, title in [("rouge1", "ROUGE-1 F1"), ("rouge2", "ROUGE-2 F1"), ("rougeL", "ROUGE-L F1")]:
        print(f"#### {title}\n")
        print("| set | docs | " + " | ".join(label for _, label in COLUMNS) + " | Precis − best peer |")
        print("|---|---:|" + "---:|" * (len(COLUMNS) + 1))
        wins = 0
        for name, per_doc in table:
            scores = {key: mean(per_doc[key], metric) for key, _ in COLUMNS if key in per_doc}
            best_peer = max(scores[key] for key in PEERS if key in scores)
            docs = len(per_doc["precis"])
            cells = []
            for key, _ in COLUMNS:
                value = scores.get(key)
                text = "-" if value is None else f"{value:.1f}"
                if key in PEERS + ["precis"] and value is not None and value >= max(best_peer, scores["precis"]) - 1e-9:
                    text = f"**{text}**"
                cells.append(text)
            margin = scores["precis"] - best_peer
            wins += margin >= 0
            print(f"| {name} | {docs} | " + " | ".join(cells) + f" | {margin:+.1f} |")
        print(f"\nPrecis at or above the best peer in {wins} of {len(table)} rows.\n")


if __name__ == "__main__":
    main(sys.argv[1:])
