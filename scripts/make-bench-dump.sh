#!/usr/bin/env bash
# Make the bench dumps: real pg_dump output of generated databases, under .bench/ (never committed).
#
#   bash scripts/make-bench-dump.sh data MB      .bench/realistic-MB.sql: about MB megabytes of customers,
#                                                orders and audit rows (scripts/bench-data.ts), pg_dump plain
#   bash scripts/make-bench-dump.sh inserts MB   .bench/realistic-inserts-MB.sql: the same rows, pg_dump --inserts
#                                                (one INSERT statement a row: the INSERT path's throughput)
#   bash scripts/make-bench-dump.sh schema N     .bench/schema-N.sql: pg_dump --schema-only of N tables with
#                                                constraints, indexes, functions, triggers, views, grants, comments
#
# In a throwaway PostgreSQL cluster (scripts/pg-cluster.sh), removed on exit. A dump that already exists is kept.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
kind=${1:-data}
size=${2:-300}
mkdir -p "$root/.bench"
case "$kind" in
  data) out="$root/.bench/realistic-$size.sql" ;;
  inserts) out="$root/.bench/realistic-inserts-$size.sql" ;;
  schema) out="$root/.bench/schema-$size.sql" ;;
  *) echo "usage: $0 data MB | inserts MB | schema TABLES" >&2; exit 2 ;;
esac
if [ -s "$out" ]; then echo "$out"; exit 0; fi

. "$root/scripts/pg-cluster.sh"
pg_cluster_bindir || { echo "make-bench-dump: PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 3; }
pg_cluster_start bench fsync=off full_page_writes=off synchronous_commit=off max_wal_size=4GB
psql_run() { PGOPTIONS="-c client_min_messages=error" as_pg "$bindir/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
gen() { node --import tsx "$root/scripts/bench-data.ts" "$@"; }
as_pg "$bindir/createdb" -T template0 -E UTF8 bench

if [ "$kind" = data ] || [ "$kind" = inserts ]; then
  gen tables | psql_run -d bench
  bytes=$((size * 1024 * 1024))
  seed=1
  for table in customers orders audit_log; do
    share=$(gen share "$table")
    table_bytes=$(node -e "console.log(Math.round($bytes * $share))")
    echo "make-bench-dump: loading $table ($((table_bytes / 1048576)) MB of rows)" >&2
    gen rows "$table" "$table_bytes" "$seed" | psql_run -d bench -c "COPY public.$table FROM STDIN"
    seed=$((seed + 1))
  done
  gen after-load | psql_run -d bench
  if [ "$kind" = inserts ]; then as_pg "$bindir/pg_dump" --inserts -d bench >"$out.tmp"; else as_pg "$bindir/pg_dump" -d bench >"$out.tmp"; fi
else
  gen schema "$size" | psql_run -d bench >/dev/null
  as_pg "$bindir/pg_dump" --schema-only -d bench >"$out.tmp"
fi
mv "$out.tmp" "$out"
echo "make-bench-dump: $out ($(($(stat -c %s "$out") / 1048576)) MB)" >&2
echo "$out"
