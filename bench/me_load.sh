#!/usr/bin/env bash
# Load benchmark: wrk on loopback against GET /api/v1/me with a bearer token, 64 connections,
# bounded in time, on SQLite and on PostgreSQL. Prints requests/s, latency percentiles and the
# server's peak resident memory (VmHWM). Usage: bench/me_load.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-20}
connections=${2:-64}
source scripts/lib/private_pg.sh
source scripts/lib/wait_server.sh
work=$(mktemp -d /tmp/sunshine-bench.XXXXXX)
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  stop_private_pg
  rm -rf "$work"
}
trap cleanup EXIT

run() {
  local engine=$1 url=$2 port=$((20000 + RANDOM % 20000))
  SUNSHINE_LOG_LEVEL=warn build/sunshine demo --db "$url" --port "$port" --web-root /nonexistent >"$work/$engine.log" 2>&1 &
  server_pid=$!
  wait_for_server "$server_pid" "$port" "$work/$engine.log"
  local token
  token=$(curl -sf -X POST "http://127.0.0.1:$port/api/v1/sessions" -H 'Content-Type: application/json' \
    -d '{"username":"city_officer","password":"Sunshine@2026"}' | sed -E 's/.*"token":"([^"]+)".*/\1/')
  curl -sf "http://127.0.0.1:$port/api/v1/me" -H "Authorization: Bearer $token" >/dev/null
  echo "== $engine: wrk -t2 -c$connections -d${duration}s --latency GET /api/v1/me"
  wrk -t2 -c"$connections" -d"${duration}s" --latency -H "Authorization: Bearer $token" \
    "http://127.0.0.1:$port/api/v1/me" | grep -E "Requests/sec|Latency|50%|75%|90%|99%|requests in|Non-2xx|Socket errors"
  echo "server peak memory: $(grep VmHWM /proc/$server_pid/status | awk '{print $2, $3}')"
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true
  server_pid=""
}

run sqlite "sqlite:$work/bench.db"
start_private_pg sunshine_bench
run postgresql "$PG_URL"
