#!/usr/bin/env bash
# Issue benchmark: client overhead per query (round trip minus the server's reported time), ours vs curl vs
# the official JS client, in one run against the same embedded server on loopback.
# Usage: bench/run-client-overhead.sh [BUILD_DIR] [N]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build/release}
n=${2:-10000}
cli=$build/app/vectordesk-cli
data=$(mktemp -d)
log=$(mktemp)
trap 'kill $server 2>/dev/null || true; rm -rf "$data" "$log"' EXIT
# The server on core 0, every client on core 1: the clients are measured, not the scheduler.
pin0=""; pin1=""
if command -v taskset >/dev/null && [ "$(nproc)" -ge 2 ]; then pin0="taskset -c 0"; pin1="taskset -c 1"; fi
$pin0 "$cli" serve-local --port 0 --data "$data" > "$log" 2>&1 &
server=$!
for _ in $(seq 100); do grep -q listening "$log" && break; sleep 0.1; done
url=$(sed -n 's/^listening on //p' "$log")
[ -d "$here/node_modules/@qdrant/js-client-rest" ] || (cd "$here" && npm install --no-audit --no-fund --silent)
query=$(mktemp)
python3 -c "import json,random; random.seed(7); print(json.dumps({'query':[random.uniform(-1,1) for _ in range(128)],'limit':10}))" > "$query"
"$build/bench/vd_bench_client_overhead" "$url" bench 50 128 --setup 1000 > /dev/null   # collection + warm-up
ours=$($pin1 "$build/bench/vd_bench_client_overhead" "$url" bench "$n" 128)
curl=$($pin1 python3 "$here/curl_overhead.py" "$url" bench "$n" "$query")
js=$(cd "$here" && $pin1 node js_client_overhead.mjs "$url" bench "$n" "$query")
rm -f "$query"
printf '%s\n%s\n%s\n' "$ours" "$curl" "$js"
