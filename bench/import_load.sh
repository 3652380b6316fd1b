#!/usr/bin/env bash
# Imports and everyone else (field findings item 5): K imports of one CSV file posted at once to
# POST /api/v1/imports/trainees while four readers list trainees and a clerk registers people
# one by one (bench/import_load.py), on SQLite and on PostgreSQL. Prints the other users'
# latency alone and during the imports, each import's answer, and the server's peak memory.
# Usage: bench/import_load.sh [rows] [imports] [--bad]   (default 100000 valid rows, 1 import)
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-100000}
imports=${2:-1}
bad=${3:-}
source scripts/lib/bench.sh

python3 bench/trainee_csv.py "$rows" $bad >"$work/trainees.csv"
echo "file: $rows rows ${bad:+(every row bad) }$(du -h "$work/trainees.csv" | cut -f1), $imports import(s) at once"

run() {
  local engine=$1 url=$2 port=$((20000 + RANDOM % 20000))
  build/sunshine keys generate --out "$work/$engine.keys" >/dev/null
  SUNSHINE_LOG_LEVEL=${LOG_LEVEL:-warn} build/sunshine demo --empty --db "$url" --port "$port" --web-root /nonexistent \
    --key-file "$work/$engine.keys" >"$work/$engine.log" 2>&1 &
  server_pid=$!
  wait_for_server "$server_pid" "$port" "$work/$engine.log"
  echo "== $engine (server at start: $(grep VmRSS /proc/$server_pid/status | awk '{print $2, $3}'))"
  python3 bench/import_load.py "http://127.0.0.1:$port" "$work/trainees.csv" "$imports" 8
  echo "   server peak memory: $(grep VmHWM /proc/$server_pid/status | awk '{print $2, $3}')"
  grep -E "imported [0-9]+ trainees|busy|waited" "$work/$engine.log" | sed "s/^/   log: /" | head -5 || true
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true
  server_pid=""
}

run sqlite "sqlite:$work/bench.db"
if [ -z "${SQLITE_ONLY:-}" ]; then
  start_private_pg sunshine_bench
  run postgresql "$PG_URL"
fi
