#!/usr/bin/env bash
# `npm run typecheck`: tsc, incremental, its build info outside the repository.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/check/cache-dir.sh
exec node_modules/.bin/tsc --noEmit --tsBuildInfoFile "$CHECK_CACHE_DIR/tsbuildinfo"
