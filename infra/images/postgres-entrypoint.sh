#!/bin/sh
# First start: a cluster with POSTGRES_USER (a superuser, so services may create replication slots) whose password is
# read from POSTGRES_PASSWORD_FILE, and the database POSTGRES_DB; then PostgreSQL with the given arguments.
set -eu
user=${POSTGRES_USER:-postgres}
db=${POSTGRES_DB:-$user}
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  pwfile=$(mktemp)
  if [ -n "${POSTGRES_PASSWORD_FILE:-}" ]; then cat "$POSTGRES_PASSWORD_FILE" > "$pwfile"; else echo "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD or POSTGRES_PASSWORD_FILE}" > "$pwfile"; fi
  initdb -D "$PGDATA" -U "$user" --pwfile="$pwfile" -A scram-sha-256 -E UTF8 --locale=C > /dev/null
  rm -f "$pwfile"
  {
    echo "listen_addresses = '*'"
    echo "port = ${POSTGRES_PORT:-5432}"
  } >> "$PGDATA/postgresql.conf"
  echo "host all all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
  echo "host replication all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
  # zonky's binaries have no psql: the database is made in single-user mode
  if [ "$db" != "postgres" ]; then echo "create database \"$db\"" | postgres --single -D "$PGDATA" postgres > /dev/null; fi
fi
if [ "${1:-}" = "postgres" ]; then shift; exec postgres -D "$PGDATA" "$@"; fi
exec "$@"
