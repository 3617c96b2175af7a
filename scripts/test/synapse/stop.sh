#!/usr/bin/env bash
# Stops a Synapse test instance started by start.sh; a no-op when it is not running.
# Env: SYNAPSE_INSTANCE (default test), SYNAPSE_ROOTFS.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=SCRIPTDIR/common.sh
source "$here/common.sh"

require_root
check_rootfs_path
name="$(instance_name)"
[[ -d $SYNAPSE_ROOTFS ]] || exit 0

exec 8>"$(instance_lock_file "$name")"
flock 8
stop_instance "$name"
