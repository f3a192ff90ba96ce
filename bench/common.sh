# Sourced by the bench scripts: OUT (the first argument, default bench/results), EVAL and BENCH
# (../shared/eval and ../shared/bench unless set), PRECIS (the release binary) and PY (the
# harness's virtualenv Python, made from PyPI by its setup.sh on first use).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-bench/results}
mkdir -p "$OUT"
EVAL=$(cd "${EVAL:-../shared/eval}" && pwd)
BENCH=$(cd "${BENCH:-../shared/bench}" && pwd)
PRECIS=${PRECIS:-$(pwd)/.build/release/precis}
[[ -x $PRECIS ]] || { echo "no $PRECIS: run 'make release' first" >&2; exit 2; }
PY=$("$BENCH/setup.sh")
