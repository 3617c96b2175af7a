# Writes a test instance's homeserver.yaml and log config. Sourced by start.sh, never run.
# shellcheck shell=bash

# Every rc_* limiter Synapse 1.160 reads (synapse/config/ratelimiting.py), except rc_federation
# (no federation listener) and the remote media download limit (no remote servers).
rate_limits_yaml() {
  local per_second=$1 burst=$2 limit
  limit="{per_second: $per_second, burst_count: $burst}"
  cat <<EOF
rc_message: $limit
rc_registration: $limit
rc_registration_token_validity: $limit
rc_login:
  address: $limit
  account: $limit
  failed_attempts: $limit
rc_admin_redaction: $limit
rc_joins:
  local: $limit
  remote: $limit
rc_joins_per_room: $limit
rc_key_requests: $limit
rc_3pid_validation: $limit
rc_invites:
  per_room: $limit
  per_user: $limit
  per_issuer: $limit
rc_third_party_invite: $limit
rc_media_create: $limit
rc_presence:
  per_user: $limit
rc_delayed_event_mgmt: $limit
rc_room_creation: $limit
rc_reports: $limit
rc_user_directory: $limit
EOF
}

# SQLite in the instance's directory, or PostgreSQL, as production servers run, when
# SYNAPSE_POSTGRES_URL names an empty database created with C collation:
# postgres://user[:password]@host:port/name, the password not URL-encoded.
database_yaml() {
  local dir=$1 url=${SYNAPSE_POSTGRES_URL:-} user password host port name
  if [[ -z $url ]]; then
    printf 'database:\n  name: sqlite3\n  args:\n    database: "%s/homeserver.db"\n' "$dir"
    return
  fi
  [[ $url =~ ^postgres(ql)?://([^:@/]+)(:([^@/]*))?@([^:/]+):([0-9]+)/([A-Za-z0-9_]+)$ ]] ||
    die "SYNAPSE_POSTGRES_URL must look like postgres://user[:password]@host:port/name, got '$url'"
  user=${BASH_REMATCH[2]} password=${BASH_REMATCH[4]} host=${BASH_REMATCH[5]}
  port=${BASH_REMATCH[6]} name=${BASH_REMATCH[7]}
  cat <<EOF
database:
  name: psycopg2
  args:
    user: "$user"
    password: "$password"
    host: "$host"
    port: $port
    dbname: "$name"
    cp_min: 5
    cp_max: 10
EOF
}

# Usage: write_homeserver_yaml FILE INSTANCE_DIR PORT SHARED_SECRET
write_homeserver_yaml() {
  local file=$1 dir=$2 port=$3 secret=$4 per_second burst
  if [[ ${SYNAPSE_RATE_LIMITED:-0} == 1 ]]; then
    # Low enough that a handful of requests gets 429 M_LIMIT_EXCEEDED with a short retry_after_ms.
    per_second="${SYNAPSE_RC_PER_SECOND:-0.5}"
    burst="${SYNAPSE_RC_BURST:-2}"
  else
    per_second=100000
    burst=100000
  fi
  cat >"$file" <<EOF
# Written by scripts/test/synapse/start.sh for tests; rewritten at every start.
server_name: "localhost"
public_baseurl: "http://127.0.0.1:$port/"
pid_file: "$dir/homeserver.pid"
signing_key_path: "$dir/signing.key"
log_config: "$dir/log.config"
media_store_path: "$dir/media_store"
$(database_yaml "$dir")
listeners:
  # Client API only; the admin API is served under it at /_synapse/admin. No federation listener.
  - port: $port
    bind_addresses: ["127.0.0.1"]
    type: http
    tls: false
    x_forwarded: false
    resources:
      - names: [client]
        compress: false
registration_shared_secret: "$secret"
macaroon_secret_key: "$(random_hex 32)"
form_secret: "$(random_hex 32)"
enable_registration: false
bcrypt_rounds: 4
report_stats: false
trusted_key_servers: []
suppress_key_server_warning: true
# Synapse denies publishing rooms to the directory by default; tests list public rooms.
room_list_publication_rules:
  - action: allow
# The server notices admin API answers 400 unless this is configured.
server_notices:
  system_mxid_localpart: notices
  system_mxid_display_name: "Server Notices"
  room_name: "Server Notices"
$(rate_limits_yaml "$per_second" "$burst")
EOF
}

# Usage: write_log_config FILE INSTANCE_DIR
write_log_config() {
  local file=$1 dir=$2
  cat >"$file" <<EOF
version: 1
formatters:
  plain:
    format: "%(asctime)s %(levelname)s %(name)s: %(message)s"
handlers:
  file:
    class: logging.FileHandler
    formatter: plain
    filename: "$dir/homeserver.log"
    encoding: utf8
root:
  level: ${SYNAPSE_LOG_LEVEL:-WARNING}
  handlers: [file]
disable_existing_loggers: false
EOF
}
