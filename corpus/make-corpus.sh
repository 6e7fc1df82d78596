#!/usr/bin/env bash
# Regenerate the corpus: real pg_dump / pg_dumpall output and the live catalog ("truth") for each
# SQL source in corpus/sources, from a throwaway PostgreSQL cluster on 127.0.0.1.
#
#   bash corpus/make-corpus.sh [NAME...]     regenerate corpus/dumps/NAME/* and corpus/truth/NAME.json
#   bash corpus/make-corpus.sh --truth-only [NAME...]   rewrite only corpus/truth/NAME.json (the dumps stay as they are)
#   bash corpus/make-corpus.sh --check       rebuild every truth file from a fresh cluster and diff it
#                                            against the committed one (exit 1 on any difference)
#
# Each source gets its own fresh cluster, so roles created by one source never leak into another
# source's pg_dumpall. Directives on the first lines of a source:
#   -- corpus: variants=plain,inserts        limit the dump variants (default: all pg_dump variants)
#   -- corpus: pg18-only                     PostgreSQL 18 syntax: only corpus/make-corpus-pg18.mjs loads it
# and NAME.globals.sql, when present, runs against the `postgres` database before NAME.sql
# (cluster-wide objects such as roles with passwords).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
mode=generate
names=()
for arg in "$@"; do
  case "$arg" in
    --check) mode=check ;;
    --truth-only) mode=truth ;;
    -h | --help)
      sed -n '2,15p' "$0"
      exit 0
      ;;
    *) names+=("$arg") ;;
  esac
done

say() { printf 'corpus: %s\n' "$*" >&2; }

# The highest installed PostgreSQL, or the Debian package installed on the spot when we can.
find_bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then
    echo "$dir"
    return 0
  fi
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir
    return 0
  fi
  return 1
}

unavailable() {
  if [ "$mode" = check ]; then
    echo "corpus check skipped: $*"
    exit 0
  fi
  say "$*"
  exit 3
}

# apt-get as root, or through password-less sudo for a non-root user.
as_root=""
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then as_root="sudo -n"; fi
if ! bindir=$(find_bindir); then
  if { [ "$(id -u)" = 0 ] || [ -n "$as_root" ]; } && command -v apt-get >/dev/null 2>&1; then
    # The major version that wrote the committed truth first, the distribution's default otherwise.
    want=$(cat "$here/truth/PG_MAJOR" 2>/dev/null || echo 15)
    say "PostgreSQL not found: installing the Debian package 'postgresql-$want' (or 'postgresql') with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    $as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1 || true
    $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "postgresql-$want" >/dev/null 2>&1 ||
      $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null 2>&1 ||
      unavailable "apt-get install postgresql failed"
    bindir=$(find_bindir) || unavailable "PostgreSQL binaries not found after installing"
  else
    unavailable "PostgreSQL not found and cannot be installed (needs root or password-less sudo, and apt-get): install the 'postgresql' package"
  fi
fi
say "using $("$bindir/pg_dump" --version)"
major=$("$bindir/pg_dump" --version | sed -E 's/.* ([0-9]+)[.0-9]*.*/\1/')

# PostgreSQL refuses to run as root: run the cluster and every client as an unprivileged user.
if [ "$(id -u)" = 0 ]; then
  pguser=dumpguard-corpus
  # Two runs at once may both try to create the user: the loser only needs it to exist.
  id -u "$pguser" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$pguser" 2>/dev/null || id -u "$pguser" >/dev/null
  as_pg() { runuser -u "$pguser" -- "$@"; }
else
  pguser=$(id -un)
  as_pg() { "$@"; }
fi

# As root, under /tmp: the unprivileged user must be able to reach it (a TMPDIR under /root would not do).
if [ "$(id -u)" = 0 ]; then work=$(mktemp -d /tmp/dumpguard-corpus.XXXXXX); else work=$(mktemp -d "${TMPDIR:-/tmp}/dumpguard-corpus.XXXXXX"); fi
chmod 755 "$work"
[ "$(id -u)" = 0 ] && chown "$pguser" "$work"
cluster_up=0
stop_cluster() {
  if [ "$cluster_up" = 1 ]; then
    as_pg "$bindir/pg_ctl" -D "$work/data" -m immediate -w stop >/dev/null 2>&1 || true
    cluster_up=0
  fi
  rm -rf "$work/data" "$work/log"
}
trap 'stop_cluster; rm -rf "$work"' EXIT

# A port the OS says is free now (another run may take it before the server binds: start_cluster retries).
free_port() {
  if command -v node >/dev/null 2>&1; then
    node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
  else
    python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'
  fi
}

start_cluster() {
  as_pg "$bindir/initdb" -D "$work/data" -U postgres --encoding=UTF8 --locale=C.UTF-8 -A trust >/dev/null
  export PGHOST=127.0.0.1 PGPORT PGUSER=postgres
  local attempt
  for attempt in 1 2 3; do
    PGPORT=$(free_port)
    if as_pg "$bindir/pg_ctl" -D "$work/data" -l "$work/log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $work -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c wal_level=logical" start >/dev/null; then
      cluster_up=1
      return 0
    fi
    say "server did not start on port $PGPORT (attempt $attempt); its log:"
    cat "$work/log" >&2 || true
  done
  say "could not start a PostgreSQL server"
  exit 2
}

psql_run() { PGOPTIONS="-c client_min_messages=error" as_pg "$bindir/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }

# The sources are copied where the unprivileged user can read them (and `\ir` includes resolve).
cp -r "$here/sources" "$work/sources"
cp "$here/truth.sql" "$work/truth.sql"
[ "$(id -u)" = 0 ] && chown -R "$pguser" "$work/sources"

all_sources=0
[ ${#names[@]} -eq 0 ] && all_sources=1
if [ ${#names[@]} -eq 0 ]; then
  for f in "$here"/sources/*.sql; do
    base=$(basename "$f" .sql)
    case "$base" in *.globals | *.include | _*) continue ;; esac
    # PostgreSQL 18 syntax, for the pg_dump 18 leg only (corpus/make-corpus-pg18.mjs).
    head -n 5 "$f" | grep -q '^-- corpus: pg18-only' && continue
    names+=("$base")
  done
fi

ALL_VARIANTS="plain inserts column-inserts schema-only data-only quote-all-identifiers no-owner-no-privileges gzip custom"

variants_of() {
  local line
  line=$(head -n 5 "$here/sources/$1.sql" | grep -m1 -E '^-- corpus: variants=' || true)
  if [ -n "$line" ]; then echo "${line#-- corpus: variants=}" | tr ',' ' '; else echo "$ALL_VARIANTS"; fi
}

# Stable JSON: 2-space indent, trailing newline.
pretty_json() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>process.stdout.write(JSON.stringify(JSON.parse(s),null,2)+"\n"))'; }

failed=0
truth_out="$here/truth"
[ "$mode" = check ] && truth_out="$work/truth" && mkdir -p "$truth_out"
mkdir -p "$here/truth"

for name in "${names[@]}"; do
  src="$here/sources/$name.sql"
  [ -f "$src" ] || { say "no source $src"; exit 2; }
  start=$(date +%s)
  start_cluster
  (cd "$work/sources" && {
    [ -f "$name.globals.sql" ] && psql_run -d postgres -f "$name.globals.sql" >/dev/null
    as_pg "$bindir/createdb" -T template0 -E UTF8 "$name"
    psql_run -d "$name" -f "$name.sql" >/dev/null
  })
  psql_run -At -d "$name" -f "$work/truth.sql" | pretty_json >"$truth_out/$name.json"

  if [ "$mode" = generate ]; then
    out="$here/dumps/$name"
    rm -rf "$out"
    mkdir -p "$out"
    dump() { as_pg "$bindir/pg_dump" -d "$name" "$@"; }
    for v in $(variants_of "$name"); do
      case "$v" in
        plain) dump >"$out/plain.sql" ;;
        inserts) dump --inserts >"$out/inserts.sql" ;;
        column-inserts) dump --column-inserts >"$out/column-inserts.sql" ;;
        schema-only) dump --schema-only >"$out/schema-only.sql" ;;
        data-only) dump --data-only >"$out/data-only.sql" ;;
        quote-all-identifiers) dump --quote-all-identifiers >"$out/quote-all-identifiers.sql" ;;
        no-owner-no-privileges) dump --no-owner --no-privileges >"$out/no-owner-no-privileges.sql" ;;
        gzip)
          [ -f "$out/plain.sql" ] || dump >"$out/plain.sql"
          gzip -n -9 -c "$out/plain.sql" >"$out/plain.sql.gz"
          ;;
        custom) dump -Fc >"$out/custom.dump" ;;
        globals) as_pg "$bindir/pg_dumpall" --globals-only >"$out/globals.sql" ;;
        dumpall) as_pg "$bindir/pg_dumpall" >"$out/dumpall.sql" ;;
        *) say "unknown variant '$v' in $name.sql"; exit 2 ;;
      esac
    done
    say "$name: $(ls "$out" | tr '\n' ' ')($(($(date +%s) - start)) s)"
  elif [ "$mode" = check ]; then
    if ! diff -u "$here/truth/$name.json" "$truth_out/$name.json" >"$work/diff" 2>&1; then
      say "$name: live truth differs from corpus/truth/$name.json"
      cat "$work/diff"
      failed=1
    else
      say "$name: truth matches ($(($(date +%s) - start)) s)"
    fi
  else
    say "$name: truth written ($(($(date +%s) - start)) s)"
  fi
  stop_cluster
done

[ "$mode" = check ] || echo "$major" >"$here/truth/PG_MAJOR"
if [ "$mode" = check ]; then
  committed=$(cat "$here/truth/PG_MAJOR" 2>/dev/null || echo "?")
  # A truth file whose source is gone would silently stop being checked.
  if [ "$all_sources" = 1 ]; then
    for t in "$here"/truth/*.json; do
      [ -f "$here/sources/$(basename "$t" .json).sql" ] || { say "corpus/truth/$(basename "$t") has no source in corpus/sources"; failed=1; }
    done
  fi
  if [ "$failed" = 1 ] && [ "$committed" != "$major" ]; then
    # Another major version may print expressions differently; that is not a regression of ours.
    echo "corpus check: differences above, but the truth was written by PostgreSQL $committed and this is $major; not failing"
    exit 0
  fi
  if [ "$failed" = 1 ]; then
    echo "corpus check FAILED: regenerate with 'npm run corpus' and review the truth diff"
    exit 1
  fi
  echo "corpus check passed: ${#names[@]} databases"
fi
