#!/usr/bin/env bash
# Installs Debian's Chromium (the browser benchmark's) and its headless shell (the e2e tests') when
# either is missing; a fast no-op otherwise. (`npx playwright install` cannot work here: it
# downloads from outside npm and apt.)
set -euo pipefail

chromium=/usr/bin/chromium
shell=/usr/bin/chromium-headless-shell
[[ -x $chromium && -x $shell ]] && exit 0

fail() {
  echo "[ensure-chromium] ERROR: $*" >&2
  exit 1
}
[[ $(id -u) -eq 0 ]] || fail "$chromium or $shell is missing and installing them needs root"

# Two `apt-get update` at once fail on the lists lock, and the Synapse rig may install debootstrap
# at the same time; both take this lock (same path in synapse/build-rootfs.sh).
apt_locked() {
  flock /tmp/synapse-console-apt.lock apt-get -o DPkg::Lock::Timeout=300 "$@"
}

export DEBIAN_FRONTEND=noninteractive
echo "[ensure-chromium] installing chromium and chromium-headless-shell with apt-get" >&2
# A fresh machine may be running its own apt job (apt-daily), which holds the lists lock for a while.
for attempt in 1 2 3 4 5 6; do
  apt_locked update && break
  ((attempt < 6)) || fail "apt-get update kept failing"
  echo "[ensure-chromium] apt-get update failed; retrying in 10 s" >&2
  sleep 10
done
apt_locked install -y chromium chromium-headless-shell
[[ -x $chromium && -x $shell ]] || fail "apt-get finished but $chromium or $shell is still missing"
echo "[ensure-chromium] $("$chromium" --version 2>/dev/null || echo "$chromium installed")" >&2
