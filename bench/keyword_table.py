#!/usr/bin/env python3
"""Tables of keyphrase F1@10 and F1@5 per set (and per language of multilingual sets) from the
JSON files that ../shared/bench/eval_keywords.py writes: Precis (shipped statistics, and
statistics from the set's own texts) against the peers.

    python3 bench/keyword_table.py kw_*.json
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness_results import mean, rows  # noqa: E402

OURS = [("precis", "Precis"), ("precis-corpus", "Precis, set's own DF")]
PEERS = [("tfidf", "sklearn TF-IDF"), ("yake", "YAKE"), ("summa-textrank-kw", "summa"),
         ("rake-nltk", "RAKE"), ("multi-rake", "multi-rake"), ("jieba-tfidf", "jieba TF-IDF"),
         ("jieba-textrank", "jieba TextRank")]


def main(paths):
    table = list(rows(paths))
    present = [key for key, _ in PEERS if any(key in per_doc for _, per_doc in table)]
    columns = OURS + [(key, label) for key, label in PEERS if key in present]
    for metric in ["F1@10", "F1@5"]:
        print(f"#### {metric}\n")
        print("| set | docs | " + " | ".join(label for _, label in columns) + " | Precis − best peer |")
        print("|---|---:|" + "---:|" * (len(columns) + 1))
        wins = 0
        for name, per_doc in table:
            scores = {key: mean(per_doc[key], metric) for key, _ in columns if key in per_doc}
            peers = [v for key, v in scores.items() if key not in dict(OURS) and v is not None]
            best_peer = max(peers) if peers else 0.0
            ours = max(v for key, v in scores.items() if key in dict(OURS) and v is not None)
            top = max(best_peer, ours)
            cells = []
            for key, _ in columns:
                value = scores.get(key)
                text = "-" if value is None else f"{value:.1f}"
                if value is not None and value >= top - 1e-9:
                    text = f"**{text}**"
                cells.append(text)
            margin = scores["precis"] - best_peer
            wins += margin >= 0
            print(f"| {name} | {len(per_doc['precis'])} | " + " | ".join(cells) + f" | {margin:+.1f} |")
        print(f"\nPrecis (shipped statistics) at or above the best peer in {wins} of {len(table)} rows.\n")


if __name__ == "__main__":
    main(sys.argv[1:])
