# Sourced by bench/*.sh: a private PostgreSQL when asked for (start_private_pg), waiting for the
# server, and a work folder ($work) for databases, logs and files; at exit the server
# ($server_pid, when set), PostgreSQL and the folder are gone, whatever ended the script.
# shellcheck source=scripts/lib/private_pg.sh
source scripts/lib/private_pg.sh
# shellcheck source=scripts/lib/wait_server.sh
source scripts/lib/wait_server.sh
work=$(mktemp -d /tmp/sunshine-bench.XXXXXX)
server_pid=""
bench_cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  stop_private_pg
  rm -rf "$work"
}
trap bench_cleanup EXIT
