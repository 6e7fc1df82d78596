#!/usr/bin/env bash
# Make every archive variant of the committed corpus custom dumps, for the archive differential test.
#
#   bash corpus/make-archive-variants.sh OUTDIR [NAME...]
#
# For each corpus database: restore its committed real dump into a throwaway cluster (after
# NAME.globals.sql when there is one) -- corpus/dumps/NAME/custom.dump with pg_restore, or
# plain.sql with psql where the corpus has no custom archive of it -- then re-dump that database
# with the installed pg_dump into OUTDIR/NAME/:
#   custom.dump                 a copy of the committed archive (when there is one)
#   custom-z0.dump .. -z9.dump  pg_dump -Fc -Z 0..9  (0 = no compression)
#   dir/                        pg_dump -Fd (gzip files, NNNN.dat.gz)
#   dir-z0/                     pg_dump -Fd -Z 0 (NNNN.dat)
#   dir-lz4/ dir-zst/           dir-z0 with each data file compressed by Debian's `lz4` / `zstd`
#                               tools (NNNN.dat.lz4 / .zst, as pg_dump 16+ writes them; pg_dump 15
#                               cannot), only when those tools are installed
#   tar.tar                     pg_dump -Ft
# The committed corpus is never modified. Exits 3 when PostgreSQL's binaries are not installed.
# DUMPGUARD_DUMPS=DIR reads DIR/NAME/{custom.dump,plain.sql} instead of corpus/dumps (the bench);
# ARCHIVE_VARIANTS="custom-z0 custom-z6 dir tar" makes only those (custom-zN, dir, dir-z0, tar, lz4, zst).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
out=${1:?usage: make-archive-variants.sh OUTDIR [NAME...]}
shift
names=("$@")
say() { printf 'archive-variants: %s\n' "$*" >&2; }

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
[ -n "$bindir" ] && [ -x "$bindir/initdb" ] || { say "PostgreSQL binaries not found"; exit 3; }

if [ "$(id -u)" = 0 ]; then
  pguser=dumpguard-corpus
  id -u "$pguser" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$pguser" 2>/dev/null || id -u "$pguser" >/dev/null
  as_pg() { runuser -u "$pguser" -- "$@"; }
  work=$(mktemp -d /tmp/dumpguard-archives.XXXXXX)
else
  as_pg() { "$@"; }
  work=$(mktemp -d "${TMPDIR:-/tmp}/dumpguard-archives.XXXXXX")
fi
chmod 755 "$work"
[ "$(id -u)" = 0 ] && chown "$pguser" "$work"
up=0
cleanup() {
  [ "$up" = 1 ] && as_pg "$bindir/pg_ctl" -D "$work/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
as_pg "$bindir/initdb" -D "$work/data" -U postgres --encoding=UTF8 --locale=C.UTF-8 -A trust >/dev/null
as_pg "$bindir/pg_ctl" -D "$work/data" -l "$work/log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $work -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c wal_level=logical" start >/dev/null
up=1
export PGHOST=127.0.0.1 PGPORT=$port PGUSER=postgres

dumps=${DUMPGUARD_DUMPS:-$here/dumps}
variants=${ARCHIVE_VARIANTS:-custom-z0 custom-z1 custom-z2 custom-z3 custom-z4 custom-z5 custom-z6 custom-z7 custom-z8 custom-z9 dir dir-z0 tar lz4 zst}
want() { case " $variants " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }
if [ ${#names[@]} -eq 0 ]; then
  for d in "$dumps"/*/; do
    { [ -f "$d/custom.dump" ] || [ -f "$d/plain.sql" ]; } && names+=("$(basename "$d")")
  done
fi

mkdir -p "$out"
[ "$(id -u)" = 0 ] && chmod 755 "$out"
cp -r "$here/sources" "$work/sources"
[ "$(id -u)" = 0 ] && chown -R "$pguser" "$work/sources"
for name in "${names[@]}"; do
  src="$dumps/$name/custom.dump"
  plain="$dumps/$name/plain.sql"
  [ -f "$src" ] || [ -f "$plain" ] || { say "no custom.dump or plain.sql for $name"; exit 2; }
  if [ -f "$src" ]; then cp "$src" "$work/$name.dump"; else cp "$plain" "$work/$name.sql"; fi
  [ "$(id -u)" = 0 ] && chown "$pguser" "$work/$name".*
  # Roles may already exist from another source's globals: errors there are expected and harmless.
  [ -f "$work/sources/$name.globals.sql" ] && (cd "$work/sources" && PGOPTIONS="-c client_min_messages=error" as_pg "$bindir/psql" -X -q -d postgres -f "$name.globals.sql" >/dev/null 2>&1 || true)
  as_pg "$bindir/createdb" -T template0 -E UTF8 "$name"
  # A restore error (an extension or a role this cluster lacks) only changes what the re-dump holds.
  if [ -f "$src" ]; then
    as_pg "$bindir/pg_restore" -d "$name" "$work/$name.dump" >/dev/null 2>&1 || true
  else
    PGOPTIONS="-c client_min_messages=error" as_pg "$bindir/psql" -X -q -d "$name" -f "$work/$name.sql" >/dev/null 2>&1 || true
  fi
  dest="$out/$name"
  rm -rf "$dest"
  mkdir -p "$dest"
  [ "$(id -u)" = 0 ] && chown "$pguser" "$dest"
  [ -f "$src" ] && cp "$src" "$dest/custom.dump"
  for z in 0 1 2 3 4 5 6 7 8 9; do want "custom-z$z" && as_pg "$bindir/pg_dump" -d "$name" -Fc -Z "$z" -f "$dest/custom-z$z.dump"; done
  want dir && as_pg "$bindir/pg_dump" -d "$name" -Fd -f "$dest/dir"
  { want dir-z0 || want lz4 || want zst; } && as_pg "$bindir/pg_dump" -d "$name" -Fd -Z 0 -f "$dest/dir-z0"
  want tar && as_pg "$bindir/pg_dump" -d "$name" -Ft -f "$dest/tar.tar"
  if want lz4 && command -v lz4 >/dev/null 2>&1; then
    cp -r "$dest/dir-z0" "$dest/dir-lz4"
    for f in "$dest"/dir-lz4/[0-9]*.dat; do [ -e "$f" ] && lz4 -q -f --rm "$f" "$f.lz4"; done
  fi
  if want zst && command -v zstd >/dev/null 2>&1; then
    cp -r "$dest/dir-z0" "$dest/dir-zst"
    for f in "$dest"/dir-zst/[0-9]*.dat; do [ -e "$f" ] && zstd -q -f --rm "$f" -o "$f.zst"; done
  fi
  say "$name: $(ls "$dest" | tr '\n' ' ')"
done
[ "$(id -u)" = 0 ] && chown -R "$(id -u):$(id -g)" "$out"
exit 0
