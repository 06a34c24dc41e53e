#!/usr/bin/env bash
# Runs the pgTAP suite (supabase/tests/database/*.test.sql) on a real PostgreSQL 15, the major version of a
# Supabase project, with the roles a hosted project has. A throwaway cluster lives in a temp dir, listens only on a
# unix socket there, and is removed on exit. Its bootstrap superuser is `supabase_admin`, as on a project.
#   as supabase_admin: pgtap → supabase/shim/supabase-shim.sql (creates the NON-superuser role postgres, auth, realtime)
#   as postgres:       supabase/migrations/*.sql → supabase/seed.sql → pg_prove
# exactly as `supabase db push` and a seed run them: a migration or seed that needs a superuser fails here.
# Right after the migrations it checks the files generated from this database (supabase/schema.sql,
# src/lib/supabase/database.types.ts, the function reference in docs/api.md: scripts/gen-db-files.ts) and, after
# pgTAP, fails when one is out of date.
#
#   bash scripts/pgtap.sh              the suite and the check
#   bash scripts/pgtap.sh --generate   (npm run db:generate) only shim + migrations, then writes the generated files
#
# Environment:
#   PG_BIN            PostgreSQL binaries (default: /usr/lib/postgresql/15/bin)
#   PGTAP_PORT        port number in the socket name (default: 54329; nothing listens on TCP)
#   PGTAP_TEST_DIR    directory with *.test.sql (default: supabase/tests/database)
#   PGTAP_VERBOSE=1   show every assertion, not only failures
#   PGTAP_KEEP=1      keep the cluster running after the tests (prints how to connect and how to stop it)
#   PGTAP_SKIP_GENERATED=1  skip the check of the generated files (while a migration is half-written)
set -euo pipefail

GENERATE=
case ${1:-} in
  --generate) GENERATE=1 ;;
  '') ;;
  *)
    echo "gebruik: bash scripts/pgtap.sh [--generate]" >&2
    exit 2
    ;;
esac

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PORT=${PGTAP_PORT:-54329}
TEST_DIR=${PGTAP_TEST_DIR:-supabase/tests/database}
DB=agendakaart
APT_HINT='sudo apt-get install -y postgresql-15 postgresql-15-pgtap libtap-parser-sourcehandler-pgtap-perl'

die() {
  printf 'pgtap.sh: %s\n' "$*" >&2
  exit 1
}

# ── prerequisites ───────────────────────────────────────────────────────────────────────────────────────
for bin in initdb pg_ctl postgres psql; do
  [[ -x "$PG_BIN/$bin" ]] || die "PostgreSQL 15 ontbreekt ($PG_BIN/$bin niet gevonden). Installeer het met: $APT_HINT"
done
"$PG_BIN/postgres" --version | grep -q ' 15\.' || die "$PG_BIN/postgres is geen PostgreSQL 15: $("$PG_BIN/postgres" --version)"
SHAREDIR=$("$PG_BIN/pg_config" --sharedir 2>/dev/null || echo /usr/share/postgresql/15)
[[ -f "$SHAREDIR/extension/pgtap.control" ]] ||
  die "pgTAP ontbreekt voor PostgreSQL 15 ($SHAREDIR/extension/pgtap.control). Installeer het met: $APT_HINT"
command -v pg_prove >/dev/null || die "pg_prove ontbreekt. Installeer het met: $APT_HINT"

shopt -s nullglob
TESTS=("$TEST_DIR"/*.test.sql)
MIGRATIONS=(supabase/migrations/*.sql)
shopt -u nullglob
((${#TESTS[@]} > 0)) || [[ -n $GENERATE ]] || die "geen pgTAP-tests gevonden: $TEST_DIR/*.test.sql"
((${#MIGRATIONS[@]} > 0)) || die "geen migraties gevonden: supabase/migrations/*.sql"
[[ -f supabase/shim/supabase-shim.sql ]] || die "supabase/shim/supabase-shim.sql ontbreekt"
[[ -f supabase/seed.sql ]] || die "supabase/seed.sql ontbreekt"

# ── throwaway cluster ───────────────────────────────────────────────────────────────────────────────────
# initdb and the server refuse to run as root; as root we run them as the postgres system user that the
# Debian package creates. Clients (psql, pg_prove) connect over the socket (trust) as the database role
# supabase_admin (superuser) or postgres (not a superuser, see supabase/shim/README.md).
AS_DB_USER=()
if [[ $(id -u) -eq 0 ]]; then
  id postgres >/dev/null 2>&1 || die "draai als gewone gebruiker, of installeer postgresql-15 (maakt de gebruiker postgres)"
  command -v runuser >/dev/null || die "runuser ontbreekt (util-linux); draai als gewone gebruiker"
  AS_DB_USER=(runuser -u postgres --)
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/agendakaart-pgtap.XXXXXX")
DATA=$WORK/data
SOCK=$WORK
LOG=$WORK/postgres.log
[[ $(id -u) -eq 0 ]] && chown postgres: "$WORK"

cleanup() {
  local rc=$?
  if [[ ${PGTAP_KEEP:-} == 1 ]]; then
    echo "Cluster blijft draaien: psql -h $SOCK -p $PORT -U postgres $DB   (superuser: -U supabase_admin)"
    echo "Stoppen: ${AS_DB_USER[*]} $PG_BIN/pg_ctl -D $DATA -m immediate stop && rm -rf $WORK"
    exit "$rc"
  fi
  if [[ -f $DATA/postmaster.pid ]]; then
    "${AS_DB_USER[@]}" "$PG_BIN/pg_ctl" -D "$DATA" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  if ((rc != 0)) && [[ -z ${PROVING:-} && -s $LOG ]]; then
    echo '── postgres.log (laatste 30 regels) ──' >&2
    tail -n 30 "$LOG" >&2 || true
  fi
  rm -rf "$WORK"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "PostgreSQL: $("$PG_BIN/postgres" --version) — cluster in $WORK (socket, poort $PORT)"
"${AS_DB_USER[@]}" "$PG_BIN/initdb" -D "$DATA" -U supabase_admin --auth=trust --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$WORK/initdb.log" 2>&1 ||
  {
    cat "$WORK/initdb.log" >&2
    die "initdb mislukt"
  }
"${AS_DB_USER[@]}" "$PG_BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 \
  -o "-c listen_addresses='' -k $SOCK -p $PORT -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null || die "PostgreSQL start mislukt (zie log hieronder)"

export PGHOST=$SOCK PGPORT=$PORT
psql_q() { PGOPTIONS="-c client_min_messages=warning" "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }

psql_q -U supabase_admin -d postgres -c "create database $DB"
# As on Supabase: extensions live in their own schema, which is on the database's search_path.
psql_q -U supabase_admin -d "$DB" -c 'create schema if not exists extensions' \
  -c 'create extension if not exists pgtap with schema extensions' \
  -c "alter database $DB set search_path = \"\$user\", public, extensions"

apply() {
  local role=$1 file=$2
  printf '  %-15s %s\n' "$role" "$file"
  psql_q -U "$role" -d "$DB" --single-transaction -f "$file" >/dev/null || die "fout in $file (als $role)"
}
echo 'Schema en data:'
apply supabase_admin supabase/shim/supabase-shim.sql
# a copy with the shim only: supabase/schema.sql leaves out what the shim alone creates
GEN_ARGS=(--db="$DB" --baseline="${DB}_shim")
CHECK_GENERATED=
[[ -n $GENERATE || ${PGTAP_SKIP_GENERATED:-} != 1 ]] && CHECK_GENERATED=1
[[ -n $CHECK_GENERATED ]] && psql_q -U supabase_admin -d postgres -c "create database ${DB}_shim template $DB"
# from here on as the project's own role, which is not a superuser
psql_q -U postgres -d "$DB" -tA -c 'select rolsuper from pg_roles where rolname = current_user' | grep -qx f ||
  die "de rol postgres mag geen superuser zijn (supabase/shim/supabase-shim.sql)"
for m in "${MIGRATIONS[@]}"; do apply postgres "$m"; done

# generated files (scripts/gen-db-files.ts), from the schema before the seed adds data
TSX=node_modules/.bin/tsx
[[ -z $CHECK_GENERATED || -x $TSX ]] || die "$TSX ontbreekt: draai eerst npm install"
if [[ -n $GENERATE ]]; then
  echo 'Gegenereerde bestanden:'
  PG_BIN=$PG_BIN "$TSX" scripts/gen-db-files.ts --write "${GEN_ARGS[@]}" || die "genereren mislukt"
  exit 0
fi
GENERATED_STALE=
if [[ -n $CHECK_GENERATED ]]; then
  PG_BIN=$PG_BIN "$TSX" scripts/gen-db-files.ts --check "${GEN_ARGS[@]}" || GENERATED_STALE=1
fi

apply postgres supabase/seed.sql

echo "pgTAP: ${#TESTS[@]} bestand(en) in $TEST_DIR (als postgres)"
PROVE_ARGS=(--ext .sql --failures --comments)
[[ ${PGTAP_VERBOSE:-} == 1 ]] && PROVE_ARGS+=(--verbose)
PROVING=1
pg_prove -h "$SOCK" -p "$PORT" -U postgres -d "$DB" "${PROVE_ARGS[@]}" "${TESTS[@]}"
[[ -z $GENERATED_STALE ]] ||
  die "supabase/schema.sql, database.types.ts of docs/api.md loopt achter op de migraties (zie de diff boven pgTAP). Genereer opnieuw met:  npm run db:generate"
