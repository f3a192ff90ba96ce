#!/usr/bin/env bash
# Precis on Apache Spark (local mode), checked against the single-machine `precis batch` on the
# same corpus (make spark-demo):
#
#   1. a virtualenv with PySpark from PyPI, in ${XDG_CACHE_HOME:-~/.cache}/precis-spark/venv
#      (made on first use, reused after);
#   2. a sample corpus: the first $DOCS (200) documents of the bench's English news corpus
#      (~/.cache/precis-bench/speed_corpus, made by ../shared/bench/make_speed_corpus.py if
#      absent), or CORPUS=DIR (all of its .txt files);
#   3. spark/precis_spark.py with the shipped IDF models and with corpus IDF (map/reduce), and
#      `precis batch` on the same corpus, plain and with --idf corpus;
#   4. the records compared (same documents; identical records after mapping path to id), and
#      the map/reduce model against `precis idf build` over the whole corpus.
#
# Prints PASS or FAIL with counts and the wall times; exit status 0 on PASS.
# Environment: PRECIS (default .build/release/precis, built if missing), CORPUS, DOCS, N, K,
# LANG_CODE (en), SPARK_MASTER (local[*]), PYTHON (python3, for the virtualenv), BENCH
# (../shared/bench).
set -euo pipefail
cd "$(dirname "$0")/.."

PYSPARK_VERSION=3.5.9 # runs on Java 8, 11 and 17
CACHE=${XDG_CACHE_HOME:-$HOME/.cache}
VENV=$CACHE/precis-spark/venv
WORK=$CACHE/precis-spark/run
PRECIS=${PRECIS:-.build/release/precis}
BENCH=${BENCH:-../shared/bench}
DOCS=${DOCS:-200}
N=${N:-3}
K=${K:-10}
LANG_CODE=${LANG_CODE:-en}
SPARK_MASTER=${SPARK_MASTER:-local[*]}

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

# --- 2. Precis and the corpus
if [[ ! -x $PRECIS ]]; then
  echo "== building $PRECIS"
  swift build -c release --product precis
fi
PRECIS=$(cd "$(dirname "$PRECIS")" && pwd)/$(basename "$PRECIS")
rm -rf "$WORK" && mkdir -p "$WORK"
if [[ -n ${CORPUS:-} ]]; then
  CORPUS=$(cd "$CORPUS" && pwd)
else
  SPEED=${SPEED_CORPUS:-$CACHE/precis-bench/speed_corpus}
  if [[ ! -d $SPEED ]]; then
    echo "== making the bench's news corpus in $SPEED"
    "${PYTHON:-python3}" "$BENCH/make_speed_corpus.py" "$SPEED"
  fi
  CORPUS=$WORK/corpus
  mkdir -p "$CORPUS"
  find "$SPEED" -maxdepth 1 -name '*.txt' | sort | head -n "$DOCS" | xargs cp -t "$CORPUS"
fi
ndocs=$(find "$CORPUS" -name '*.txt' | wc -l)
bytes=$(find "$CORPUS" -name '*.txt' -print0 | du -cb --files0-from=- | tail -n 1 | cut -f 1)
echo "== corpus: $CORPUS ($ndocs documents, $bytes bytes); -n $N -k $K --lang $LANG_CODE"

# --- 3. The runs. Spark: one task per core, one thread per precis process (--jobs 1);
# precis batch: one process, one thread per core.
export PYSPARK_PYTHON=$VENV/bin/python SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}
status=0
spark() { # OUT LOG [options]: a Spark run (exit 1: some error records); its summary line, or the log's end if it failed
  local out=$1 log=$2
  shift 2
  "$VENV/bin/python" spark/precis_spark.py run "$CORPUS" --precis "$PRECIS" --master "$SPARK_MASTER" \
    -n "$N" -k "$K" --lang "$LANG_CODE" --jobs 1 -o "$out" "$@" 2>"$log" || {
    [[ $? == 1 ]] || { echo "spark run failed; the end of $log:" >&2; tail -n 20 "$log" >&2; status=1; }
  }
  grep '^precis on spark' "$log" || true
}
batch() { # OUT [options]: precis batch over the corpus (exit 1 means some error records)
  local out=$1
  shift
  "$PRECIS" batch -n "$N" -k "$K" --lang "$LANG_CODE" "$@" "$CORPUS" >"$out" 2>"$out.log" || {
    [[ $? == 1 ]] || { echo "precis batch failed:" >&2; tail -n 20 "$out.log" >&2; status=1; }
  }
}

echo "== Spark ($SPARK_MASTER), shipped IDF models"
t0=$(now); spark "$WORK/spark.jsonl" "$WORK/spark.log"; t1=$(now)
echo "== Spark, corpus IDF counted by map/reduce (a model per partition, merged)"
spark "$WORK/spark-corpus.jsonl" "$WORK/spark-corpus.log" --idf corpus --save-idf "$WORK/mapreduce.idf"; t2=$(now)
echo "== precis batch, shipped IDF models"
batch "$WORK/batch.jsonl"; t3=$(now)
echo "== precis batch --idf corpus"
batch "$WORK/batch-corpus.jsonl" --idf corpus; t4=$(now)
"$PRECIS" idf build "$CORPUS" --lang "$LANG_CODE" -o "$WORK/whole.idf" 2>/dev/null || status=1

# --- 4. The comparisons
echo "== results (in $WORK)"
compare() { # NAME SPARK BATCH
  printf '%-32s ' "$1"
  "$VENV/bin/python" spark/precis_spark.py compare "$2" "$3" --root "$CORPUS" || status=1
}
compare "shipped IDF:" "$WORK/spark.jsonl" "$WORK/batch.jsonl"
compare "corpus IDF:" "$WORK/spark-corpus.jsonl" "$WORK/batch-corpus.jsonl"
printf '%-32s ' "map/reduce model = whole model:"
if cmp -s "$WORK/mapreduce.idf" "$WORK/whole.idf"; then
  echo "PASS: $(wc -l <"$WORK/whole.idf") lines, identical"
else
  echo "FAIL: $WORK/mapreduce.idf and $WORK/whole.idf differ"
  status=1
fi
echo "wall time, shipped IDF:  spark $(seconds "$t0" "$t1") s (start-up included), precis batch $(seconds "$t2" "$t3") s"
echo "wall time, corpus IDF:   spark $(seconds "$t1" "$t2") s (start-up included), precis batch $(seconds "$t3" "$t4") s"
if [[ $status == 0 ]]; then echo "spark-demo: PASS"; else echo "spark-demo: FAIL"; fi
exit "$status"
