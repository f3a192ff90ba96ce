#!/usr/bin/env bash
# Load test of precis-serve on loopback with wrk: a 4 KB article at 1, 2 and 16 connections
# (requests/s, p50/p99 latency, errors), peak memory after 1,000 and after 100,000 requests,
# `precis batch`'s documents per second on the same article and machine, then the hostile
# requests (hostile.py). Results as Markdown in OUT/load.md.
#   Server/bench/load.sh SERVER_BINARY PRECIS_BINARY OUT
set -euo pipefail
server=$1 precis=$2 out=$3
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
jobs=${JOBS:-2} seconds=${SECONDS_PER_RUN:-20} total=${TOTAL:-100000}
mkdir -p "$out"
work=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT

# The article: the sample three times over, cut to 4,096 bytes at a sentence's end.
python3 - "$root/corpora/samples/lake-en.txt" "$work" <<'PY'
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
article = (text + "\n\n") * 4
cut = article.encode()[:4096].decode("utf-8", "ignore")
cut = cut[: cut.rfind(".") + 1]
open(sys.argv[2] + "/article.txt", "w").write(cut)
open(sys.argv[2] + "/body.json", "w").write(json.dumps({"text": cut}))
with open(sys.argv[2] + "/batch.jsonl", "w") as f:
    for i in range(2000):
        f.write(json.dumps({"id": str(i), "text": cut}) + "\n")
print(f"article: {len(cut.encode())} bytes")
PY
cat >"$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$work/body.json", "rb"); wrk.body = f:read("*a"); f:close()
LUA

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$server" --port "$port" --jobs "$jobs" 2>"$work/requests.log" &
pid=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.1; done
url="http://127.0.0.1:$port/v1/analyze"
memory() { awk '/VmHWM|VmRSS/ {printf "%s %d MB  ", $1, $2/1024}' "/proc/$pid/status"; }

# The same bytes as batch writes?
curl -s -H 'Content-Type: application/json' --data-binary @"$work/body.json" "$url" >"$work/served.json"
printf '{"id":"x","text":%s}\n' "$(python3 -c 'import json,sys; print(json.dumps(open(sys.argv[1]).read()))' "$work/article.txt")" \
    | "$precis" batch --stdin-jsonl -k 10 --quiet | sed 's/"id":"x",//' >"$work/batch.json"
cmp -s "$work/served.json" "$work/batch.json" && identical=yes || identical=NO

# Exactly 1,000 requests first (one connection, kept alive), then the memory.
python3 - "$port" "$work/body.json" <<'PY'
import http.client, sys
connection = http.client.HTTPConnection("127.0.0.1", int(sys.argv[1]))
body = open(sys.argv[2], "rb").read()
for _ in range(1000):
    connection.request("POST", "/v1/analyze", body=body, headers={"Content-Type": "application/json"})
    response = connection.getresponse()
    response.read()
    assert response.status == 200, response.status
PY
after1k=$(memory)
served=1000

{
echo "# precis serve under load ($(date -u +%Y-%m-%d), $(nproc) cores, --jobs $jobs)"
echo
echo "A $(wc -c <"$work/article.txt")-byte English article, POST /v1/analyze with the defaults (3 sentences, 10 keywords); wrk on the same machine. Response identical to \`precis batch -k 10\`'s record: $identical."
echo
echo "| connections | requests/s | p50 | p99 | errors |"
echo "|---:|---:|---:|---:|---:|"
} >"$out/load.md"
for connections in 1 2 16; do
    threads=$(( connections < 2 ? 1 : 2 ))
    wrk -t$threads -c$connections -d${seconds}s --latency -s "$work/post.lua" "$url" >"$work/wrk-$connections.txt"
    rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk-$connections.txt")
    p50=$(awk '$1=="50%" {print $2}' "$work/wrk-$connections.txt")
    p99=$(awk '$1=="99%" {print $2}' "$work/wrk-$connections.txt")
    count=$(awk '/requests in/ {print $1}' "$work/wrk-$connections.txt")
    non2xx=$(awk '/Non-2xx/ {print $NF}' "$work/wrk-$connections.txt")
    socket=$(awk '/Socket errors/ {gsub(",", ""); print $4+$6+$8+$10}' "$work/wrk-$connections.txt")
    served=$((served + count))
    echo "| $connections | $rps | $p50 | $p99 | $(( ${non2xx:-0} + ${socket:-0} )) |" >>"$out/load.md"
done
# More at 2 connections, 20 s at a time, until TOTAL requests have been served.
while [ "$served" -lt "$total" ]; do
    wrk -t2 -c2 -d20s -s "$work/post.lua" "$url" >"$work/rest.txt"
    served=$(( served + $(awk '/requests in/ {print $1}' "$work/rest.txt") ))
done
after100k=$(memory)

start=$(date +%s.%N)
"$precis" batch --stdin-jsonl -k 10 --quiet --jobs "$jobs" <"$work/batch.jsonl" >/dev/null
end=$(date +%s.%N)
batch=$(python3 -c "print(f'{2000 / ($end - $start):.0f}')")
logged=$(wc -l <"$work/requests.log")
{
echo
echo "Memory of the server (VmHWM is the peak): after 1,000 requests: $after1k; after $served requests: $after100k."
echo
echo "\`precis batch --stdin-jsonl -k 10 --jobs $jobs\` on 2,000 copies of the article, same machine, same run: $batch documents/s."
echo
echo "Log lines written: $logged (one a request, plus the start line)."
} >>"$out/load.md"

python3 "$here/hostile.py" --port "$port" --pid "$pid" >>"$out/load.md"
cat "$out/load.md"
