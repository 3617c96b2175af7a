#!/usr/bin/env bash
# Builds, once per machine, a Debian sid chroot with matrix-synapse in a cache dir outside the repo.
# Prints the installed Synapse version on stdout (logs go to stderr). Safe to run concurrently.
#
# Env: SYNAPSE_ROOTFS (default /var/cache/synapse-console/synapse-rootfs),
#      SYNAPSE_DEBIAN_MIRROR (default: the host's Debian URI from its apt sources),
#      SYNAPSE_DEB_VERSION (optional exact matrix-synapse package version to pin, e.g. 1.160.0-1).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=SCRIPTDIR/common.sh
source "$here/common.sh"

require_root
check_rootfs_path

build_log="$SYNAPSE_ROOTFS.build.log"

# The first Debian (not security) URI in the host's apt sources, deb822 or one-line style.
host_debian_mirror() {
  local uri
  uri="$(
    {
      sed -n 's/^[[:space:]]*URIs:[[:space:]]*//p' /etc/apt/sources.list.d/*.sources 2>/dev/null | tr ' ' '\n'
      sed -nE 's/^[[:space:]]*deb[[:space:]]+(\[[^]]*\][[:space:]]+)?([^[:space:]]+).*/\2/p' \
        /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null
    } | grep -E '^https?://[^[:space:]]+/debian/?$' | head -n 1
  )" || true
  printf '%s\n' "${uri:-http://deb.debian.org/debian}"
}

# Keeps the noisy output of a step in the build log, and shows its tail when the step fails.
run_logged() {
  "$@" >>"$build_log" 2>&1 && return 0
  tail -n 40 "$build_log" >&2
  die "step failed: $* (full log: $build_log)"
}

# Two `apt-get update` at once fail on the lists lock, and ensure-chromium.sh may run at the same
# time; both take this lock (same path there).
apt_locked() {
  flock /tmp/synapse-console-apt.lock apt-get -o DPkg::Lock::Timeout=300 "$@"
}

ensure_debootstrap() {
  local attempt
  command -v debootstrap >/dev/null && return 0
  log "installing debootstrap on the host"
  export DEBIAN_FRONTEND=noninteractive
  # A fresh machine may be running its own apt job (apt-daily), which holds the lists lock a while.
  for attempt in 1 2 3 4 5 6; do
    apt_locked update >>"$build_log" 2>&1 && break
    if ((attempt == 6)); then
      tail -n 20 "$build_log" >&2
      die "apt-get update on the host kept failing (log: $build_log)"
    fi
    log "apt-get update failed; retrying in 10 s"
    sleep 10
  done
  run_logged apt_locked install -y --no-install-recommends debootstrap
}

# Removes a half-built rootfs, refusing when a process still runs inside it.
wipe_rootfs() {
  local busy mount_point
  busy="$(pids_in_rootfs | tr '\n' ' ')"
  [[ -z $busy ]] || die "$SYNAPSE_ROOTFS is incomplete or outdated but processes run inside it: $busy (stop them first)"
  # An older, interrupted build may have left mounts behind; rm must never descend into them.
  while read -r mount_point; do
    log "unmounting leftover $mount_point"
    umount -l "$mount_point"
  done < <(awk -v root="$SYNAPSE_ROOTFS/" 'index($2, root) == 1 { print $2 }' /proc/mounts | sort -r)
  rm -rf --one-file-system "$SYNAPSE_ROOTFS"
}

configure_chroot() {
  cat >"$SYNAPSE_ROOTFS/etc/apt/apt.conf.d/99synapse-console" <<'EOF'
// The mirror's sid Release file can be older than this machine's clock.
Acquire::Check-Valid-Until "false";
Acquire::Check-Date "false";
Acquire::Retries "3";
APT::Install-Recommends "false";
EOF
  cp /etc/hosts "$SYNAPSE_ROOTFS/etc/hosts"
  cp -L /etc/resolv.conf "$SYNAPSE_ROOTFS/etc/resolv.conf"
  # Package scripts must not start services inside the chroot.
  printf '#!/bin/sh\nexit 101\n' >"$SYNAPSE_ROOTFS/usr/sbin/policy-rc.d"
  chmod 755 "$SYNAPSE_ROOTFS/usr/sbin/policy-rc.d"
}

write_marker() {
  local deb_version=$1 synapse_version=$2 mirror=$3 marker
  marker="$(rootfs_marker)"
  {
    printf 'format=%s\n' "$ROOTFS_FORMAT"
    printf 'synapse=%s\n' "$synapse_version"
    printf 'deb=%s\n' "$deb_version"
    printf 'mirror=%s\n' "$mirror"
    printf 'built=%s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  } >"$marker.tmp"
  mv "$marker.tmp" "$marker"
}

build() {
  local mirror started package deb_version synapse_version
  started=$SECONDS
  mirror="${SYNAPSE_DEBIAN_MIRROR:-$(host_debian_mirror)}"
  package="matrix-synapse${SYNAPSE_DEB_VERSION:+=$SYNAPSE_DEB_VERSION}"
  : >"$build_log"
  trap unmount_rootfs_proc EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  ensure_debootstrap
  log "debootstrap sid from $mirror into $SYNAPSE_ROOTFS (log: $build_log)"
  run_logged debootstrap --variant=minbase sid "$SYNAPSE_ROOTFS" "$mirror"
  configure_chroot
  log "installing $package in the chroot"
  run_logged chroot_run_with_proc apt-get update
  run_logged chroot_run_with_proc apt-get install -y --no-install-recommends "$package"
  run_logged chroot_run_with_proc apt-get clean
  # shellcheck disable=SC2016 # dpkg-query expands these itself
  chroot_run dpkg-query -W -f='${Package} ${Version}\n' >"$SYNAPSE_ROOTFS/.synapse-console-packages.txt"
  # shellcheck disable=SC2016
  deb_version="$(chroot_run dpkg-query -W -f='${Version}' matrix-synapse)"
  # Importing the server proves the Python side is whole, so a broken sid day fails here, not at start.
  synapse_version="$(chroot_run python3 -c 'import synapse, synapse.app.homeserver; print(synapse.__version__)')" ||
    die "matrix-synapse $deb_version is installed but does not import; sid may be mid-transition"
  log "installed matrix-synapse $deb_version (Synapse $synapse_version), $(chroot_run python3 --version)," \
    "$(wc -l <"$SYNAPSE_ROOTFS/.synapse-console-packages.txt") packages listed in $SYNAPSE_ROOTFS/.synapse-console-packages.txt"
  write_marker "$deb_version" "$synapse_version" "$mirror"
  log "rootfs ready in $((SECONDS - started)) s"
}

main() {
  mkdir -p "$(dirname "$SYNAPSE_ROOTFS")"
  exec 9>"$SYNAPSE_ROOTFS.lock"
  if ! flock -n 9; then
    log "another build holds $SYNAPSE_ROOTFS.lock; waiting"
    flock 9
  fi
  if rootfs_complete; then
    log "reusing $SYNAPSE_ROOTFS (Synapse $(rootfs_synapse_version))"
  else
    if [[ -e $SYNAPSE_ROOTFS ]]; then
      log "wiping incomplete or outdated $SYNAPSE_ROOTFS"
      wipe_rootfs
    fi
    build
  fi
  rootfs_synapse_version
}

main "$@"
