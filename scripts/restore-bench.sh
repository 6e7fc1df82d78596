#!/usr/bin/env bash
# How long psql takes to restore a plain pg_dump: what the issue 12 target (all rules, --jobs 1, >= 50
# MB/s, "about psql's restore speed") is measured against. A throwaway cluster (scripts/pg-cluster.sh) with
# the server's default settings, as a restore meets them. Only psql's run is timed
# (`psql -X -q -v ON_ERROR_STOP=1 -d restore < DUMP`), not the cluster's start.
#
#   bash scripts/restore-bench.sh DUMP      prints "restore-seconds S" and "server VERSION" on stdout
#
# Exit 3 with a note on stderr when no PostgreSQL server binaries are installed (the bench then skips it).
set -euo pipefail
dump=${1:?usage: restore-bench.sh DUMP}
[ -r "$dump" ] || { echo "restore-bench: cannot read $dump" >&2; exit 2; }

. "$(dirname "$0")/pg-cluster.sh"
pg_cluster_bindir || { echo "restore-bench: PostgreSQL server binaries not found (/usr/lib/postgresql/*/bin): restore not measured" >&2; exit 3; }
# The server's default settings, as a restore meets them.
pg_cluster_start restore || exit 2
as_pg "$bindir/createdb" -T template0 -E UTF8 restore
start=$(date +%s%N)
# The dump is opened here (as the caller), so the postgres user need not be able to read its path.
PGOPTIONS="-c client_min_messages=error" as_pg "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -d restore <"$dump" >/dev/null
end=$(date +%s%N)
echo "restore-seconds $(awk "BEGIN { printf \"%.3f\", ($end - $start) / 1e9 }")"
echo "server $("$bindir/postgres" --version | sed -E 's/.* ([0-9][0-9.]*).*/\1/')"
