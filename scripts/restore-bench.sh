#!/usr/bin/env bash
# How long psql takes to restore a plain pg_dump: what the issue 12 target (all rules, --jobs 1, >= 50
# MB/s, "about psql's restore speed") is measured against. A throwaway cluster under /tmp with the
# server's default settings (as a restore meets them), run as the postgres user when run as root, removed on
# exit. Only psql's run is timed (`psql -X -q -v ON_ERROR_STOP=1 -d restore < DUMP`), not the cluster's start.
#
#   bash scripts/restore-bench.sh DUMP      prints "restore-seconds S" and "server VERSION" on stdout
#
# Exit 3 with a note on stderr when no PostgreSQL server binaries are installed (the bench then skips it).
set -euo pipefail
dump=${1:?usage: restore-bench.sh DUMP}
[ -r "$dump" ] || { echo "restore-bench: cannot read $dump" >&2; exit 2; }

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
[ -n "$bindir" ] && [ -x "$bindir/initdb" ] || bindir=$(pg_config --bindir 2>/dev/null || true)
[ -n "$bindir" ] && [ -x "$bindir/initdb" ] && [ -x "$bindir/psql" ] || { echo "restore-bench: PostgreSQL server binaries not found (/usr/lib/postgresql/*/bin): restore not measured" >&2; exit 3; }

# PostgreSQL refuses to run as root.
if [ "$(id -u)" = 0 ]; then
  id -u postgres >/dev/null 2>&1 || { echo "restore-bench: run as root but there is no postgres user: restore not measured" >&2; exit 3; }
  as_pg() { runuser -u postgres -- "$@"; }
  work=$(mktemp -d /tmp/dumpguard-restore.XXXXXX)
  chown postgres "$work"
else
  as_pg() { "$@"; }
  work=$(mktemp -d "${TMPDIR:-/tmp}/dumpguard-restore.XXXXXX")
fi
chmod 755 "$work"
trap 'as_pg "$bindir/pg_ctl" -D "$work/data" -m immediate -w stop >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

as_pg "$bindir/initdb" -D "$work/data" -U postgres --encoding=UTF8 --locale=C.UTF-8 -A trust >/dev/null
# A Unix socket in the work directory only: no port to find, nothing on the network.
as_pg "$bindir/pg_ctl" -D "$work/data" -l "$work/log" -w -o "-c listen_addresses= -k $work" start >/dev/null || { cat "$work/log" >&2; exit 2; }
export PGHOST=$work PGUSER=postgres
as_pg "$bindir/createdb" -T template0 -E UTF8 restore
start=$(date +%s%N)
# The dump is opened here (as the caller), so the postgres user need not be able to read its path.
PGOPTIONS="-c client_min_messages=error" as_pg "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -d restore <"$dump" >/dev/null
end=$(date +%s%N)
echo "restore-seconds $(awk "BEGIN { printf \"%.3f\", ($end - $start) / 1e9 }")"
echo "server $("$bindir/postgres" --version | sed -E 's/.* ([0-9][0-9.]*).*/\1/')"
