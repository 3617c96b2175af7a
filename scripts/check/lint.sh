#!/usr/bin/env bash
# `npm run lint`: ESLint and Prettier, each with a content-keyed cache outside the repository.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/check/cache-dir.sh
node_modules/.bin/eslint --cache --cache-strategy content --cache-location "$CHECK_CACHE_DIR/eslint" .
node_modules/.bin/prettier --check --cache --cache-strategy content --cache-location "$CHECK_CACHE_DIR/prettier" .
