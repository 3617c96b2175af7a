// Ages accounts and devices in the test Synapse's own database, since no API makes an account
// old or a device last used long ago (the issue allows it: "ageing may be done in Synapse's DB").
import { execFileSync } from "node:child_process";
import path from "node:path";

const DAY_MS = 86_400_000;

/** The rig's rootfs and the instance directory inside it, from the env file's log path. */
function synapseDatabase() {
  const logFile = process.env.SYNAPSE_LOG_FILE ?? "";
  const marker = logFile.lastIndexOf("/srv/");
  if (marker < 0) throw new Error(`SYNAPSE_LOG_FILE (${logFile}) is not inside a rig rootfs`);
  return {
    rootfs: logFile.slice(0, marker),
    database: path.posix.join(path.posix.dirname(logFile.slice(marker)), "homeserver.db"),
  };
}

export type Ageing = {
  /** Accounts to make this many days old. */
  users: Array<{ userId: string; createdDaysAgo: number }>;
  /** Devices to give a last use this many days ago. */
  devices: Array<{ userId: string; deviceId: string; lastSeenDaysAgo: number }>;
};

/** Rewrites creation and last-seen times with Python's sqlite3 inside the Synapse chroot. */
export function ageInSynapse(ageing: Ageing) {
  const now = Date.now();
  const statements = [
    ...ageing.users.map((user) => [
      "UPDATE users SET creation_ts = ? WHERE name = ?",
      [Math.floor((now - user.createdDaysAgo * DAY_MS) / 1000), user.userId],
    ]),
    ...ageing.devices.map((device) => [
      "UPDATE devices SET last_seen = ?, ip = '198.51.100.7', user_agent = 'OldClient/1.0' WHERE user_id = ? AND device_id = ?",
      [now - device.lastSeenDaysAgo * DAY_MS, device.userId, device.deviceId],
    ]),
  ];
  const { rootfs, database } = synapseDatabase();
  const script = [
    "import json, sqlite3, sys",
    "db = sqlite3.connect(sys.argv[1], timeout=10)",
    "for sql, args in json.loads(sys.argv[2]):",
    "    if db.execute(sql, args).rowcount != 1: sys.exit('no row for ' + json.dumps(args))",
    "db.commit()",
  ].join("\n");
  execFileSync("chroot", [rootfs, "python3", "-c", script, database, JSON.stringify(statements)]);
}
