# Sourced by scripts/test.sh and bench/*.sh.
# wait_for_server PID PORT LOG: waits until the server answers /api/v1/health (up to 180 s: a demo generates its province first).
# When the server dies first, or never answers, prints the end of its log (the server's own
# error) and exits 1, instead of letting the next step fail on a refused connection.
wait_for_server() {
  local pid=$1 port=$2 log=$3
  for _ in $(seq 1 1800); do
    curl -sf "http://127.0.0.1:$port/api/v1/health" >/dev/null && return 0
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "the server stopped before it answered; its log ($log) ends:" >&2
      tail -n 20 "$log" >&2
      exit 1
    fi
    sleep 0.1
  done
  echo "the server did not answer on port $port within 180 s; its log ($log) ends:" >&2
  tail -n 20 "$log" >&2
  exit 1
}
