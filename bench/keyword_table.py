#!/usr/bin/env python3
"""Tables of keyphrase F1@10 and F1@5 per set (and per language of multilingual sets) from the
JSON files that ../shared/bench/eval_keywords.py writes: Precis (shipped statistics, and
statistics from the set's own texts) against the peers.

    python3 bench/keyword_table.py [--before DIR] kw_*.json

With --before DIR, DIR holds the kw_<set>.json of an earlier run: its Precis rows become a
"Precis before" column, and its peers fill in for peers the newer files lack (a run with
PEERS=none measures Precis alone; the peers' figures do not change between builds).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness_results import mean, rows  # noqa: E402

OURS = [("precis", "Precis"), ("precis-corpus", "Precis, set's own DF")]
BEFORE = [("precis-before", "Precis before")]

def merged(paths, before):
    """The files' JSON paths, each merged with the file of the same name in `before` (if any)
    into a temporary file: earlier peers fill in, earlier Precis rows become "precis-before"."""
    import json
    import tempfile
    if not before:
        return paths
    out = []
    for path in paths:
        old_path = os.path.join(before, os.path.basename(path))
        with open(path, encoding="utf-8") as f:
            new = json.load(f)
        if os.path.exists(old_path):
            with open(old_path, encoding="utf-8") as f:
                old = json.load(f)
            for result, old_result in zip(new["results"], old["results"]):
                per_doc = result["per_doc"]
                for system, docs in old_result["per_doc"].items():
                    if system == "precis":
                        per_doc["precis-before"] = docs
                    elif system not in per_doc and system not in dict(OURS):
                        per_doc[system] = docs
        handle = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8")
        json.dump(new, handle)
        handle.close()
        out.append(handle.name)
    return out


def main(arguments):
    before = None
    if arguments[:1] == ["--before"]:
        before, arguments = arguments[1], arguments[2:]
    table = list(rows(merged(arguments, before)))
    ours = dict(OURS + BEFORE)
    columns = OURS + [c for c in BEFORE if any(c[0] in per_doc for _, per_doc in table)]
    for metric in ["F1@10", "F1@5"]:
        print(f"#### {metric}\n")
        print("| set | docs | " + " | ".join(label for _, label in columns) + " | best peer | Precis − best peer |")
        print("|---|---:|" + "---:|" * len(columns) + "---|---:|")
        wins = 0
        for name, per_doc in table:
            scores = {key: mean(per_doc[key], metric) for key, _ in columns if key in per_doc}
            # Every peer the run has: those of PEERS, pke's, pytextrank's, the rapid-* ports.
            peers = {key: mean(docs, metric) for key, docs in per_doc.items() if key not in ours}
            peers = {key: value for key, value in peers.items() if value is not None}
            best = max(peers.items(), key=lambda item: item[1], default=(None, 0.0))
            top = max([best[1]] + [v for v in scores.values() if v is not None])
            cells = []
            for key, _ in columns:
                value = scores.get(key)
                text = "-" if value is None else f"{value:.1f}"
                if value is not None and value >= top - 1e-9:
                    text = f"**{text}**"
                cells.append(text)
            peer_text = "-" if best[0] is None else f"{best[0]} {best[1]:.1f}"
            if best[0] is not None and best[1] >= top - 1e-9:
                peer_text = f"{best[0]} **{best[1]:.1f}**"
            margin = scores["precis"] - best[1]
            wins += margin >= 0
            print(f"| {name} | {len(per_doc['precis'])} | " + " | ".join(cells) + f" | {peer_text} | {margin:+.1f} |")
        print(f"\nPrecis (shipped statistics) at or above the best peer in {wins} of {len(table)} rows.\n")


if __name__ == "__main__":
    main(sys.argv[1:])
