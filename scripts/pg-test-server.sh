#!/usr/bin/env bash
# Starts (or reuses) a private, throw-away PostgreSQL on 127.0.0.1:${PG_TEST_PORT:-54329}
# for the tests, from Debian's packages. Installs them when missing (needs root).
# Prints the connection URL. Usage: scripts/pg-test-server.sh start|stop
set -euo pipefail
port="${PG_TEST_PORT:-54329}"
data="${PG_TEST_DATA:-/tmp/langnghe-pg-$port}"
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)

as_postgres() {
  if [ "$(id -u)" = "0" ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

case "${1:-start}" in
  start)
    if [ -z "$bin" ]; then
      if [ "$(id -u)" != "0" ]; then echo "PostgreSQL is not installed; run: sudo apt-get install -y postgresql" >&2; exit 1; fi
      echo "installing Debian's postgresql…" >&2
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql) >&2
      bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    fi
    if ! "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" 2>/dev/null; then
      if [ ! -f "$data/PG_VERSION" ]; then
        mkdir -p "$data"
        [ "$(id -u)" = "0" ] && chown postgres:postgres "$data"
        as_postgres "'$bin/initdb' -D '$data' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null"
      fi
      as_postgres "'$bin/pg_ctl' -D '$data' -o '-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off' -l '$data/log' -w start >/dev/null"
    fi
    echo "postgresql://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    [ -n "$bin" ] && [ -f "$data/PG_VERSION" ] && as_postgres "'$bin/pg_ctl' -D '$data' -m fast stop >/dev/null" || true
    ;;
esac
