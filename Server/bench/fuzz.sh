#!/usr/bin/env bash
# The API fuzzed from its OpenAPI description (Server/openapi.yaml, as served) with schemathesis:
# every operation, valid and invalid requests; any 5xx, a response its schema does not allow, or
# a server that stops answering fails the run.
#   Server/bench/fuzz.sh SERVER_BINARY [MAX_EXAMPLES]
set -euo pipefail
server=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
examples=${2:-300}
venv=${SCHEMATHESIS_VENV:-/tmp/precis-schemathesis}
[ -x "$venv/bin/schemathesis" ] || { python3 -m venv "$venv" && "$venv/bin/pip" install -q 'schemathesis==4.*'; }
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log=$(mktemp)
"$server" --port "$port" --jobs 2 2>"$log" &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.1; done
cd "$(mktemp -d)"  # schemathesis keeps its state in .schemathesis/ here
"$venv/bin/schemathesis" --version
"$venv/bin/schemathesis" --config-file "$here/schemathesis.toml" run "http://127.0.0.1:$port/openapi.yaml" --url "http://127.0.0.1:$port" \
    --checks all --max-examples "$examples" --phases examples,coverage,fuzzing --mode all --suppress-health-check all
echo "requests logged: $(wc -l <"$log"); 5xx: $(grep -c '"status":5' "$log" || true)"
curl -sf -o /dev/null -w "health afterwards: %{http_code} in %{time_total} s\n" "http://127.0.0.1:$port/health"
