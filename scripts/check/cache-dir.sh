# Sourced by the checks: where they keep their caches, outside the repository, so a fresh clone
# at the same path (as CI makes) starts warm. Keyed by content, not by file times.
CHECK_CACHE_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/synapse-console/$(pwd | tr / _)"
mkdir -p "$CHECK_CACHE_DIR"
