#!/usr/bin/env bash
# Check-in upload benchmark (issue 5): the demo server on SQLite and then on PostgreSQL, one
# approved class of 50 and a registered terminal (bench/checkin_setup.py), then
# build/bench/checkin_load signs and uploads 500-event batches over loopback from its own
# process and prints events stored per second and batch latency percentiles, and the server's
# peak resident memory. Usage: bench/checkin_load.sh [batches] [connections] [batch size]
# (ENGINES="sqlite postgresql" by default; BENCH_BIN_DIR=build, or build-release from bench/run.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
batches=${1:-200}
connections=${2:-4}
size=${3:-500}
seed=$(printf '5a%.0s' $(seq 1 32))
source scripts/lib/bench.sh

run() {
  local engine=$1 url=$2 port=$((20000 + RANDOM % 20000))
  SUNSHINE_LOG_LEVEL=warn SUNSHINE_POLICY_MIN_NOTICE_WORKING_DAYS=0 SUNSHINE_POLICY_MAX_DAILY_MINUTES=1440 \
    SUNSHINE_BODY_LIMIT_BYTES=4194304 SUNSHINE_PHOTO_DIR="$work/photos" \
    "${BENCH_BIN_DIR:-build}/sunshine" demo --empty --db "$url" --port "$port" --web-root /nonexistent >"$work/$engine.log" 2>&1 &
  server_pid=$!
  wait_for_server "$server_pid" "$port" "$work/$engine.log"
  read -r class session trainees key_id < <(python3 bench/checkin_setup.py "$port" "$("${BENCH_BIN_DIR:-build}/bench/checkin_load" --public-key "$seed")")
  echo "== $engine: $batches batches of $size events, $connections connections"
  # The SQLite write-ahead log, sampled every 100 ms through the run and after 5 s idle.
  local wal="${url#sqlite:}-wal" sampler=""
  if [ "$engine" = sqlite ]; then
    (peak=0; while :; do s=$(stat -c %s "$wal" 2>/dev/null || echo 0); [ "$s" -gt "$peak" ] && peak=$s && echo "$peak" > "$work/wal_peak"; sleep 0.1; done) &
    sampler=$!
  fi
  "${BENCH_BIN_DIR:-build}/bench/checkin_load" --port "$port" --seed "$seed" --key-id "$key_id" --class "$class" --session "$session" \
    --trainees "$trainees" --batches "$batches" --batch-size "$size" --connections "$connections"
  echo "server peak memory: $(grep VmHWM /proc/$server_pid/status | awk '{print $2, $3}')"
  if [ -n "$sampler" ]; then
    sleep 5
    kill "$sampler"; wait "$sampler" 2>/dev/null || true
    echo "WAL peak: $(( $(cat "$work/wal_peak" 2>/dev/null || echo 0) / 1048576 )) MB, after 5 s idle: $(( $(stat -c %s "$wal" 2>/dev/null || echo 0) / 1048576 )) MB, database: $(( $(stat -c %s "${url#sqlite:}") / 1048576 )) MB"
  fi
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true
  server_pid=""
}

engines=${ENGINES:-sqlite postgresql}
for engine in $engines; do
  if [ "$engine" = sqlite ]; then
    run sqlite "sqlite:$work/bench.db"
  else
    start_private_pg sunshine_bench
    run postgresql "$PG_URL"
  fi
done
