#!/usr/bin/env python3
"""The form of keyword lists: how many keywords are malformed phrases, how many pairs in one list
name the same thing, and how many lists are short. Works for any system whose output is Precis's
keyword JSON (`precis keywords --format json -k 10`: "language", "keywords": [{phrase, latin,
firstStart, firstEnd, surfaceForms, …}]), one file per document: JSON/<set>/<id>.json beside
TEXTS/<set>/<id>.txt.

    python3 bench/keyword_form.py --json OUT/keywords --texts ../shared/eval/keywords \\
        --precis .build/release/precis --lang en --set-lang WikiNews-fr=fr --set-lang maked_bbc=prefix \\
        [--json OUT/news --texts ../shared/eval/summaries] [-k 10] [--tag-cache /tmp/kwform-cache] \\
        [--md form.md] [--json-out form.json] [--jobs 8]

--lang is a language code, `prefix` (the two letters before "_" in the id: "zh_0568487f2639"; the
JSON's language when there are none) or `json` (the JSON's "language"); --set-lang SET=L overrides it
for one set. --json and --texts may be given several times, in pairs: one table per pair.

Measures, per set (and per language of sets in several languages), over the first k keywords of
each document:

1. Malformed share. The text is tagged with `precis segment --tags --format json --lang L TEXT`
   (Universal Dependencies tags). A keyword's reading is the tokens that overlap its first
   occurrence (firstStart..firstEnd, UTF-8 byte offsets into the NFC text, the same offsets the
   segment JSON uses when both come from the same file with the same options); tokens joined by
   hyphens with no space ("state-of-the-art") are one unit whose tag is the last token's. A keyword
   is malformed for one or more of these reasons (MALFORMED below):
     edge        it starts or ends with VERB, AUX, ADV, PRON, ADP, DET, CCONJ, SCONJ, PART, INTJ,
                 PUNCT or SYM ("president met", "of the lake");
     bare        it is one unit tagged ADJ, VERB, AUX or ADV ("dimensional", "known");
     possessive  its text ends in 's, ’s, ʼs or an apostrophe after s ("Russia's");
     fragment    no unit is a NOUN, PROPN or NUM ("dimensional nonlinear partial");
     verb        a unit is a VERB or AUX ("obvineniye poprosilo").
   A unit written in Latin letters in a language that is not (Chinese, Russian, Hindi...) and
   tagged X is read as a name: the treebanks of those languages tag foreign words X (the Chinese
   training data tags 340 of 356 Latin words so), and such a word is a name or a term
   ("Snapchat", "HIV", "BBC Earth").
   Shares are of keywords that could be read (languages without a tagger are "n/a"; a keyword
   whose offsets meet no token is counted apart as unaligned).
2. Duplicate pairs: see DUPLICATE_RULE below (printed with the results).
3. Short lists: documents with fewer than k keywords.

The tagging of each text can be kept in --tag-cache (compact JSON per file; a cached file is
reused while the text's size and modification time are unchanged; delete the folder to retag
with another build).
"""
import argparse
import bisect
import collections
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import time
import unicodedata

EDGE_TAGS = {"VERB", "AUX", "ADV", "PRON", "ADP", "DET", "CCONJ", "SCONJ", "PART", "INTJ", "PUNCT", "SYM"}
BARE_TAGS = {"ADJ", "VERB", "AUX", "ADV"}
HEAD_TAGS = {"NOUN", "PROPN", "NUM"}
VERB_TAGS = {"VERB", "AUX"}
HYPHENS = {"-", "\u2010", "\u2011"}          # hyphen-minus, hyphen, non-breaking hyphen
WORD_KINDS = {"letter", "number", "ideographic", "kana"}
# 's, ’s, ʼs, or s followed by an apostrophe, at the very end (any case: "RUSSIA'S").
POSSESSIVE = re.compile(r"(?:['\u2019\u02bc]s|s['\u2019\u02bc])$", re.IGNORECASE)

MALFORMED = [
    ("edge", "starts or ends with VERB, AUX, ADV, PRON, ADP, DET, CCONJ, SCONJ, PART, INTJ, PUNCT or SYM"),
    ("bare", "a single unit tagged ADJ, VERB, AUX or ADV (bare adjective, verb or adverb)"),
    ("possessive", "ends in 's, ’s, ʼs or an apostrophe after s"),
    ("fragment", "no NOUN, PROPN or NUM unit at all"),
    ("verb", "contains a VERB or AUX (a verb phrase)"),
]
REASONS = [name for name, _ in MALFORMED]

DUPLICATE_RULE = """\
Two keywords A and B of one top-k list are a duplicate pair when, after NFKC + casefold, with
whitespace collapsed and a possessive ending removed ('s, ’s, ʼs, or the apostrophe of s'), and
with the words taken as the whitespace-separated pieces stripped of punctuation at their ends:
  (a) run:    the words of one are a contiguous run of the other's words ("reduction" and
              "model-order reduction"; "Lake Marrow" and "Lake Marrow's"); in Chinese, Japanese
              and Thai (no space in either, and Han, kana or Thai letters in both) one is a
              substring of the other ("鱼" and "鱼类");
  (b) prefix: both are single words and one is a prefix of the other, at least 4 characters long
              and at least 60 % of the longer word ("Russia"/"Russian", "Путин"/"Путина");
  (c) latin:  their "latin" forms (the phrase when there is none) are equal after the same folding
              ("Putin" and "Путин").
A pair is counted once, under the first rule that holds."""


# ---------------------------------------------------------------- reading the inputs

def documents(json_root, texts_root):
    """(set, id, json path, text path) for every <set>/<id>.json below json_root, sorted."""
    for set_name in sorted(os.listdir(json_root)):
        folder = os.path.join(json_root, set_name)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if name.endswith(".json"):
                doc_id = name[:-len(".json")]
                text_path = os.path.join(texts_root, set_name, doc_id + ".txt")
                yield set_name, doc_id, os.path.join(folder, name), text_path


def resolve_language(mode, doc_id, data):
    """The language to tag a document in: a code, the id's prefix ("zh_…"), or the JSON's."""
    if mode == "prefix":
        match = re.match(r"^([a-z]{2})_", doc_id)
        return match.group(1) if match else (data.get("language") or "auto")
    if mode in ("json", "auto"):
        return data.get("language") or "auto"
    return mode


# ---------------------------------------------------------------- tagging (precis segment --tags)

class Tagger:
    """Runs `precis segment --tags --format json`, keeps a compact copy per file in the cache, and
    remembers the languages that have no tagger."""

    NO_TAGGER = re.compile(r"no part-of-speech tagger for '([^']*)'(?:; taggers: (.*))?")

    def __init__(self, precis, cache, options):
        self.precis, self.cache, self.options = precis, cache, options
        self.untagged = set()       # languages precis said it cannot tag
        self.taggers = None         # the list the error message gives, once seen

    def can_tag(self, lang):
        if lang in self.untagged:
            return False
        return self.taggers is None or lang in self.taggers

    def cache_path(self, group, set_name, doc_id, lang):
        return os.path.join(self.cache, group, set_name, f"{doc_id}.{lang}.json") if self.cache else None

    def tag(self, group, set_name, doc_id, text_path, lang):
        """[(sentence start, sentence UTF-8 bytes, [(start, end, text, kind, tag)])], or None when
        the language has no tagger; raises RuntimeError when precis keeps failing."""
        if not self.can_tag(lang):
            return None
        stat = os.stat(text_path)
        stamp = [stat.st_size, stat.st_mtime_ns]
        path = self.cache_path(group, set_name, doc_id, lang)
        if path and os.path.exists(path):
            try:
                with open(path, encoding="utf-8") as f:
                    cached = json.load(f)
                if cached.get("stamp") == stamp:
                    return self._decode(cached["sentences"])
            except (OSError, ValueError, KeyError):
                pass                                    # unreadable: tag again
        command = [self.precis, "segment", "--tags", "--format", "json", "--lang", lang] + self.options + [text_path]
        for attempt in range(4):                        # the binary may be being rebuilt: retry
            try:
                result = subprocess.run(command, capture_output=True, text=True)
            except OSError as error:                    # missing, or "text file busy" while replaced
                result = subprocess.CompletedProcess(command, 127, "", str(error))
            if result.returncode == 0:
                break
            missing = self.NO_TAGGER.search(result.stderr)
            if missing:
                self.untagged.add(missing.group(1))
                if missing.group(2):
                    self.taggers = {code.strip() for code in missing.group(2).split(",")}
                return None
            time.sleep(2 * (attempt + 1))
        else:
            raise RuntimeError(f"{' '.join(command)}: {result.stderr.strip()[:300]}")
        segmented = json.loads(result.stdout)
        sentences = [[s["start"], s["text"],
                      [[t["start"], t["end"], t["text"], t.get("kind", ""), t.get("tag", "X")] for t in s["tokens"]]]
                     for s in segmented["sentences"]]
        if path:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path + ".tmp", "w", encoding="utf-8") as f:
                json.dump({"stamp": stamp, "lang": lang, "sentences": sentences}, f, ensure_ascii=False)
            os.replace(path + ".tmp", path)
        return self._decode(sentences)

    @staticmethod
    def _decode(sentences):
        return [(start, text.encode("utf-8"), [tuple(t) for t in tokens]) for start, text, tokens in sentences]


class Reading:
    """The tokens of one tagged text, searchable by byte span."""

    def __init__(self, sentences):
        self.sentences = sentences
        self.tokens = sorted((t for _, _, tokens in sentences for t in tokens), key=lambda t: t[0])
        self.ends = [t[1] for t in self.tokens]

    def overlapping(self, start, end):
        """The tokens that overlap [start, end), in order."""
        out = []
        for i in range(bisect.bisect_right(self.ends, start), len(self.tokens)):
            token = self.tokens[i]
            if token[0] >= end:
                break
            out.append(token)
        return out

    def surface(self, start, end):
        """The text at [start, end), from the sentences (which carry the text precis read)."""
        parts = []
        for s_start, data, _ in self.sentences:
            s_end = s_start + len(data)
            if s_end > start and s_start < end:
                parts.append(data[max(start, s_start) - s_start:min(end, s_end) - s_start].decode("utf-8", "replace"))
        return " ".join(parts)


def units(tokens):
    """Hyphen-joined tokens as one unit: [(text, tag)], the tag being the last token's. A dotted
    abbreviation and the full stop ICU cuts from it ("U.S" and ".") are one unit with the word's
    tag, as Precis's tagger reads them (one word, as the treebanks write it)."""
    out = []
    i = 0
    while i < len(tokens):
        start, end, text, kind, tag = tokens[i]
        if (kind in WORD_KINDS and "." in text[1:-1] and 3 <= len(text.encode()) <= 12 and i + 1 < len(tokens)
                and tokens[i + 1][2] == "." and tokens[i + 1][0] == end):
            out.append((text + ".", tag))
            i += 2
            continue
        # word - word - word, with no gap on either side of each hyphen
        while (i + 2 < len(tokens) and kind in WORD_KINDS and tokens[i + 1][2] in HYPHENS
               and tokens[i + 1][0] == end and tokens[i + 2][0] == tokens[i + 1][1]
               and tokens[i + 2][3] in WORD_KINDS):
            text += tokens[i + 1][2] + tokens[i + 2][2]
            end, kind, tag = tokens[i + 2][1], tokens[i + 2][3], tokens[i + 2][4]
            i += 2
        out.append((text, tag))
        i += 1
    return out


# Languages written in another script than Latin: a Latin word in their text is a foreign word.
NON_LATIN = {"am", "ar", "be", "bg", "bn", "el", "fa", "gu", "he", "hi", "hy", "ja", "ka", "kk", "km", "kn", "ko",
             "ky", "lo", "mk", "ml", "mn", "mr", "my", "ne", "or", "pa", "ps", "ru", "si", "sr", "ta", "te", "th",
             "uk", "ur", "zh"}
LATIN_WORD = re.compile(r"^[A-Za-z\u00C0-\u024F0-9][A-Za-z\u00C0-\u024F0-9.'&+-]*$")


def malformed_reasons(parts, surface, lang=None):
    """The reasons (names in REASONS) why a keyword read as `parts` [(text, tag)] is malformed.
    In a language of another script, a Latin word tagged X (a foreign word) is read as a name."""
    foreign = lang in NON_LATIN
    tags = ["PROPN" if foreign and tag == "X" and LATIN_WORD.match(text) else tag for text, tag in parts]
    reasons = []
    if tags[0] in EDGE_TAGS or tags[-1] in EDGE_TAGS:
        reasons.append("edge")
    if len(tags) == 1 and tags[0] in BARE_TAGS:
        reasons.append("bare")
    if POSSESSIVE.search(surface.rstrip()):
        reasons.append("possessive")
    if not any(tag in HEAD_TAGS for tag in tags):
        reasons.append("fragment")
    if any(tag in VERB_TAGS for tag in tags):
        reasons.append("verb")
    return reasons


# ---------------------------------------------------------------- duplicate pairs

def is_no_space_script(ch):
    """Han, hiragana, katakana (and their marks), Thai, Lao, Khmer, Myanmar: written without spaces."""
    code = ord(ch)
    return (0x3040 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF or 0xFF66 <= code <= 0xFF9F
            or 0x3400 <= code <= 0x4DBF or 0x4E00 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF
            or 0x20000 <= code <= 0x3FFFF or 0x0E00 <= code <= 0x0EFF or 0x1000 <= code <= 0x109F
            or 0x1780 <= code <= 0x17FF)


def plain(text):
    """NFKC + casefold, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def fold(text):
    """NFKC + casefold, whitespace collapsed, a possessive ending removed."""
    text = plain(text)
    if POSSESSIVE.search(text):
        text = text[:-2] if text[-1] in "s" else text[:-1]     # "russia's" → "russia", "smiths'" → "smiths"
    return text.strip()


def words(folded):
    """Whitespace-separated words with punctuation at their ends stripped ("(pde)" → "pde")."""
    out = []
    for word in folded.split():
        start, end = 0, len(word)
        while start < end and unicodedata.category(word[start])[0] in "PS":
            start += 1
        while end > start and unicodedata.category(word[end - 1])[0] in "PS":
            end -= 1
        if start < end:
            out.append(word[start:end])
    return out


def contains_run(longer, shorter):
    n = len(shorter)
    return n > 0 and any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))


class Key:
    """What the duplicate rule compares of one keyword."""

    def __init__(self, keyword):
        self.phrase = keyword.get("phrase", "")
        self.folded = fold(self.phrase)
        self.words = words(self.folded)
        self.latin = fold(keyword.get("latin") or self.phrase)
        self.no_space = (" " not in self.folded and any(is_no_space_script(ch) for ch in self.folded))


def duplicate_rule(a, b):
    """'run', 'prefix', 'latin' or None (see DUPLICATE_RULE)."""
    if a.no_space and b.no_space:
        short, long_ = sorted((a.folded, b.folded), key=len)
        if short and short in long_:
            return "run"
    else:
        short, long_ = sorted((a.words, b.words), key=len)
        if contains_run(long_, short):
            return "run"
    if len(a.words) == 1 and len(b.words) == 1:
        short, long_ = sorted((a.words[0], b.words[0]), key=len)
        if long_.startswith(short) and len(short) >= 4 and len(short) >= 0.6 * len(long_):
            return "prefix"
    if a.latin and a.latin == b.latin:
        return "latin"
    return None


# ---------------------------------------------------------------- measuring

def new_stats():
    return {"docs": 0, "keywords": 0, "short": 0, "untagged_keywords": 0, "tag_errors": 0,
            "no_text": 0, "unreadable": 0, "read": 0, "unaligned": 0, "offset_mismatch": 0,
            "differs": 0, "malformed_differs": 0,
            "malformed": 0, "reasons": collections.Counter(), "pairs": 0, "pair_rules": collections.Counter(),
            "malformed_examples": [], "pair_examples": []}


def measure_document(k, keywords, reading, lang=None):
    """One document's counts and examples (reading is None when the text was not tagged)."""
    top = keywords[:k]
    out = {"keywords": len(top), "short": int(len(keywords) < k), "read": 0, "unaligned": 0,
           "offset_mismatch": 0, "differs": 0, "malformed_differs": 0, "malformed": 0,
           "reasons": collections.Counter(), "malformed_examples": [],
           "pairs": 0, "pair_rules": collections.Counter(), "pair_examples": []}
    if reading is not None:
        for rank, keyword in enumerate(top, 1):
            start, end = keyword.get("firstStart"), keyword.get("firstEnd")
            tokens = reading.overlapping(start, end) if isinstance(start, int) and isinstance(end, int) else []
            if not tokens:
                out["unaligned"] += 1
                continue
            out["read"] += 1
            surface = reading.surface(start, end)
            # sanity check: the first occurrence should read as one of the keyword's surface forms
            forms = {" ".join(unicodedata.normalize("NFC", f).split()) for f in keyword.get("surfaceForms", [])}
            if forms and " ".join(surface.split()) not in forms:
                out["offset_mismatch"] += 1
            # the phrase shown is the most frequent surface form; the first occurrence, which is
            # what is read, may be another one ("Illustrative" for "illustration")
            differs = plain(surface) != plain(keyword.get("phrase", ""))
            out["differs"] += differs
            parts = units(tokens)
            reasons = malformed_reasons(parts, surface or keyword.get("phrase", ""), lang)
            if reasons:
                out["malformed"] += 1
                out["malformed_differs"] += differs
                out["reasons"].update(reasons)
                out["malformed_examples"].append({
                    "phrase": keyword.get("phrase", ""), "rank": rank, "reasons": reasons,
                    "reading": " ".join(f"{text}/{tag}" for text, tag in parts)})
    keys = [Key(keyword) for keyword in top]
    for i in range(len(keys)):
        for j in range(i + 1, len(keys)):
            rule = duplicate_rule(keys[i], keys[j])
            if rule:
                out["pairs"] += 1
                out["pair_rules"][rule] += 1
                out["pair_examples"].append({"a": keys[i].phrase, "b": keys[j].phrase, "rule": rule})
    return out


def add(stats, doc, lang, doc_id):
    stats["docs"] += 1
    for field in ("keywords", "short", "read", "unaligned", "offset_mismatch", "differs", "malformed_differs",
                  "malformed", "pairs"):
        stats[field] += doc[field]
    stats["reasons"].update(doc["reasons"])
    stats["pair_rules"].update(doc["pair_rules"])
    for example in doc["malformed_examples"]:
        stats["malformed_examples"].append(dict(example, doc=doc_id, lang=lang))
    for example in doc["pair_examples"]:
        stats["pair_examples"].append(dict(example, doc=doc_id, lang=lang))


def pick(items, n, levels):
    """Up to n items, spread out: at each level in turn, the items (in order) that are new on every
    key function of that level; an empty last level takes what is left."""
    chosen = []
    for keys in levels + [[]]:
        for item in items:
            if len(chosen) >= n:
                return chosen
            if item not in chosen and all(f(item) not in {f(c) for c in chosen} for f in keys):
                chosen.append(item)
    return chosen


def summarise(name, stats, examples):
    read = stats["read"]
    row = {"row": name, "docs": stats["docs"], "keywords": stats["keywords"], "read": read,
           "unaligned": stats["unaligned"], "untagged_keywords": stats["untagged_keywords"],
           "tag_errors": stats["tag_errors"], "no_text": stats["no_text"], "unreadable": stats["unreadable"],
           "offset_mismatch": stats["offset_mismatch"], "first_occurrence_differs": stats["differs"],
           "malformed_first_occurrence_differs": stats["malformed_differs"],
           "malformed_first_occurrence_differs_share": stats["malformed_differs"] / read if read else None,
           "malformed": stats["malformed"], "malformed_share": stats["malformed"] / read if read else None,
           "reasons": {r: stats["reasons"][r] for r in REASONS},
           "reason_shares": {r: (stats["reasons"][r] / read if read else None) for r in REASONS},
           "pairs": stats["pairs"], "pair_rules": {r: stats["pair_rules"][r] for r in ("run", "prefix", "latin")},
           "pairs_per_list": stats["pairs"] / stats["docs"] if stats["docs"] else None,
           "short_lists": stats["short"]}
    if examples:
        # a new reason (rule), language and document first; then a new language, a new reason,
        # a new document
        def spread(kind):
            lang, doc = (lambda e: e["lang"]), (lambda e: e["doc"])
            return [[kind, lang, doc], [lang, doc], [kind, doc], [doc]]
        row["malformed_examples"] = pick(stats["malformed_examples"], examples, spread(lambda e: e["reasons"][0]))
        row["pair_examples"] = pick(stats["pair_examples"], examples, spread(lambda e: e["rule"]))
    return row


def measure_tree(json_root, texts_root, group, args, tagger):
    """Rows (dicts) for every set below json_root: the set, then its languages if several."""
    docs = []
    for set_name, doc_id, json_path, text_path in documents(json_root, texts_root):
        try:
            with open(json_path, encoding="utf-8") as f:
                data = json.load(f)
            keywords = data["keywords"]
        except (OSError, ValueError, KeyError, TypeError):
            data, keywords = None, None
        mode = args.set_lang.get(f"{group}/{set_name}", args.set_lang.get(set_name, args.lang))
        lang = resolve_language(mode, doc_id, data or {})
        docs.append((set_name, doc_id, text_path, lang, keywords))

    def tag(doc):
        """(Reading or None, what happened: "read", "unreadable", "no text", "no tagger" or an error)."""
        set_name, doc_id, text_path, lang, keywords = doc
        if keywords is None:
            return None, "unreadable"
        if not os.path.exists(text_path):
            return None, "no text"
        try:
            sentences = tagger.tag(group, set_name, doc_id, text_path, lang)
        except (RuntimeError, ValueError, OSError) as error:
            return None, str(error)
        return (Reading(sentences), "read") if sentences is not None else (None, "no tagger")

    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        readings = list(pool.map(tag, docs))

    per_set = collections.OrderedDict()
    for (set_name, doc_id, text_path, lang, keywords), (reading, status) in zip(docs, readings):
        whole = per_set.setdefault(set_name, {"stats": new_stats(), "langs": collections.OrderedDict()})
        if status == "unreadable":                      # no language to file it under
            whole["stats"]["unreadable"] += 1
            print(f"warning: {set_name}/{doc_id}: unreadable keyword JSON", file=sys.stderr)
            continue
        by_lang = whole["langs"].setdefault(lang, new_stats())
        doc = measure_document(args.k, keywords, reading, lang)
        for stats in (whole["stats"], by_lang):
            add(stats, doc, lang, doc_id)
            if status == "no text":
                stats["no_text"] += 1
            elif status == "no tagger":
                stats["untagged_keywords"] += doc["keywords"]
            elif status != "read":
                stats["tag_errors"] += 1
        if status not in ("read", "no tagger"):
            print(f"warning: {set_name}/{doc_id}: {status}", file=sys.stderr)

    rows = []
    for set_name, entry in per_set.items():
        row = summarise(set_name, entry["stats"], args.examples)
        row["langs"] = sorted(entry["langs"])
        rows.append(row)
        if len(entry["langs"]) > 1:
            for lang in sorted(entry["langs"]):
                sub = summarise(f"{set_name}/{lang}", entry["langs"][lang], 0)
                sub["langs"] = [lang]
                rows.append(sub)
    return rows


# ---------------------------------------------------------------- reporting

def percent(value):
    return "n/a" if value is None else f"{100 * value:.1f}"


def clean(text):
    """A phrase on one line, safe inside a Markdown table or list."""
    return " ".join(text.split()).replace("|", "\\|")


def table_row(row):
    """One Markdown table row of the results of a set (or of one of its languages)."""
    rules = row["pair_rules"]
    per_list = "n/a" if row["pairs_per_list"] is None else f"{row['pairs_per_list']:.2f}"
    cells = [row["row"], row["docs"], row["keywords"], row["read"], percent(row["malformed_share"])]
    cells += [percent(row["reason_shares"][r]) for r in REASONS]
    cells += [percent(row["malformed_first_occurrence_differs_share"]), per_list,
              f"{row['pairs']} ({rules['run']}, {rules['prefix']}, {rules['latin']})", row["short_lists"]]
    return "| " + " | ".join(str(cell) for cell in cells) + " |"


NOT_READ = [("untagged_keywords", "keywords in languages without a tagger"),
            ("unaligned", "keywords whose offsets meet no token"),
            ("offset_mismatch", "first occurrences that read as none of the surface forms"),
            ("tag_errors", "texts precis could not tag"), ("no_text", "JSON files without a text"),
            ("unreadable", "unreadable JSON files")]


def markdown(tables, k):
    """The rules, one table per tree, what could not be read, and examples per set."""
    out = [f"## Form of keyword lists (top {k})", "",
           "Malformed: share (%) of the keywords read with the Precis tagger that are malformed, and by "
           "reason (a keyword may have several):", ""]
    out += [f"- **{name}**: {text}" for name, text in MALFORMED]
    out += ["", "The reading is of the first occurrence, which may be written otherwise than the phrase "
            "shown (the most frequent surface form: “Illustrative” for “illustration”); “malformed, read ≠ "
            "phrase” is the share (%) of read keywords that are malformed and were read in such another form.",
            "", "Duplicate pairs:", "", "```text", DUPLICATE_RULE, "```", ""]
    for root, rows in tables:
        out += [f"### {root}", "",
                "| set | docs | keywords | read | malformed | " + " | ".join(REASONS)
                + " | malformed, read ≠ phrase | dup pairs / list | dup pairs (run, prefix, latin) | short lists |",
                "|---|" + "---:|" * (len(REASONS) + 8)]
        out += [table_row(row) for row in rows]
        out.append("")
        notes = []
        for row in rows:
            problems = [f"{row[field]} {label}" for field, label in NOT_READ if row.get(field)]
            if problems and "/" not in row["row"]:
                notes.append(f"- {row['row']}: " + "; ".join(problems))
        if notes:
            out += ["Not read:", ""] + notes + [""]
        out += ["Examples (phrase [the tagger's reading of its first occurrence] (document #rank)):", ""]
        for row in rows:
            if "malformed_examples" not in row:
                continue
            out.append(f"- **{row['row']}**")
            several = len(row["langs"]) > 1
            for e in row["malformed_examples"]:
                where = f"{e['lang']} {e['doc']}" if several else e["doc"]
                out.append(f"  - malformed ({', '.join(e['reasons'])}): “{clean(e['phrase'])}” "
                           f"[{clean(e['reading'])}] ({where} #{e['rank']})")
            for e in row["pair_examples"]:
                where = f"{e['lang']} {e['doc']}" if several else e["doc"]
                out.append(f"  - duplicate ({e['rule']}): “{clean(e['a'])}” / “{clean(e['b'])}” ({where})")
        out.append("")
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="append", required=True, help="a tree of <set>/<id>.json keyword outputs")
    parser.add_argument("--texts", action="append", required=True, help="the tree of the matching <set>/<id>.txt")
    parser.add_argument("--precis", default=".build/release/precis", help="the precis binary that tags")
    parser.add_argument("--lang", default="json", help="a language code, 'prefix' or 'json' (default)")
    parser.add_argument("--set-lang", action="append", default=[], metavar="SET=LANG",
                        help="the language of one set (SET or TREE/SET), overriding --lang")
    parser.add_argument("-k", type=int, default=10, help="keywords per list (default 10)")
    parser.add_argument("--tag-cache", help="a folder that keeps the tagging of each text")
    parser.add_argument("--segment-option", action="append", default=[], metavar="OPTION",
                        help="an option the keywords were made with (--keep-html, --encoding=…), passed to segment")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="texts tagged at once")
    parser.add_argument("--examples", type=int, default=5, help="examples per set (default 5)")
    parser.add_argument("--md", help="write the Markdown here (it is printed too)")
    parser.add_argument("--json-out", help="write the results as JSON here")
    args = parser.parse_args()
    if len(args.json) != len(args.texts):
        parser.error("give --json and --texts in pairs")
    overrides = {}
    for item in args.set_lang:
        name, _, lang = item.partition("=")
        if not lang:
            parser.error(f"--set-lang {item}: expected SET=LANG")
        overrides[name] = lang
    args.set_lang = overrides

    try:                                                # fail early, not once per text
        subprocess.run([args.precis, "--version"], capture_output=True, check=True)
    except (OSError, subprocess.CalledProcessError) as error:
        parser.error(f"--precis {args.precis} does not run: {error}")
    tagger = Tagger(args.precis, args.tag_cache, args.segment_option)
    tables = []
    for json_root, texts_root in zip(args.json, args.texts):
        group = os.path.basename(os.path.normpath(json_root))
        print(f"{json_root}: tagging and measuring…", file=sys.stderr)
        tables.append((json_root, measure_tree(json_root, texts_root, group, args, tagger)))

    text = markdown(tables, args.k)
    print(text)
    if args.md:
        with open(args.md, "w", encoding="utf-8") as f:
            f.write(text + "\n")
    if args.json_out:
        result = {"k": args.k, "precis": args.precis, "malformed_rule": dict(MALFORMED),
                  "duplicate_rule": DUPLICATE_RULE, "untagged_languages": sorted(tagger.untagged),
                  "tables": [{"json": root, "rows": rows} for root, rows in tables]}
        with open(args.json_out, "w", encoding="utf-8") as f:
            json.dump(result, f, ensure_ascii=False, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()
