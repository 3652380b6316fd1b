#!/usr/bin/env bash
# Builds the C++ server and tests (build/) and the web app (web/dist).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" > /dev/null
# Two cores: two compile jobs; more only swaps.
ninja -C build -j "${JOBS:-2}"
if [ -f web/package.json ]; then
  # The dashboards' maps, from the boundary package by region code (src/generator/map_export.hpp).
  build/sunshine maps export --out web/public/geo > /dev/null
  (cd web && npm run --silent build)
fi
