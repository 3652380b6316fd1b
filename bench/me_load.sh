#!/usr/bin/env bash
# Load benchmark: GET /api/v1/me as city_officer (bench/api_load.sh).
# Usage: bench/me_load.sh [seconds] [connections]
exec "$(dirname "$0")/api_load.sh" /api/v1/me city_officer "${1:-20}" "${2:-64}"
