#!/usr/bin/env bash
# Fuzz the partner API with schemathesis against its own OpenAPI schema.
#
# A scratch PostgreSQL database with the demo content; the production-like server
# (gunicorn as `make serve` runs it: DEBUG off, response cache on, no rate limit)
# on 127.0.0.1; then schemathesis with every check that applies to a read-only
# API: no 5xx, responses that match the schema (status code, content type, body,
# headers), schema-violating input refused and valid input accepted, undeclared
# methods answered 405. Bounded by examples per operation (the coverage phase
# adds its own fixed set) and by a time limit. The server is stopped and the
# database dropped however the run ends; any finding, or any error in the
# server's log, fails the run.
#
#   scripts/fuzz_api.sh            (or `make fuzz`)
#
# Environment: FUZZ_DATABASE (ogplocal_fuzz), FUZZ_PORT (8299), FUZZ_MAX_EXAMPLES
# (100, per operation and phase: about a minute in all), FUZZ_TIME_LIMIT (360
# seconds for schemathesis: a run still going then has failed), FUZZ_SEED (replay
# a run: schemathesis prints its seed), FUZZ_REPORT_DIR
# (test-artifacts/schemathesis: the JUnit report), PGHOST/PGPORT/PGUSER
# (127.0.0.1, 5432, postgres).
set -euo pipefail
cd "$(dirname "$0")/.."

database="${FUZZ_DATABASE:-ogplocal_fuzz}"
port="${FUZZ_PORT:-8299}"
max_examples="${FUZZ_MAX_EXAMPLES:-100}"
time_limit="${FUZZ_TIME_LIMIT:-360}"
report_dir="${FUZZ_REPORT_DIR:-test-artifacts/schemathesis}"
pg_host="${PGHOST:-127.0.0.1}"
pg_port="${PGPORT:-5432}"
pg_user="${PGUSER:-postgres}"
base="http://127.0.0.1:${port}"

log() { printf '[fuzz %s] %s\n' "$(date +%T)" "$*"; }

export DATABASE_URL="postgres://${pg_user}@${pg_host}:${pg_port}/${database}"
export DEBUG=false HTTPS=false BIND="127.0.0.1:${port}" ALLOWED_HOSTS=127.0.0.1
export CIRCLES_STAFF_EMAIL="${CIRCLES_STAFF_EMAIL:-ogp-local-circles@example.org}"
export SITE_CONTACT_EMAIL="${SITE_CONTACT_EMAIL:-ogp-local-directory@example.org}"
# A throwaway server: mail is discarded, never written to its log.
export EMAIL_URL=dummymail:// EMAIL_DISCARD=true
export SECRET_KEY="fuzz-only-secret-key-$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(32))')"
# Every generated request must reach the views: no rate limit.
export API_ANON_RATE=""
# The server logs errors only: every 4xx the fuzzing provokes would be a line.
export RESPONSE_CACHE=true LOG_LEVEL=ERROR CONN_MAX_AGE=60 \
  WEB_CONCURRENCY="${WEB_CONCURRENCY:-2}"
# One process' cache: a locmem cache per worker is fine for one short run.
unset CACHE_URL

server_pid=""
cleanup() {
  local status=$?
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    log "stopping the server"
    kill -TERM -- "-$server_pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$server_pid" 2>/dev/null || true
  fi
  dropdb -h "$pg_host" -p "$pg_port" -U "$pg_user" --if-exists "$database" || true
  exit "$status"
}
trap cleanup EXIT INT TERM

log "scratch database $database"
dropdb -h "$pg_host" -p "$pg_port" -U "$pg_user" --if-exists "$database"
createdb -h "$pg_host" -p "$pg_port" -U "$pg_user" "$database"
.venv/bin/python manage.py migrate --noinput -v 0
.venv/bin/python manage.py load_demo_content

# `make serve` minus collectstatic: compressing every static file takes a minute
# and the API serves none (the docs pages read them from the app folders).
log "serving on $base (gunicorn, DEBUG off)"
DEBUG=true .venv/bin/python manage.py compilemessages --ignore=.venv -v 0
server_log="$(mktemp -t ogplocal-fuzz-server.XXXXXX)"
STATIC_MANIFEST=false setsid .venv/bin/gunicorn ogplocal.wsgi -c gunicorn.conf.py \
  >"$server_log" 2>&1 &
server_pid=$!
for _ in $(seq 120); do
  if curl -fsS -o /dev/null "$base/readyz" 2>/dev/null; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then
    log "the server did not start:"; cat "$server_log"; exit 1
  fi
  sleep 1
done
curl -fsS -o /dev/null "$base/api/v1/schema/"
log "the server is up"

log "schemathesis: at most $max_examples examples per operation and phase"
status=0
# --max-time would keep fuzzing until the time is spent; the examples bound the
# run instead, and `timeout` fails one that hangs.
timeout --signal=INT --kill-after=20 "$time_limit" \
  .venv/bin/schemathesis --config-file scripts/schemathesis.toml \
  run "$base/api/v1/schema/" \
  --checks all \
  --max-examples "$max_examples" \
  --request-timeout 30 \
  --workers 2 \
  --generation-database none \
  ${FUZZ_SEED:+--seed "$FUZZ_SEED"} \
  --report junit --report-dir "$report_dir" \
  --no-color || status=$?

# A 5xx leaves an error and its traceback in the server's log: show them.
if grep -q " ERROR " "$server_log"; then
  log "the server logged errors:"; sed -n '/ ERROR /,$p' "$server_log"; status=1
fi
rm -f "$server_log"
exit "$status"
