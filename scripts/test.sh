#!/usr/bin/env bash
# README command 2 (and what CI runs): install what is missing, build, then run every test:
# C++ unit, store, API and CLI tests through CTest on SQLite and on a private PostgreSQL 15
# server started here; the web app's type check and unit tests; the browser tests in
# Debian's Chromium against a demo server.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh

# shellcheck source=scripts/lib/private_pg.sh
source scripts/lib/private_pg.sh
# shellcheck source=scripts/lib/wait_server.sh
source scripts/lib/wait_server.sh
server_pid=""
cleanup() {
  local code=$?
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  stop_private_pg
  exit $code
}
trap cleanup EXIT INT TERM
start_private_pg sunshine_test
export SUNSHINE_TEST_PG_URL="$PG_URL"
echo "==> PostgreSQL 15 on $pg_dir"

echo "==> C++ tests (CTest: SQLite and PostgreSQL)"
ctest --test-dir build --output-on-failure -j 2

if [ -f web/package.json ]; then
  echo "==> web: type check and unit tests"
  (cd web && npm run --silent typecheck && npm test --silent)
fi

if [ -d tests/e2e ] && [ -f tests/e2e/package.json ]; then
  echo "==> browser tests (Chromium, headless) against a demo server"
  e2e_db=$(mktemp -d /tmp/sunshine-e2e.XXXXXX)
  port=$((20000 + RANDOM % 20000))
  SUNSHINE_PHOTO_DIR="$e2e_db/photos" build/sunshine demo --db "sqlite:$e2e_db/demo.db" --port "$port" --web-root web/dist --log-level warn \
    > "$e2e_db/server.log" 2>&1 &
  server_pid=$!
  wait_for_server "$server_pid" "$port" "$e2e_db/server.log"
  (cd tests/e2e && BASE_URL="http://127.0.0.1:$port" node --test --test-concurrency=1 .)
  kill "$server_pid" && wait "$server_pid" || true
  server_pid=""
  rm -rf "$e2e_db"
fi
echo "==> all tests passed"
