#!/usr/bin/env bash
# Precis on Apache Spark, in local mode and on a standalone cluster started on this machine,
# checked against the single-machine `precis batch` on the same corpus (make spark-demo):
#
#   1. a virtualenv with PySpark from PyPI, in ${XDG_CACHE_HOME:-~/.cache}/precis-spark/venv
#      (made on first use, reused after);
#   2. a mixed corpus in the work folder: news/, the first $DOCS (200) documents of the bench's
#      English news corpus (~/.cache/precis-bench/speed_corpus, made by
#      ../shared/bench/make_speed_corpus.py if absent), and texts of $EVAL (../shared/eval) in
#      Russian, Ukrainian, Japanese, Chinese and English written in windows-1251, KOI8-R,
#      Shift_JIS, EUC-JP, GB18030, UTF-16 with and without a byte-order mark, and two files that
#      are not text (spark/legacy_corpus.py); or CORPUS=DIR (its files as `precis batch` takes them);
#   3. spark/precis_spark.py in local mode (--input-mode path: precis opens the files) and on a
#      standalone cluster (spark/cluster.sh: a master and two workers, each a JVM, stopped on
#      exit) with the precis binary shipped to the executors, in both input modes (base64: the
#      executors read the bytes with binaryFiles; path), with the shipped IDF models and
#      --lang auto; and on the cluster with corpus IDF by map/reduce (news/ only, --lang en);
#   4. `precis batch` on the same corpus, plain and with --idf corpus; each Spark run's records
#      compared with its records (the same documents, identical records after mapping path to
#      id, error records included, in the same order), and the map/reduce model with
#      `precis idf build` over the same files.
#
# Prints PASS or FAIL with counts, the documents by encoding, the wall times and the cluster's
# processes while a job ran; exit status 0 on PASS.
# Environment: SPARK_MODE (both: local and standalone; or local, standalone), PRECIS (default
# .build/release/precis, built if missing), CORPUS, DOCS, N, K, LANG_CODE (en, the language of
# the corpus IDF run), IDF_INCLUDE (news/*.txt; with CORPUS=DIR every file), PYTHON (python3, for
# the virtualenv), BENCH (../shared/bench), EVAL (../shared/eval).
set -euo pipefail
cd "$(dirname "$0")/.."

PYSPARK_VERSION=3.5.9 # runs on Java 8, 11 and 17
CACHE=${XDG_CACHE_HOME:-$HOME/.cache}
VENV=$CACHE/precis-spark/venv
WORK=$CACHE/precis-spark/run
PRECIS=${PRECIS:-.build/release/precis}
BENCH=${BENCH:-../shared/bench}
EVAL=${EVAL:-../shared/eval}
DOCS=${DOCS:-200}
N=${N:-3}
K=${K:-10}
LANG_CODE=${LANG_CODE:-en}
SPARK_MODE=${SPARK_MODE:-both}
case $SPARK_MODE in
local | standalone | both) ;;
*) echo "spark-demo: SPARK_MODE is local, standalone or both, not $SPARK_MODE" >&2; exit 2 ;;
esac

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

# --- 1. Java and PySpark
if ! command -v java >/dev/null && [[ -z ${JAVA_HOME:-} ]]; then
  echo "spark-demo: Spark needs a Java runtime (17): apt-get install openjdk-17-jre-headless" >&2
  exit 2
fi
if ! "$VENV/bin/python" -c "import pyspark" 2>/dev/null; then
  echo "== a virtualenv with pyspark $PYSPARK_VERSION in $VENV"
  "${PYTHON:-python3}" -m venv "$VENV"
  "$VENV/bin/pip" install -q "pyspark==$PYSPARK_VERSION"
fi
SPARKPY=("$VENV/bin/python" spark/precis_spark.py)

# --- 2. Precis and the corpus
if [[ ! -x $PRECIS ]]; then
  echo "== building $PRECIS"
  swift build -c release --product precis
fi
PRECIS=$(cd "$(dirname "$PRECIS")" && pwd)/$(basename "$PRECIS")
[[ $("$PRECIS" batch --help) == *--list-files* ]] || {
  echo "spark-demo: $PRECIS has no batch --list-files: build the current sources (make release)" >&2
  exit 2
}
rm -rf "$WORK" && mkdir -p "$WORK"
if [[ -n ${CORPUS:-} ]]; then
  CORPUS=$(cd "$CORPUS" && pwd)
  IDF_INCLUDE=${IDF_INCLUDE:-}
else
  SPEED=${SPEED_CORPUS:-$CACHE/precis-bench/speed_corpus}
  if [[ ! -d $SPEED ]]; then
    echo "== making the bench's news corpus in $SPEED"
    "${PYTHON:-python3}" "$BENCH/make_speed_corpus.py" "$SPEED"
  fi
  CORPUS=$WORK/corpus
  mkdir -p "$CORPUS/news"
  find "$SPEED" -maxdepth 1 -name '*.txt' | sort | sed -n "1,${DOCS}p" | xargs cp -t "$CORPUS/news"
  echo "== legacy encodings, from $EVAL: $("${PYTHON:-python3}" spark/legacy_corpus.py --eval "$EVAL" "$CORPUS")"
  IDF_INCLUDE=${IDF_INCLUDE-news/*.txt}
fi
IDF_LISTING=()
[[ -z $IDF_INCLUDE ]] || IDF_LISTING=(--include "$IDF_INCLUDE")
"$PRECIS" batch --list-files "$CORPUS" >"$WORK/files.jsonl"
"$PRECIS" batch --list-files "$CORPUS" "${IDF_LISTING[@]}" >"$WORK/files-idf.jsonl"
listed() { "$VENV/bin/python" -c 'import json, sys
files = [json.loads(line) for line in open(sys.argv[1])]
print(len(files), "files,", sum(f["bytes"] for f in files), "bytes")' "$1"; }
echo "== corpus: $CORPUS ($(listed "$WORK/files.jsonl"), as precis batch --list-files lists them); -n $N -k $K --lang auto"
echo "   corpus IDF runs: ${IDF_INCLUDE:-every file} ($(listed "$WORK/files-idf.jsonl")), --lang $LANG_CODE"

# --- 3. The runs. Spark: one task per core, one thread per precis process (--jobs 1);
# precis batch: one process, one thread per core.
export PYSPARK_PYTHON=$VENV/bin/python SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}
status=0
declare -A took
order=()
spark() { # NAME MASTER [options]: a Spark run into $WORK/NAME.jsonl (exit 1: some error records)
  local name=$1 master=$2 t0
  shift 2
  t0=$(now)
  "${SPARKPY[@]}" run "$CORPUS" --precis "$PRECIS" --master "$master" -n "$N" -k "$K" --jobs 1 \
    -o "$WORK/$name.jsonl" "$@" 2>"$WORK/$name.log" || {
    [[ $? == 1 ]] || { echo "spark run failed; the end of $WORK/$name.log:" >&2; tail -n 20 "$WORK/$name.log" >&2; status=1; }
  }
  took[$name]=$(seconds "$t0" "$(now)")
  order+=("$name")
  grep '^precis on spark' "$WORK/$name.log" || true
}
batch() { # NAME [options]: precis batch over the corpus into $WORK/NAME.jsonl (exit 1: some error records)
  local name=$1 t0
  shift
  t0=$(now)
  "$PRECIS" batch -n "$N" -k "$K" "$@" "$CORPUS" >"$WORK/$name.jsonl" 2>"$WORK/$name.log" || {
    [[ $? == 1 ]] || { echo "precis batch failed:" >&2; tail -n 20 "$WORK/$name.log" >&2; status=1; }
  }
  took[$name]=$(seconds "$t0" "$(now)")
  order+=("$name")
}

runs=() # NAME:BATCH-NAME of each Spark run
if [[ $SPARK_MODE != standalone ]]; then
  echo "== Spark in local mode (local[*]), path input, shipped IDF models, --lang auto"
  spark local "local[*]" --lang auto --input-mode path
  runs+=(local:batch)
fi
if [[ $SPARK_MODE != local ]]; then
  CLUSTER=$WORK/cluster
  trap 'kill "${watcher:-}" 2>/dev/null || true; PYTHON=$VENV/bin/python spark/cluster.sh stop "$CLUSTER" || true' EXIT
  echo "== a standalone cluster on this machine: a master and two workers of 1 core (spark/cluster.sh)"
  t0=$(now)
  MASTER=$(PYTHON=$VENV/bin/python WORKERS=2 WORKER_CORES=1 spark/cluster.sh start "$CLUSTER")
  echo "   $MASTER, up in $(seconds "$t0" "$(now)") s; logs in $CLUSTER"
  # The cluster's processes, every half second while the jobs run; the fullest view is kept.
  (
    while :; do
      PYTHON=$VENV/bin/python spark/cluster.sh ps "$CLUSTER" >"$CLUSTER/ps.now" 2>/dev/null || true
      if [[ ! -f $CLUSTER/ps.max || $(wc -l <"$CLUSTER/ps.now") -gt $(wc -l <"$CLUSTER/ps.max") ]]; then
        mv "$CLUSTER/ps.now" "$CLUSTER/ps.max"
      fi
      sleep 0.5
    done
  ) &
  watcher=$!
  echo "== Spark on the cluster, binary shipped, base64 input (binaryFiles), shipped IDF models, --lang auto"
  spark standalone "$MASTER" --ship-binary --lang auto --input-mode base64
  runs+=(standalone:batch)
  echo "== Spark on the cluster, binary shipped, path input, shipped IDF models, --lang auto"
  spark standalone-path "$MASTER" --ship-binary --lang auto --input-mode path
  runs+=(standalone-path:batch)
  echo "== Spark on the cluster, base64 input, corpus IDF counted by map/reduce (a model per partition, merged)"
  spark standalone-corpus "$MASTER" --ship-binary --lang "$LANG_CODE" --input-mode base64 \
    "${IDF_LISTING[@]}" --idf corpus --save-idf "$WORK/mapreduce.idf"
  runs+=(standalone-corpus:batch-corpus)
  kill "$watcher" 2>/dev/null || true
  wait "$watcher" 2>/dev/null || true
  ps_max=$(cat "$CLUSTER/ps.max" 2>/dev/null || true)
  trap - EXIT
  printf '   '
  PYTHON=$VENV/bin/python spark/cluster.sh stop "$CLUSTER" 2>&1 || status=1
elif [[ $SPARK_MODE == local ]]; then
  echo "== Spark in local mode, corpus IDF counted by map/reduce (a model per partition, merged)"
  spark local-corpus "local[*]" --lang "$LANG_CODE" "${IDF_LISTING[@]}" --idf corpus --save-idf "$WORK/mapreduce.idf"
  runs+=(local-corpus:batch-corpus)
fi
echo "== precis batch --lang auto, shipped IDF models"
batch batch --lang auto
echo "== precis batch --lang $LANG_CODE ${IDF_LISTING[*]}${IDF_LISTING:+ }--idf corpus"
batch batch-corpus --lang "$LANG_CODE" "${IDF_LISTING[@]}" --idf corpus
"$VENV/bin/python" -c 'import json, sys
print("\n".join(json.loads(line)["path"] for line in open(sys.argv[1])))' "$WORK/files-idf.jsonl" |
  xargs -d '\n' "$PRECIS" idf build --lang "$LANG_CODE" -o "$WORK/whole.idf" 2>"$WORK/whole.log" ||
  [[ -s $WORK/whole.idf ]] || status=1 # (exit 1, for files it could not read, still writes the model)

# --- 4. The comparisons
echo "== results (in $WORK)"
for run in "${runs[@]}"; do
  printf '%-36s ' "${run%%:*} = ${run#*:}:"
  "${SPARKPY[@]}" compare "$WORK/${run%%:*}.jsonl" "$WORK/${run#*:}.jsonl" --root "$CORPUS" \
    --names "spark,batch" $([[ $run == *:batch ]] && echo --encodings) || status=1
done
printf '%-36s ' "map/reduce model = precis idf build:"
if cmp -s "$WORK/mapreduce.idf" "$WORK/whole.idf"; then
  echo "PASS: $(wc -l <"$WORK/whole.idf") lines, identical"
else
  echo "FAIL: $WORK/mapreduce.idf and $WORK/whole.idf differ"
  status=1
fi
echo "== each folder's files, by the encoding precis read them in (precis batch; Spark's are the same when PASS)"
"$VENV/bin/python" - "$WORK/batch.jsonl" "$CORPUS" <<'EOF'
import json, sys
rows = {}
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    folder = r["path"][len(sys.argv[2].rstrip("/")) + 1:].rsplit("/", 1)[0]
    read = f"error: {r['error']}" if "error" in r else f"{r['encoding']}, {r.get('language', '?')}"
    rows.setdefault(folder, {}).setdefault(read, 0)
    rows[folder][read] += 1
for folder, reads in rows.items():
    print(f"  {folder:<24} " + "; ".join(f"{n} read as {read}" if not read.startswith("error") else f"{n} {read}"
                                        for read, n in reads.items()))
EOF
echo "== wall times (Spark's include its start-up; each run's own line above splits it)"
for name in "${order[@]}"; do printf '  %-20s %6s s\n' "$name" "${took[$name]}"; done
if [[ -n ${ps_max:-} ]]; then
  echo "== the cluster's processes while a job ran (spark/cluster.sh ps: master, workers, executors, their Python workers and precis)"
  echo "$ps_max" | grep -v '<defunct>'
fi
if [[ $status == 0 ]]; then echo "spark-demo: PASS"; else echo "spark-demo: FAIL"; fi
exit "$status"
