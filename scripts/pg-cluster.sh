# A throwaway PostgreSQL cluster for the bench scripts (sourced, not run): scripts/make-bench-dump.sh makes
# the bench dumps in one, scripts/restore-bench.sh times psql restoring a dump into one. The cluster lives
# in a temporary directory, runs as an unprivileged user when the caller is root (PostgreSQL refuses to run
# as root), and is stopped and removed when the sourcing script exits.
#
#   . "$root/scripts/pg-cluster.sh"
#   pg_cluster_bindir || exit 3                  sets $bindir (the newest /usr/lib/postgresql/*/bin, else pg_config's)
#   pg_cluster_start NAME SETTINGS...            initdb + start; SETTINGS are server `-c` settings (none: defaults)
#   as_pg "$bindir/psql" ...                     a command as the cluster's user (PGHOST and PGUSER are set)
#
# The server listens on a Unix socket in the work directory only: no port to find, nothing on the network.
# corpus/make-corpus.sh keeps its own copy of this: CI runs it on a fresh machine, where it also installs PostgreSQL.

pg_cluster_bindir() {
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$bindir" ] && [ -x "$bindir/initdb" ] || bindir=$(pg_config --bindir 2>/dev/null || true)
  [ -n "$bindir" ] && [ -x "$bindir/initdb" ] && [ -x "$bindir/psql" ]
}

pg_cluster_start() {
  local name=$1
  shift
  local settings=""
  for setting in "$@"; do settings="$settings -c $setting"; done
  if [ "$(id -u)" = 0 ]; then
    pg_cluster_user=dumpguard-corpus
    id -u "$pg_cluster_user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$pg_cluster_user" 2>/dev/null || id -u "$pg_cluster_user" >/dev/null
    as_pg() { runuser -u "$pg_cluster_user" -- "$@"; }
    pg_cluster_work=$(mktemp -d "/tmp/dumpguard-$name.XXXXXX")
    chown "$pg_cluster_user" "$pg_cluster_work"
  else
    as_pg() { "$@"; }
    pg_cluster_work=$(mktemp -d "${TMPDIR:-/tmp}/dumpguard-$name.XXXXXX")
  fi
  chmod 755 "$pg_cluster_work"
  trap 'as_pg "$bindir/pg_ctl" -D "$pg_cluster_work/data" -m immediate -w stop >/dev/null 2>&1 || true; rm -rf "$pg_cluster_work"' EXIT
  as_pg "$bindir/initdb" -D "$pg_cluster_work/data" -U postgres --encoding=UTF8 --locale=C.UTF-8 -A trust >/dev/null
  export PGUSER=postgres PGHOST=$pg_cluster_work
  as_pg "$bindir/pg_ctl" -D "$pg_cluster_work/data" -l "$pg_cluster_work/log" -w -o "-c listen_addresses= -k $pg_cluster_work$settings" start >/dev/null && return 0
  cat "$pg_cluster_work/log" >&2
  return 2
}
