"""Reading the per-document JSON that ../shared/bench's eval scripts write (shared by
summary_table.py and keyword_table.py)."""
import json


def rows(paths):
    """(row name, {system: [per-document scores]}) for every set in the files, then, for sets in
    several languages, one row per language ("maked_bbc/zh")."""
    for path in paths:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        for result in data["results"]:
            name = result["dataset"].rstrip("/").split("/")[-1]
            per_doc = result["per_doc"]
            yield name, per_doc
            languages = sorted(result["langs"])
            if len(languages) > 1:
                for lang in languages:
                    yield f"{name}/{lang}", {system: [d for d in docs if d["lang"] == lang]
                                             for system, docs in per_doc.items()}


def mean(docs, metric):
    """The mean of one metric over documents, or None when there are none."""
    return sum(d[metric] for d in docs) / len(docs) if docs else None
