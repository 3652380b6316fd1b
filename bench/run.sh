#!/usr/bin/env bash
# The performance harness (issue 12 item 7): builds in release mode, generates a province of the
# chosen scale on each engine (`sunshine generate`, timed, with its peak memory), serves it, and
# runs each benchmark bounded in time - list and dashboard endpoints under wrk on loopback
# (64 connections), a 20,000-row trainee import, and signed check-in uploads
# (bench/checkin_load.sh) - then prints one table. Nothing here runs in the test command.
#
# Usage: bench/run.sh [demo|city|province] [seconds per load run]
#   ENGINES="sqlite postgresql" (default both), FROM/TO the generated period (default the whole
#   current year), CONNECTIONS=64, SEED=1.
#   e.g. bench/run.sh demo 10;  ENGINES=sqlite FROM=2026-01-01 TO=2026-03-31 bench/run.sh city 15
#   DB=<url> KEYS=<key file> PHOTOS=<photo dir> bench/run.sh province 10 measures a database
#   generated before (its generate row is then missing) instead of generating one.
#   BUILD_DIR=build uses that build as it is instead of making the release build (a full build
#   takes some 20 minutes on this machine).
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:-demo}
seconds=${2:-10}
engines=${ENGINES:-sqlite postgresql}
connections=${CONNECTIONS:-64}
seed=${SEED:-1}
year=$(date +%Y)
from=${FROM:-$year-01-01}
to=${TO:-$year-12-31}
password='Bench-Load-2026!'

build_dir=${BUILD_DIR:-build-release}
if [ -z "${BUILD_DIR:-}" ]; then
  echo "==> release build (build-release)"
  cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  ninja -C build-release -j2 sunshine checkin_load >/dev/null
else
  echo "==> the build in $build_dir as it is (not rebuilt; say which build a figure came from)"
fi
bin=$build_dir/sunshine
source scripts/lib/bench.sh

table="$work/table.tsv"
printf 'benchmark\tengine\tresult\tp99 / time\tpeak memory\n' >"$table"
row() { printf '%s\t%s\t%s\t%s\t%s\n' "$@" >>"$table"; }

# wrk against one GET path with a bearer token: "N req/s" and the p99 latency.
load() {
  local engine=$1 port=$2 token=$3 who=$4 path=$5 out
  curl -sf "http://127.0.0.1:$port$path" -H "Authorization: Bearer $token" >/dev/null ||
    { row "GET $path ($who)" "$engine" "refused" "-" "-"; return; }
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Authorization: Bearer $token" "http://127.0.0.1:$port$path")
  local rps p99 errors
  rps=$(echo "$out" | awk '/Requests\/sec/ {printf "%.0f req/s", $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx/ {print " (" $NF " non-2xx)"}')
  row "GET $path ($who, c$connections)" "$engine" "$rps$errors" "p99 $p99" "-"
}

sign_in() {
  curl -sf -X POST "http://127.0.0.1:$1/api/v1/sessions" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$2\",\"password\":\"$password\"}" | sed -E 's/.*"token":"([^"]+)".*/\1/'
}

run() {
  local engine=$1 url=$2 port=$((20000 + RANDOM % 20000))
  local keys="$work/keys-$engine.json" photos="$work/photos-$engine"
  if [ -n "${DB:-}" ]; then
    # An existing database (DB, KEYS, PHOTOS): measured as it is, not generated.
    url=$DB keys=$KEYS photos=$PHOTOS
    echo "==> $engine: existing database $url"
  else
    $bin keys generate --out "$keys" >/dev/null
    echo "==> $engine: generate --scale $scale --from $from --to $to"
    SUNSHINE_PHOTO_DIR="$photos" /usr/bin/time -f "%e %M" -o "$work/gen-time" \
      $bin generate --scale "$scale" --seed "$seed" --from "$from" --to "$to" --db "$url" --key-file "$keys" \
      --manifest "$work/manifest-$engine.json" --log-level warn | tee "$work/gen-$engine.txt"
    read -r gen_s gen_kb <"$work/gen-time"
    local written
    written=$(grep '^generated' "$work/gen-$engine.txt" |
      grep -oE '[0-9]+ (institutions|classes|enrolments|check-ins|photos)' | paste -sd, - | sed 's/,/, /g')
    row "generate $scale" "$engine" "$written" "${gen_s} s" "$((gen_kb / 1024)) MB"
  fi
  # The dashboards read each finished class's kept attendance; a served database settles it in
  # the background, here at once so the load runs measure the figures complete.
  /usr/bin/time -f "%e %M" -o "$work/settle-time" $bin attendance settle --db "$url" --key-file "$keys" \
    --log-level warn | tee "$work/settle-$engine.txt"
  read -r settle_s settle_kb <"$work/settle-time"
  row "attendance settle" "$engine" "$(grep -oE '[0-9]+ finished classes' "$work/settle-$engine.txt")" "${settle_s} s" \
    "$((settle_kb / 1024)) MB"

  # (Already there when an existing database was measured before.)
  echo "$password" | $bin user add --db "$url" --username bench_province --role province_officer --scope 510000 >/dev/null || true
  echo "$password" | $bin user add --db "$url" --username bench_county --role county_officer --scope 510104 >/dev/null || true
  # Screening off: its first round at start scans the past year (tens of seconds of both cores
  # at city scale), which would share the first load runs; bench/risk_latency.sh measures it.
  SUNSHINE_RISK_SCAN_INTERVAL_SECONDS=0 SUNSHINE_LOG_LEVEL=warn SUNSHINE_PHOTO_DIR="$photos" $bin serve --db "$url" --port "$port" --key-file "$keys" \
    --web-root /nonexistent >"$work/serve-$engine.log" 2>&1 &
  server_pid=$!
  wait_for_server "$server_pid" "$port" "$work/serve-$engine.log"
  local province county
  province=$(sign_in "$port" bench_province)
  county=$(sign_in "$port" bench_county)
  for path in /api/v1/dashboard/overview /api/v1/dashboard/attendance /api/v1/dashboard/regions \
    "/api/v1/classes?limit=50" "/api/v1/trainees?limit=50" "/api/v1/attendance-exceptions?source=checkin&limit=50"; do
    load "$engine" "$port" "$province" province "$path"
  done
  load "$engine" "$port" "$county" county "/api/v1/classes?limit=50&sort=-start_date"
  load "$engine" "$port" "$county" county "/api/v1/trainees?limit=50"

  # Other people on each run (by the minute), so that an existing database takes them too, all born
  # 1960-1965: the generator's trainees are 16-60 years old and its ghosts 90-104, so none of them
  # can share an ID number with these (the import is all or nothing: one clash refused all 20,000
  # in every run from session 36 to 38).
  python3 bench/trainee_csv.py 20000 --first $(( $(date +%s) / 60 % 100 * 20000 )) >"$work/trainees.csv"
  local started ended answer
  started=$(date +%s.%N)
  answer=$(curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$port/api/v1/imports/trainees" \
    -H "Authorization: Bearer $county" -H 'Content-Type: text/csv; charset=utf-8' --data-binary @"$work/trainees.csv")
  ended=$(date +%s.%N)
  row "import 20,000 trainees (county)" "$engine" \
    "HTTP $answer, $(awk -v a="$started" -v b="$ended" 'BEGIN {printf "%.0f rows/s", 20000 / (b - a)}')" \
    "$(awk -v a="$started" -v b="$ended" 'BEGIN {printf "%.1f s", b - a}')" "-"
  row "server over all of the above" "$engine" "-" "-" "$(awk '/VmHWM/ {printf "%d MB", $2 / 1024}' /proc/$server_pid/status)"
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true
  server_pid=""

  echo "==> $engine: signed check-in uploads"
  BENCH_BIN_DIR=$build_dir ENGINES=$engine bench/checkin_load.sh 100 4 500 | tee "$work/checkin-$engine.txt"
  row "check-in upload, 100 x 500 events, 4 connections" "$engine" \
    "$(awk -F', ' '/events stored/ {print $2}' "$work/checkin-$engine.txt")" \
    "$(awk '/batch latency/ {print "p99 " $9 " ms/batch"}' "$work/checkin-$engine.txt")" \
    "$(awk '/server peak memory/ {printf "%d MB", $4 / 1024}' "$work/checkin-$engine.txt")"
}

if [ -n "${DB:-}" ]; then
  case $DB in sqlite:*) run sqlite "$DB" ;; *) run postgresql "$DB" ;; esac
  engines=""
fi
for engine in $engines; do
  if [ "$engine" = sqlite ]; then
    run sqlite "sqlite:$work/bench.db"
  else
    start_private_pg sunshine_bench
    run postgresql "$PG_URL"
    stop_private_pg
  fi
done

echo
echo "== bench/run.sh $scale (${seconds} s per load run, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ))"
column -t -s $'\t' "$table"
