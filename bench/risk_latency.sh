#!/usr/bin/env bash
# Screening after each batch (issue 15 item 3), measured: on each engine, a quiet demo server
# with a class and terminal (bench/checkin_setup.py), then
#  1. alert latency: one signed batch of 20 check-ins captured at one instant (terminal_burst)
#     and the time until the province officer's queue holds its alert (bench/risk_latency.py),
#     on a fresh server each of `rounds` times;
#  2. upload throughput with screening (the default) and without (risk_scan_interval_seconds 0):
#     `batches` batches of 500 events over 4 connections (bench/checkin_load).
# Usage: bench/risk_latency.sh [rounds] [batches]   (ENGINES="sqlite postgresql" by default;
# BENCH_BIN_DIR=build)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
batches=${2:-200}
seed=$(printf '5b%.0s' $(seq 1 32))
bin=${BENCH_BIN_DIR:-build}
source scripts/lib/bench.sh

# Starts a quiet demo server on `url` (its database emptied first) with screening every
# `interval` seconds (0: off) and sets up the class; leaves $port and the load arguments in $load.
start() {
  local engine=$1 url=$2 interval=$3
  port=$((20000 + RANDOM % 20000))
  if [ "$engine" = sqlite ]; then
    rm -f "${url#sqlite:}"*
  else
    "${pg_as[@]}" "$pg_bin/dropdb" -h "$pg_dir" -U postgres --if-exists sunshine_risk_bench
    "${pg_as[@]}" "$pg_bin/createdb" -h "$pg_dir" -U postgres sunshine_risk_bench
  fi
  SUNSHINE_LOG_LEVEL=warn SUNSHINE_POLICY_MIN_NOTICE_WORKING_DAYS=0 SUNSHINE_POLICY_MAX_DAILY_MINUTES=1440 \
    SUNSHINE_BODY_LIMIT_BYTES=4194304 SUNSHINE_PHOTO_DIR="$work/photos" SUNSHINE_RISK_SCAN_INTERVAL_SECONDS="$interval" \
    "$bin/sunshine" demo --empty --db "$url" --port "$port" --web-root /nonexistent >"$work/$engine.log" 2>&1 &
  server_pid=$!
  wait_for_server "$server_pid" "$port" "$work/$engine.log"
  read -r class session trainees key_id < <(python3 bench/checkin_setup.py "$port" "$("$bin/bench/checkin_load" --public-key "$seed")")
  load=("$bin/bench/checkin_load" --port "$port" --seed "$seed" --key-id "$key_id" --class "$class" --session "$session"
        --trainees "$trainees")
}

stop() {
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true
  server_pid=""
}

run() {
  local engine=$1 url=$2
  echo "== $engine: alert latency, $rounds fresh servers"
  for _ in $(seq 1 "$rounds"); do
    start "$engine" "$url" 60
    # The first round (the past year, at start) is over before the batch.
    sleep 2
    python3 bench/risk_latency.py "$port" "${load[@]}" --batches 1 --batch-size 20 --connections 1
    stop
  done
  for interval in 60 0; do
    echo "== $engine: $batches x 500 events, 4 connections, risk_scan_interval_seconds=$interval"
    start "$engine" "$url" "$interval"
    sleep 2
    "${load[@]}" --batches "$batches" --batch-size 500 --connections 4 | grep -E "events stored|latency"
    echo "server peak memory: $(grep VmHWM /proc/$server_pid/status | awk '{print $2, $3}')"
    stop
  done
}

for engine in ${ENGINES:-sqlite postgresql}; do
  if [ "$engine" = sqlite ]; then
    run sqlite "sqlite:$work/bench.db"
  else
    start_private_pg sunshine_risk_bench
    run postgresql "$PG_URL"
  fi
done
