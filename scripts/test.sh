#!/usr/bin/env bash
# `npm test`: type check, lint, unit and integration tests (PGlite, and PostgreSQL when
# DATABASE_URL or TEST_DATABASE_URL points at a server), then the browser end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC

echo "== Type check"
npx react-router typegen >/dev/null
npx tsc
echo "== Lint"
npx eslint . --max-warnings 0
echo "== Unit and integration tests"
shopt -s globstar nullglob
node --import tsx --test --test-concurrency=2 src/**/*.test.ts tests/integration/*.test.ts
echo "== Build"
npx react-router build >/dev/null 2>&1 || npx react-router build
echo "== End-to-end tests (Chromium)"
node --import tsx --test --test-concurrency=1 tests/e2e/*.test.ts
