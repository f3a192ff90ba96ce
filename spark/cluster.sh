#!/usr/bin/env bash
# A Spark standalone cluster on this machine: a master and $WORKERS (2) workers, each a JVM of
# its own started with Spark's `spark-class` (from the PySpark wheel, or $SPARK_HOME), bound to
# 127.0.0.1 on free ports. The workers start the applications' executors as JVMs of their own.
#
#   spark/cluster.sh start DIR    start the cluster (logs and work folders in DIR), wait until the
#                                 workers have registered, print the master's URL (spark://...)
#   spark/cluster.sh ps DIR       the cluster's processes: master, workers and their executors
#   spark/cluster.sh stop DIR     stop them all (executors included) and wait until they are gone
#
# Each daemon runs in a session of its own (setsid), whose id is kept in DIR/pids; the executors
# a worker starts, their Python workers and the processes those run stay in that session. `stop`
# sends TERM to each daemon's process group (a worker stops its executors), then KILL to any
# process left in the sessions, and says how many there were.
# Environment: PYTHON (the Python with pyspark, to find SPARK_HOME), SPARK_HOME, WORKERS (2),
# WORKER_CORES (1), WORKER_MEMORY (1g), JAVA_HOME.
set -euo pipefail

command=${1:-}
DIR=${2:-}
[[ -n $command && -n $DIR ]] || { echo "usage: $0 start|ps|stop DIR" >&2; exit 2; }
WORKERS=${WORKERS:-2}
WORKER_CORES=${WORKER_CORES:-1}
WORKER_MEMORY=${WORKER_MEMORY:-1g}

spark_home() {
  if [[ -n ${SPARK_HOME:-} ]]; then echo "$SPARK_HOME"; return; fi
  "${PYTHON:-python3}" -c 'import os, pyspark; print(os.path.dirname(pyspark.__file__))'
}

free_port() {
  "${PYTHON:-python3}" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

daemon() { # NAME CLASS ARGS...: start a daemon in a process group of its own, log in DIR/NAME.log
  local name=$1
  shift
  setsid "$SPARK_HOME/bin/spark-class" "$@" >"$DIR/$name.log" 2>&1 </dev/null &
  echo "$name $!" >>"$DIR/pids"
}

wait_for() { # FILE PATTERN SECONDS: wait until FILE has a line matching PATTERN
  local i
  for ((i = 0; i < $3 * 4; i++)); do
    grep -q "$2" "$1" 2>/dev/null && return 0
    sleep 0.25
  done
  echo "cluster: no '$2' in $1 after $3 s; its end:" >&2
  tail -n 20 "$1" >&2
  return 1
}

processes() { # the pids of every process in the cluster's sessions (a daemon's, its executors', theirs)
  [[ -f $DIR/pids ]] || return 0
  local name pid
  while read -r name pid; do
    ps -o pid= -g "$pid" 2>/dev/null || true # -g: by session, and setsid made one per daemon
  done <"$DIR/pids"
}

stop() { # TERM to each daemon's process group, KILL to whatever is left in their sessions
  [[ -f $DIR/pids ]] || return 0
  local name pid i count left
  count=$(processes | wc -l)
  while read -r name pid; do kill -TERM -- "-$pid" 2>/dev/null || true; done <"$DIR/pids"
  for ((i = 0; i < 60; i++)); do
    [[ -z $(processes) ]] && break
    sleep 0.25
  done
  for pid in $(processes); do kill -KILL "$pid" 2>/dev/null || true; done
  for ((i = 0; i < 20; i++)); do
    [[ -z $(processes) ]] && break
    sleep 0.25
  done
  left=$(processes | wc -l)
  echo "cluster: stopped $count processes; $left left" >&2
  [[ $left == 0 ]] || return 1
  rm -f "$DIR/pids"
}

case $command in
start)
  SPARK_HOME=$(spark_home)
  export SPARK_HOME SPARK_LOCAL_IP=127.0.0.1
  mkdir -p "$DIR"
  [[ ! -f $DIR/pids ]] || stop
  : >"$DIR/pids"
  port=$(free_port)
  daemon master org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" --webui-port "$(free_port)"
  url=spark://127.0.0.1:$port
  wait_for "$DIR/master.log" "I have been elected leader" 60 || { stop; exit 1; }
  for ((w = 1; w <= WORKERS; w++)); do
    mkdir -p "$DIR/worker$w"
    daemon "worker$w" org.apache.spark.deploy.worker.Worker "$url" --host 127.0.0.1 \
      --cores "$WORKER_CORES" --memory "$WORKER_MEMORY" --work-dir "$DIR/worker$w" --webui-port "$(free_port)"
  done
  for ((w = 1; w <= WORKERS; w++)); do
    wait_for "$DIR/worker$w.log" "Successfully registered with master" 60 || { stop; exit 1; }
  done
  echo "$url" >"$DIR/url"
  echo "$url"
  ;;
ps)
  pids=$(processes | tr -d ' ' | paste -sd, -)
  [[ -z $pids ]] || ps -o pid,ppid,rss,etime,args -p "$pids" |
    sed -E 's#/[^ ]*/bin/java .* (org\.apache\.spark\.[A-Za-z.]+)#java ... \1#' | cut -c 1-200
  ;;
stop)
  stop
  ;;
*)
  echo "usage: $0 start|ps|stop DIR" >&2
  exit 2
  ;;
esac
