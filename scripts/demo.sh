#!/usr/bin/env bash
# README command 1: install what is missing, build, create the demo SQLite database (the
# Sichuan regions and one account per role) and serve it. Ctrl-C stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
mkdir -p var
exec build/sunshine demo --db "sqlite:var/demo.db" --port "${PORT:-8080}" --address "${ADDRESS:-127.0.0.1}" \
  --web-root web/dist
