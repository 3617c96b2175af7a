#!/usr/bin/env bash
# Starts a fresh Synapse test instance on 127.0.0.1 from the cached rootfs (building it if needed),
# waits until it is healthy and writes an env file for the tests.
#
# Usage: start.sh [ENV_FILE]
# Env: SYNAPSE_INSTANCE (default test), SYNAPSE_PORT (default 8008),
#      SYNAPSE_ENV_FILE (default /tmp/synapse-console-test-<instance>.env; the argument wins),
#      SYNAPSE_SHARED_SECRET (default: random per start), SYNAPSE_RATE_LIMITED=1 (low rc_* limits,
#      tuned by SYNAPSE_RC_PER_SECOND / SYNAPSE_RC_BURST), SYNAPSE_LOG_LEVEL (default WARNING),
#      SYNAPSE_START_TIMEOUT (seconds, default 60), SYNAPSE_POSTGRES_URL (an empty PostgreSQL
#      database for Synapse instead of SQLite; see config.sh), plus build-rootfs.sh's variables.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=SCRIPTDIR/common.sh
source "$here/common.sh"
# shellcheck source=SCRIPTDIR/config.sh
source "$here/config.sh"

require_root
check_rootfs_path

name="$(instance_name)"
port="${SYNAPSE_PORT:-8008}"
if ! [[ $port =~ ^[0-9]{1,5}$ ]] || ((port < 1 || port > 65535)); then
  die "SYNAPSE_PORT must be a TCP port, got '$port'"
fi
env_file="${1:-${SYNAPSE_ENV_FILE:-/tmp/synapse-console-test-$name.env}}"
timeout_s="${SYNAPSE_START_TIMEOUT:-60}"
dir="/srv/$name"
host_dir="$SYNAPSE_ROOTFS$dir"
started=$SECONDS

version="$("$here/build-rootfs.sh")"

# One start or stop of this instance at a time; other instances go on in parallel.
exec 8>"$(instance_lock_file "$name")"
flock 8

stop_instance "$name"
port_in_use "$port" && die "something else already listens on 127.0.0.1:$port; choose another SYNAPSE_PORT"

# Fresh data at every start: tests seed their own, and a changed server_name needs an empty database.
rm -rf --one-file-system "$host_dir"
mkdir -p "$host_dir/media_store"
chmod 700 "$host_dir"
secret="${SYNAPSE_SHARED_SECRET:-$(random_hex 32)}"
write_log_config "$host_dir/log.config" "$dir"
write_homeserver_yaml "$host_dir/homeserver.yaml" "$dir" "$port" "$secret"
chroot_run synapse_generate_signing_key -o "$dir/signing.key" || die "could not generate a signing key"

fail_start() {
  log "Synapse '$name' did not become healthy: $1"
  for file in startup.log homeserver.log; do
    [[ -s $host_dir/$file ]] || continue
    log "--- last lines of $host_dir/$file"
    tail -n 40 "$host_dir/$file" >&2
  done
  stop_instance "$name"
  die "Synapse '$name' failed to start on port $port"
}

log "starting Synapse $version '$name' on 127.0.0.1:$port"
# fd 8 (the instance lock) must not leak into the daemon, or it would hold the lock forever.
chroot_run python3 -m synapse.app.homeserver -c "$dir/homeserver.yaml" --daemonize \
  >"$host_dir/startup.log" 2>&1 8>&- || fail_start "the daemon exited with status $?"

deadline=$((SECONDS + timeout_s))
until [[ "$(health_body "$port")" == OK ]]; do
  [[ -n "$(instance_pids "$name")" ]] || fail_start "the process exited"
  ((SECONDS < deadline)) || fail_start "no OK from /health within $timeout_s s"
  sleep 0.2
done
[[ -s $host_dir/homeserver.pid ]] || fail_start "healthy but no pid file at $host_dir/homeserver.pid"

umask 077
{
  printf 'SYNAPSE_URL=http://127.0.0.1:%s\n' "$port"
  printf 'SYNAPSE_SERVER_NAME=localhost\n'
  printf 'SYNAPSE_REGISTRATION_SHARED_SECRET=%s\n' "$secret"
  printf 'SYNAPSE_PID_FILE=%s\n' "$host_dir/homeserver.pid"
  printf 'SYNAPSE_LOG_FILE=%s\n' "$host_dir/homeserver.log"
  printf 'SYNAPSE_INSTANCE=%s\n' "$name"
  printf 'SYNAPSE_VERSION=%s\n' "$version"
  printf 'SYNAPSE_RATE_LIMITED=%s\n' "${SYNAPSE_RATE_LIMITED:-0}"
} >"$env_file.tmp"
mv "$env_file.tmp" "$env_file"
log "Synapse '$name' healthy at http://127.0.0.1:$port (pid $(<"$host_dir/homeserver.pid"), $((SECONDS - started)) s); env file: $env_file"
