#!/usr/bin/env bash
# README command 1: install what is missing, build, then serve a demo on a fresh SQLite
# database: the Sichuan regions, one account per role and a generated demo-scale province
# (eight weeks of training up to now), whose terminals keep uploading check-ins while it runs.
# Every start rebuilds the demo (var/demo.db and its photos); Ctrl-C stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
mkdir -p var
rm -rf var/demo.db var/demo.db-wal var/demo.db-shm var/demo-photos
SUNSHINE_PHOTO_DIR=var/demo-photos exec build/sunshine demo --db "sqlite:var/demo.db" --port "${PORT:-8080}" \
  --address "${ADDRESS:-127.0.0.1}" --web-root web/dist
