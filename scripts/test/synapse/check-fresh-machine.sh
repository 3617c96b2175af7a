#!/usr/bin/env bash
# Rehearses CI on this machine: a fresh Debian 12 (a bookworm minbase chroot with nothing but the
# host's apt sources) runs ensure-chromium.sh and start.sh at the same time, as `npm test` does,
# then a warm restart and a stop. Slow (about 5 minutes, 1.5 GB in a temporary dir, removed after).
# Usage: scripts/test/synapse/check-fresh-machine.sh   (root; needs debootstrap on this host)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
sim="$(mktemp -d /tmp/synapse-rig-fresh.XXXXXX)"
mirror="${SYNAPSE_DEBIAN_MIRROR:-http://deb.debian.org/debian}"

cleanup() {
  local proc_dir
  # A Synapse left behind by a failed step still runs inside the simulated machine: end it first.
  for proc_dir in /proc/[0-9]*; do
    [[ $(readlink "$proc_dir/root" 2>/dev/null) == "$sim"* ]] && kill -KILL "${proc_dir#/proc/}" 2>/dev/null
  done
  sleep 0.5
  # The chroot's /proc lives in a private mount namespace; nothing to unmount here.
  rm -rf --one-file-system "$sim"
}
trap cleanup EXIT

echo "== debootstrap bookworm into $sim"
debootstrap --variant=minbase bookworm "$sim" "$mirror" >"$sim.debootstrap.log" 2>&1 ||
  { tail -n 30 "$sim.debootstrap.log" >&2; exit 1; }
rm -f "$sim.debootstrap.log" "$sim/etc/apt/sources.list"
cp /etc/apt/sources.list.d/*.sources "$sim/etc/apt/sources.list.d/" 2>/dev/null ||
  printf 'deb %s bookworm main\n' "$mirror" >"$sim/etc/apt/sources.list"
cp /etc/hosts "$sim/etc/hosts"
cp -L /etc/resolv.conf "$sim/etc/resolv.conf"
printf '#!/bin/sh\nexit 101\n' >"$sim/usr/sbin/policy-rc.d"
chmod 755 "$sim/usr/sbin/policy-rc.d"
mkdir -p "$sim/repo/scripts"
cp -a "$here/.." "$sim/repo/scripts/test"

# A rootfs path unlike the host's, so the rig inside cannot mistake the host's Synapse for its own.
# shellcheck disable=SC2016 # expanded by the shell inside the chroot
unshare --mount --propagation private -- /bin/sh -ec '
  mount -t proc proc "$1/proc"
  exec chroot "$1" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/root \
    SYNAPSE_ROOTFS=/var/cache/fresh-check/synapse-rootfs SYNAPSE_PORT=18130 bash -ec "
    cd /repo
    started=\$SECONDS
    bash scripts/test/ensure-chromium.sh >/tmp/chromium.log 2>&1 &
    chromium_pid=\$!
    bash scripts/test/synapse/start.sh /tmp/synapse.env
    echo \"== cold: Synapse healthy after \$((SECONDS - started)) s\"
    wait \$chromium_pid || { tail -n 30 /tmp/chromium.log; exit 1; }
    /usr/bin/chromium --version 2>/dev/null
    started=\$SECONDS
    bash scripts/test/synapse/start.sh /tmp/synapse.env
    echo \"== warm restart: \$((SECONDS - started)) s\"
    bash scripts/test/synapse/stop.sh
    if grep fresh-check /proc/mounts; then echo leftover mount; exit 1; fi
    echo \"== fresh machine check passed\"
  "
' sh "$sim"
