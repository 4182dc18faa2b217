#!/usr/bin/env bash
# Every test: types, unit and database tests on SQLite, the database tests
# again on PostgreSQL, migrations in sync with the schema, then the end-to-end
# suite in Chromium against the production build twice: on SQLite served by
# `npm start`'s worker cluster, and on PostgreSQL served by two app servers
# behind HAProxy (deploy/haproxy.cfg). Installs Debian's chromium-headless-shell,
# postgresql and haproxy when they are missing (as root), so a fresh machine needs nothing
# by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)

need_apt=()
# The end-to-end suite runs in Debian's Chromium headless shell (playwright.config.ts):
# about a third faster than the full browser, which it falls back to.
if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium-headless-shell ]; then
  if ! command -v chromium >/dev/null 2>&1; then
    need_apt+=(chromium-headless-shell)
  elif [ "$(id -u)" = "0" ]; then
    # The full browser is there: the shell is a gain, not a need (offline, the run goes on without it).
    echo "== installing chromium-headless-shell from Debian"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium-headless-shell >/dev/null) ||
      echo "   not installed: the end-to-end tests use chromium"
  fi
fi
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then need_apt+=(postgresql); fi
if [ -z "${HAPROXY_PATH:-}" ] && [ ! -x /usr/sbin/haproxy ]; then need_apt+=(haproxy); fi
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" != "0" ]; then
    echo "Missing ${need_apt[*]}: install with sudo apt-get install -y ${need_apt[*]}" >&2
    [[ " ${need_apt[*]} " == *" chromium-headless-shell "* ]] && echo "(where Debian has no chromium-headless-shell, chromium does the same, slower)" >&2
    exit 1
  fi
  echo "== installing ${need_apt[*]} from Debian"
  apt-get update -qq
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null; then
    # An older Debian without the headless shell: the full browser does the same job, slower.
    need_apt=("${need_apt[@]/chromium-headless-shell/chromium}")
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
  fi
fi

echo "== typecheck"
npm run -s typecheck

echo "== unit and database tests (SQLite)"
npx vitest run

echo "== database tests on PostgreSQL"
pg_base=$(scripts/pg-test-server.sh start)
trap 'scripts/pg-test-server.sh stop' EXIT
TEST_PG_URL="$pg_base" npx vitest run db.test

echo "== migrations match the schema (SQLite, PostgreSQL)"
npm run -s db:check
psql "$pg_base" -qtc "DROP DATABASE IF EXISTS lny_migrate_check" -c "CREATE DATABASE lny_migrate_check" >/dev/null
DATABASE_URL="${pg_base%/*}/lny_migrate_check" npm run -s db:pg:check

echo "== end-to-end on SQLite (production build, fresh database, the worker cluster, Chromium)"
npm run -s build
e2e_started=$(date +%s)
# e2e/every-page.spec.ts walks every page in one language on each database (Vietnamese on a
# phone here, English on a desktop on PostgreSQL): every page opens on both, each layout is checked once.
# An exported E2E_EVERY_PAGE (vi, en or vi,en) applies to both runs.
E2E_EVERY_PAGE=${E2E_EVERY_PAGE:-vi} npx playwright test
echo "== end-to-end on SQLite took $(( $(date +%s) - e2e_started ))s"

echo "== end-to-end on PostgreSQL (two app servers behind HAProxy, files in a local S3-compatible server)"
# The whole suite again. E2E_PG_SPECS="e2e/x.spec.ts …" runs only those specs.
pg_specs=${E2E_PG_SPECS:-all}
[ "$pg_specs" = "all" ] && pg_specs=""
e2e_started=$(date +%s)
# shellcheck disable=SC2086
E2E_EVERY_PAGE=${E2E_EVERY_PAGE:-en} E2E_DATABASE_URL="${pg_base%/*}/lny_e2e" E2E_APP_SERVERS=2 E2E_STORAGE=s3 npx playwright test $pg_specs
echo "== end-to-end on PostgreSQL took $(( $(date +%s) - e2e_started ))s"

echo "== all tests passed in $(( $(date +%s) - started ))s"
