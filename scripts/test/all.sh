#!/usr/bin/env bash
# `npm test`: lint, type check, unit, integration and end-to-end tests. It installs and starts what
# they need (Debian's Chromium, a real Synapse, PostgreSQL) and stops all of it at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec node_modules/.bin/tsx scripts/test/run-all.ts "$@"
