#!/usr/bin/env bash
# npm run check: tsc and ESLint side by side (each keeps one core busy for about a minute), then Prettier.
# Fails when any of them fails; each one's output stays together.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
typecheck_log=$(mktemp)
trap 'rm -f "$typecheck_log"' EXIT
npm run --silent typecheck >"$typecheck_log" 2>&1 &
typecheck=$!
npm run lint
lint=$?
wait "$typecheck"
typecheck_status=$?
echo '> tsc --noEmit'
cat "$typecheck_log"
npm run format:check
format=$?
((typecheck_status == 0 && lint == 0 && format == 0))
