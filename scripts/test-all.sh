#!/usr/bin/env bash
# `npm test`: lint, typecheck, unit and integration tests, production build, browser tests.
# Prints one summary line at the end: "Tests: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports
rm -f reports/unit.json reports/e2e.json

status=0
step() {
  echo
  echo "━━ $1"
  shift
  "$@" || status=1
}

step "Services for scale-out tests (PostgreSQL, Redis)" bash scripts/ensure-services.sh
step "Chromium for browser tests" bash scripts/ensure-chromium.sh
step "Lint (biome)" npx biome ci .
step "Typecheck (tsc)" npx tsc --noEmit
step "Unit and integration tests (vitest)" npx vitest run --reporter=default --reporter=json --outputFile.json=reports/unit.json
step "Production build (next build)" npx next build
if [ -f .next/BUILD_ID ]; then
  step "Browser tests (playwright)" npx playwright test
else
  echo "Skipping browser tests: the build failed." && status=1
fi

node scripts/test-summary.mjs reports/unit.json reports/e2e.json || status=1
exit $status
