#!/usr/bin/env bash
# `npm test`: type check, lint, unit and integration tests (PGlite, and PostgreSQL when
# DATABASE_URL or TEST_DATABASE_URL points at a server), then the browser end-to-end tests.
# `npm run test:e2e [-- files]` (this script with the argument `e2e`): only the build and the end-to-end tests (those files, or all); CI runs
# them a second time under another language setting (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC
# A test file that hangs (a lost message, a handle left open) is ended after 20 minutes and fails with its
# name, rather than holding the whole run until CI's limit; the longest file takes about three. Not
# --test-force-exit: on Node 20 it ends a file before the suites it declares after a top-level await run,
# and counts them nowhere (geheimen.test.ts lost six tests that way, silently).
GRENZEN="--test-timeout=1200000"

if [ "${1:-}" != "e2e" ]; then
  echo "== Type check"
  npx react-router typegen >/dev/null
  npx tsc
  echo "== Lint"
  npx eslint . --max-warnings 0
  echo "== Formatting (Prettier, decision 0063)"
  npx prettier --check . --log-level warn
  echo "== Unit and integration tests"
  shopt -s globstar nullglob
  node --import tsx --test --test-concurrency=2 $GRENZEN src/**/*.test.ts tests/integration/*.test.ts
fi
echo "== Build"
npx react-router build >/dev/null 2>&1 || npx react-router build
echo "== End-to-end tests (Chromium, LANG=${LANG:-unset})"
# `npm run test:e2e -- tests/e2e/a.test.ts …` runs only those files; without them, all of them.
if [ "${1:-}" = "e2e" ] && [ $# -gt 1 ]; then
  node --import tsx --test --test-concurrency=1 $GRENZEN "${@:2}"
else
  node --import tsx --test --test-concurrency=1 $GRENZEN tests/e2e/*.test.ts
fi
