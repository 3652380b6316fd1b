#!/usr/bin/env bash
# Import benchmark (R-P3): N trainee rows (default 100,000) in one CSV file posted to
# POST /api/v1/imports/trainees on loopback, as the county officer, on SQLite and on
# PostgreSQL. Every row is validated (GB 11643, regions, groups, duplicates in the file and in
# the registry), ID number and phone sealed with SM4 and indexed with HMAC-SM3, and all rows
# stored in one transaction. Prints wall time, rows/s and the server's peak memory.
# Usage: bench/import_trainees.sh [rows]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-100000}
source scripts/lib/bench.sh

python3 bench/trainee_csv.py "$rows" >"$work/trainees.csv"
echo "file: $rows rows, $(du -h "$work/trainees.csv" | cut -f1)"

run() {
  local engine=$1 url=$2 port=$((20000 + RANDOM % 20000))
  build/sunshine keys generate --out "$work/$engine.keys" >/dev/null
  SUNSHINE_LOG_LEVEL=warn build/sunshine demo --empty --db "$url" --port "$port" --web-root /nonexistent \
    --key-file "$work/$engine.keys" >"$work/$engine.log" 2>&1 &
  server_pid=$!
  wait_for_server "$server_pid" "$port" "$work/$engine.log"
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/$engine.log"; exit 1; }
  local token
  token=$(curl -sf -X POST "http://127.0.0.1:$port/api/v1/sessions" -H 'Content-Type: application/json' \
    -d '{"username":"county_officer","password":"Sunshine@2026"}' | sed -E 's/.*"token":"([^"]+)".*/\1/')
  local started ended answer
  started=$(date +%s.%N)
  answer=$(curl -s -X POST "http://127.0.0.1:$port/api/v1/imports/trainees" -H "Authorization: Bearer $token" \
    -H 'Content-Type: text/csv; charset=utf-8' --data-binary @"$work/trainees.csv" -w ' HTTP %{http_code}')
  ended=$(date +%s.%N)
  echo "== $engine: ${answer:0:120}"
  awk -v a="$started" -v b="$ended" -v n="$rows" 'BEGIN { printf "   %.2f s, %.0f rows/s\n", b - a, n / (b - a) }'
  local total
  total=$(curl -sf "http://127.0.0.1:$port/api/v1/trainees?limit=1" -H "Authorization: Bearer $token" |
    sed -E 's/.*"total":([0-9]+).*/\1/')
  echo "   trainees listed afterwards: $total"
  echo "   server peak memory: $(grep VmHWM /proc/$server_pid/status | awk '{print $2, $3}')"
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true
  server_pid=""
}

run sqlite "sqlite:$work/bench.db"
start_private_pg sunshine_bench
run postgresql "$PG_URL"
