#!/usr/bin/env bash
# Load benchmark: wrk on loopback against GET endpoints with one account's bearer token, on
# SQLite and on PostgreSQL, each over the demo (a generated demo-scale province, see
# docs/generator.md), bounded in time. Prints requests/s, latency percentiles per path and the
# server's peak resident memory (VmHWM).
# Usage: bench/api_load.sh "PATH [PATH...]" [account] [seconds] [connections] [engines]
#   e.g. bench/api_load.sh "/api/v1/dashboard/overview /api/v1/dashboard/regions" province_officer 15 64
set -euo pipefail
cd "$(dirname "$0")/.."
paths=${1:?paths}
account=${2:-city_officer}
duration=${3:-15}
connections=${4:-64}
engines=${5:-sqlite postgresql}
source scripts/lib/bench.sh

run() {
  local engine=$1 url=$2 port=$((20000 + RANDOM % 20000))
  SUNSHINE_LOG_LEVEL=warn SUNSHINE_PHOTO_DIR="$work/photos-$engine" build/sunshine demo --db "$url" --port "$port" \
    --web-root /nonexistent >"$work/$engine.log" 2>&1 &
  server_pid=$!
  wait_for_server "$server_pid" "$port" "$work/$engine.log"
  grep -m1 "institutions," "$work/$engine.log" || true
  local token
  token=$(curl -sf -X POST "http://127.0.0.1:$port/api/v1/sessions" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$account\",\"password\":\"Sunshine@2026\"}" | sed -E 's/.*"token":"([^"]+)".*/\1/')
  for path in $paths; do
    curl -sf "http://127.0.0.1:$port$path" -H "Authorization: Bearer $token" >/dev/null
    echo "== $engine: wrk -t2 -c$connections -d${duration}s --latency GET $path as $account"
    wrk -t2 -c"$connections" -d"${duration}s" --latency -H "Authorization: Bearer $token" \
      "http://127.0.0.1:$port$path" | grep -E "Requests/sec|Latency|50%|75%|90%|99%|requests in|Non-2xx|Socket errors"
  done
  echo "server peak memory: $(grep VmHWM /proc/$server_pid/status | awk '{print $2, $3}')"
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true
  server_pid=""
}

for engine in $engines; do
  if [ "$engine" = sqlite ]; then
    run sqlite "sqlite:$work/bench.db"
  else
    start_private_pg sunshine_bench
    run postgresql "$PG_URL"
  fi
done
