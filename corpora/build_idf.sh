#!/bin/sh
# Rebuild the default IDF models in corpora/idf/ from the background corpora, then re-embed them.
#
#   corpora/build_idf.sh                 # or: make corpora
#   BACKGROUND=/path/to/background PRECIS=/path/to/precis corpora/build_idf.sh
#
# BACKGROUND  folder with one sub-folder per language code holding UTF-8 .txt files whose
#             documents are separated by blank lines (default: ../shared/data/background);
#             files named *.LICENSE.txt are licences, not text, and are left out.
# PRECIS      the precis binary to use (default: build .build/release/precis with $SWIFT).
# MIN_DF      keys found in fewer documents are left out (default 2; see corpora/README.md).
# NGRAMS      the longest phrase counted, in words (default 3, as `precis keywords` looks for).
#
# The output is deterministic: the same corpora and the same Precis give the same files.
set -eu

cd "$(dirname "$0")/.."
BACKGROUND=${BACKGROUND:-../shared/data/background}
SWIFT=${SWIFT:-swift}
PYTHON=${PYTHON:-python3}
MIN_DF=${MIN_DF:-2}
NGRAMS=${NGRAMS:-3}
OUT=corpora/idf

if [ -z "${PRECIS:-}" ]; then
    "$SWIFT" build -c release --product precis
    PRECIS=.build/release/precis
fi
[ -d "$BACKGROUND" ] || { echo "build_idf.sh: $BACKGROUND: no such folder (set BACKGROUND)" >&2; exit 1; }

mkdir -p "$OUT"
for dir in "$BACKGROUND"/*/; do
    lang=$(basename "$dir")
    # Text files in byte order, licences left out. Names have no spaces in the corpora we use.
    files=$(find "$dir" -maxdepth 1 -name '*.txt' ! -name '*.LICENSE.txt' | LC_ALL=C sort)
    [ -n "$files" ] || continue
    # shellcheck disable=SC2086  # one argument per file
    "$PRECIS" idf build --documents paragraphs --lang "$lang" --ngrams "$NGRAMS" --min-df "$MIN_DF" \
        -o "$OUT/$lang.idf" $files
done

ls -l "$OUT"/*.idf | awk '{ total += $5; printf "%8d  %s\n", $5, $NF } END { printf "%8d  total\n", total }'
"$PYTHON" scripts/embed_data.py
