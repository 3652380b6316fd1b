# Sourced by scripts/test.sh and bench/*.sh: a private PostgreSQL 15 in a temporary folder,
# reachable only through a unix socket there (no TCP port to collide), removed afterwards.
# fsync is off (tests need no durability) unless PG_FSYNC=on (durability benchmarks).
# PG_SETTINGS adds server settings, e.g. "-c shared_buffers=4GB" for province-scale benchmarks.
# PostgreSQL refuses to run as root, so as root the server runs as the postgres user.
pg_bin=/usr/lib/postgresql/15/bin
pg_dir=""
pg_as=()

# start_private_pg DBNAME: starts the server, creates DBNAME, sets PG_URL (a libpq URI).
start_private_pg() {
  pg_dir=$(mktemp -d /tmp/sunshine-pg.XXXXXX)
  pg_as=()
  if [ "$(id -u)" = 0 ]; then
    chown postgres: "$pg_dir"
    pg_as=(runuser -u postgres --)
  fi
  "${pg_as[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  "${pg_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
    -o "-k $pg_dir -c listen_addresses='' -c fsync=${PG_FSYNC:-off} -c max_connections=200 ${PG_SETTINGS:-}" start >/dev/null
  "${pg_as[@]}" "$pg_bin/createdb" -h "$pg_dir" -U postgres "$1"
  PG_URL="postgresql:///$1?host=$pg_dir&user=postgres"
}

stop_private_pg() {
  [ -n "$pg_dir" ] || return 0
  "${pg_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
  pg_dir=""
}
