# Shared settings and helpers for the Synapse test rig. Sourced by the scripts beside it, never run.
# shellcheck shell=bash

SYNAPSE_ROOTFS="${SYNAPSE_ROOTFS:-/var/cache/synapse-console/synapse-rootfs}"
# chroot and debootstrap live in sbin, which a non-login root shell may not have on its PATH.
PATH="$PATH:/usr/sbin:/sbin"
ROOTFS_MARKER_NAME=".synapse-console-rootfs"
# Bump when build-rootfs.sh changes what a rootfs contains, so cached ones are rebuilt.
ROOTFS_FORMAT=1

log() { printf '[synapse-rig] %s\n' "$*" >&2; }
die() {
  printf '[synapse-rig] ERROR: %s\n' "$*" >&2
  exit 1
}

require_root() {
  [[ $(id -u) -eq 0 ]] || die "must run as root (debootstrap and chroot need it)"
}

# Guards every rm -rf below: the rootfs path must be absolute, plain and at least two levels deep.
check_rootfs_path() {
  [[ $SYNAPSE_ROOTFS == /* ]] || die "SYNAPSE_ROOTFS must be an absolute path, got '$SYNAPSE_ROOTFS'"
  [[ $SYNAPSE_ROOTFS =~ ^(/[A-Za-z0-9._-]+){2,}$ ]] ||
    die "SYNAPSE_ROOTFS must look like /dir/subdir (letters, digits, . _ -), got '$SYNAPSE_ROOTFS'"
  [[ "$SYNAPSE_ROOTFS/" != *"/./"* && "$SYNAPSE_ROOTFS/" != *"/../"* ]] ||
    die "SYNAPSE_ROOTFS must not contain '..' or '.', got '$SYNAPSE_ROOTFS'"
}

rootfs_marker() { printf '%s/%s' "$SYNAPSE_ROOTFS" "$ROOTFS_MARKER_NAME"; }

# A rootfs counts as complete only when build-rootfs.sh wrote its marker with the current format.
rootfs_complete() {
  local marker
  marker="$(rootfs_marker)"
  [[ -f $marker ]] && grep -qx "format=$ROOTFS_FORMAT" "$marker"
}

rootfs_synapse_version() {
  sed -n 's/^synapse=//p' "$(rootfs_marker)"
}

# Prints the PIDs of processes whose root directory is the rootfs (a running Synapse, a build).
pids_in_rootfs() {
  local root proc_dir
  root="$(readlink -f "$SYNAPSE_ROOTFS")"
  for proc_dir in /proc/[0-9]*; do
    [[ $(readlink "$proc_dir/root" 2>/dev/null) == "$root" ]] && printf '%s\n' "${proc_dir#/proc/}"
  done
  return 0
}

# Runs a command inside the rootfs with a clean environment and /proc mounted. The mount goes in a
# private mount namespace, so the host never sees it and it cannot outlive the command, even on SIGKILL.
chroot_run_with_proc() {
  local -a command=(/usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 HOME=/root
    DEBIAN_FRONTEND=noninteractive "$@")
  if unshare --mount --propagation private true 2>/dev/null; then
    # shellcheck disable=SC2016 # the inner script expands its own arguments
    unshare --mount --propagation private -- /bin/sh -ec '
      root=$1
      shift
      mount -t proc proc "$root/proc"
      exec chroot "$root" "$@"
    ' sh "$SYNAPSE_ROOTFS" "${command[@]}"
    return
  fi
  # No private namespace where / is not a mount point (inside a container or chroot): mount on the
  # host and unmount right after; callers also call unmount_rootfs_proc from an EXIT trap.
  local status=0
  mount -t proc proc "$SYNAPSE_ROOTFS/proc"
  chroot "$SYNAPSE_ROOTFS" "${command[@]}" || status=$?
  unmount_rootfs_proc
  return "$status"
}

unmount_rootfs_proc() {
  mountpoint -q "$SYNAPSE_ROOTFS/proc" 2>/dev/null || return 0
  umount "$SYNAPSE_ROOTFS/proc" 2>/dev/null || umount -l "$SYNAPSE_ROOTFS/proc"
}

# Runs a command inside the rootfs with a clean environment and no /proc (enough for Synapse).
chroot_run() {
  chroot "$SYNAPSE_ROOTFS" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 HOME=/root "$@"
}

random_hex() { od -An -N"$1" -tx1 /dev/urandom | tr -d ' \n'; }

# The instance name picks the config and data dir /srv/<name> inside the rootfs.
instance_name() {
  local name="${SYNAPSE_INSTANCE:-test}"
  [[ $name =~ ^[a-z0-9][a-z0-9-]{0,31}$ ]] || die "SYNAPSE_INSTANCE must be lowercase letters, digits and -, got '$name'"
  printf '%s\n' "$name"
}

instance_lock_file() { printf '%s.instance-%s.lock' "$SYNAPSE_ROOTFS" "$1"; }

# PIDs of this instance's Synapse: chrooted in the rootfs, started with this instance's config.
instance_pids() {
  local name=$1 pid cmd
  for pid in $(pids_in_rootfs); do
    cmd="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)" || continue
    [[ $cmd == *synapse.app.homeserver*" -c /srv/$name/homeserver.yaml "* ]] && printf '%s\n' "$pid"
  done
  return 0
}

pid_alive() {
  local state
  state="$(awk '{ print $3 }' "/proc/$1/stat" 2>/dev/null)" || return 1
  [[ -n $state && $state != Z ]]
}

# Waits up to $1 seconds for all the given PIDs to exit; fails if any is still alive.
wait_gone() {
  local tries=$(($1 * 10)) pid alive
  shift
  while :; do
    alive=0
    for pid in "$@"; do pid_alive "$pid" && alive=1; done
    ((alive)) || return 0
    ((tries-- > 0)) || return 1
    sleep 0.1
  done
}

# Stops the instance by the PID in its pid file, after checking that PID really is this instance's
# Synapse (a stale pid file must not kill an unrelated process); also stops a stray one whose pid
# file is gone. SIGTERM, then SIGKILL after 10 s.
stop_instance() {
  local name=$1 pid_file pid
  local -a pids
  pid_file="$SYNAPSE_ROOTFS/srv/$name/homeserver.pid"
  mapfile -t pids < <(instance_pids "$name")
  if [[ -s $pid_file ]]; then
    pid="$(<"$pid_file")"
    if [[ " ${pids[*]} " != *" $pid "* ]] && pid_alive "$pid"; then
      log "pid file $pid_file names $pid, which is not Synapse '$name'; leaving that process alone"
    fi
  fi
  if ((${#pids[@]} == 0)); then
    rm -f "$pid_file"
    return 0
  fi
  log "stopping Synapse '$name' (pid ${pids[*]})"
  kill -TERM "${pids[@]}" 2>/dev/null || true
  if ! wait_gone 10 "${pids[@]}"; then
    log "Synapse '$name' still runs 10 s after SIGTERM; sending SIGKILL"
    kill -KILL "${pids[@]}" 2>/dev/null || true
    wait_gone 5 "${pids[@]}" || die "could not stop Synapse '$name' (pid ${pids[*]})"
  fi
  rm -f "$pid_file"
}

# Prints the body of GET /health on 127.0.0.1:$1, or fails. Plain bash, so the host needs no curl.
health_body() {
  # shellcheck disable=SC2016
  timeout 3 bash -c '
    exec 3<>"/dev/tcp/127.0.0.1/$1"
    printf "GET /health HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n" >&3
    cat <&3
  ' sh "$1" 2>/dev/null | tail -n 1
}

port_in_use() {
  # shellcheck disable=SC2016
  timeout 3 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' sh "$1" 2>/dev/null
}
