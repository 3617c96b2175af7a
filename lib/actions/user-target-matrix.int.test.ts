// Role × action × target: every action that targets users (found by reading lib/actions, so a new
// one cannot be left out) against every kind of target, for every role. The expected outcome of
// each cell comes from the rule as this file states it, not from the code under test. Refused
// cells run for real through runAction against the real Synapse; allowed cells pass the wrapper's
// check, and a representative set of them runs for real in user-target-rule.int.test.ts.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createSynapseClient } from "@/lib/synapse";
import { prepareTestAppEnv, registerTestUser, requireEnv } from "@/lib/testing/integration-env";

prepareTestAppEnv();

const { loadAllActions } = await import("./testing/all-actions");
const { runAction } = await import("./define-action");
const { TARGETS_NO_USER } = await import("@/lib/auth/user-target-access");
const { assertUserTargetsAllowed } = await import("@/lib/auth/user-target-refusals");
const { db } = await import("@/lib/db");
const { getHomeserverOrThrow } = await import("@/lib/homeserver/get-homeserver");
const { getServiceSynapse } = await import("@/lib/homeserver/service-synapse");
const { registerWithRole } = await import("./testing/console-roles");

type Role = "viewer" | "operator" | "admin";
type Effect =
  | "change"
  | "lock"
  | "suspend"
  | "shadow_ban"
  | "deactivate"
  | "demote"
  | "set_password"
  | "remove_devices"
  | "change_identities"
  | "rotate_token"
  | "log_in_as"
  | "set_expiry";
type TargetKind =
  | "self"
  | "service account"
  | "Synapse admin"
  | "console admin"
  | "console operator"
  | "plain user";

const ROLES: Role[] = ["viewer", "operator", "admin"];
const TARGET_KINDS: TargetKind[] = [
  "self",
  "service account",
  "Synapse admin",
  "console admin",
  "console operator",
  "plain user",
];
const RANK: Record<Role, number> = { viewer: 0, operator: 1, admin: 2 };

/** What the console never does to its own service account, whoever asks. */
const SPARED_FOR_SERVICE: ReadonlySet<Effect> = new Set([
  "lock",
  "suspend",
  "shadow_ban",
  "deactivate",
  "demote",
  "set_password",
  "remove_devices",
  "change_identities",
  "rotate_token",
  "log_in_as",
  "set_expiry",
]);

/**
 * Actions whose least role the rule itself sets: taking over a room is entering it, so making
 * someone room admin needs admin whoever the target is (else an operator could read a private
 * room through a plain stand-in user whose password they set).
 */
const STATED_ROLES: Record<string, Role> = { "make-room-admin.ts": "admin" };

type Expected = { allowed: true } | { allowed: false; reason: RegExp };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The rule: the action's role first; the service account is never given a spared change; an
 * admin may do the rest; anyone else may act only on a plain user (not themselves, not a Synapse
 * admin, not someone whose console role is at least theirs).
 */
function expectedOutcome(
  role: Role,
  minimum: Role,
  effect: Effect,
  kind: TargetKind,
  targetId: string,
): Expected {
  if (RANK[role] < RANK[minimum])
    return {
      allowed: false,
      reason: new RegExp(`^This needs the ${minimum} role; you are ${role}\\.$`),
    };
  if (kind === "service account" && SPARED_FOR_SERVICE.has(effect))
    return {
      allowed: false,
      reason: new RegExp(
        `^${escape(targetId)} is the console's own service account: the console never `,
      ),
    };
  if (role === "admin" || kind === "plain user") return { allowed: true };
  return {
    allowed: false,
    reason: new RegExp(`^${escape(targetId)} .*needs the admin role; you are ${role}\\.$`),
  };
}

// --- The people and the room every cell uses -------------------------------------------------

const checker = await registerTestUser("matrix-checker", true);
const loginWorks = async (user: string, password: string) => {
  const client = createSynapseClient({
    baseUrl: requireEnv("SYNAPSE_URL"),
    tokenSource: { getToken: async () => "" },
    timeoutMs: 15_000,
    maxRetryWaitMs: 10_000,
  });
  const login = await client.session.login({ user, password });
  await client.session.logout(login.access_token);
  return login.user_id;
};

const actors = {} as Record<Role, { id: string; password: string }>;
for (const role of ROLES) actors[role] = await registerWithRole(`matrix-${role}`, role);
const synapseAdmin = await registerTestUser("matrix-synapse-admin", true);
const consoleAdmin = await registerWithRole("matrix-console-admin", "admin");
const consoleOperator = await registerWithRole("matrix-console-operator", "operator");
const plain = await registerTestUser("matrix-plain");
const serviceId = (await getHomeserverOrThrow()).serviceUserId ?? "";

/** A target's ID and password (unknown for the service account), for an actor. */
function targetOf(kind: TargetKind, actor: { id: string; password: string }) {
  switch (kind) {
    case "self":
      return actor;
    case "service account":
      return { id: serviceId, password: null };
    case "Synapse admin":
      return synapseAdmin;
    case "console admin":
      return consoleAdmin;
    case "console operator":
      return consoleOperator;
    case "plain user":
      return plain;
  }
}

const room = await checker.client.rooms.create({ preset: "public_chat", name: "matrix room" });
const roomId = room.roomId;

async function firstDeviceOf(userId: string): Promise<string> {
  const { devices } = await checker.client.devices.list(userId);
  return devices[0]?.device_id ?? "NO-DEVICE";
}

/** A completed device snapshot holding one long-unused device of the user. */
async function staleSnapshotOf(userId: string) {
  const snapshot = await db.deviceSnapshot.create({
    data: { runId: randomUUID(), completedAt: new Date() },
  });
  await db.deviceRecord.create({
    data: {
      snapshotId: snapshot.id,
      userId,
      deviceId: `STALE-${randomUUID().slice(0, 8)}`,
      lastSeenAt: new Date(Date.now() - 400 * 86_400_000),
      userCreatedAt: new Date(Date.now() - 800 * 86_400_000),
      userType: null,
    },
  });
  return snapshot.id;
}

// --- One sample input per action that targets users --------------------------------------------

type Cell = { targetId: string; actorId: string };
type Sample = {
  /** What the action does to its target, as the rule sees it. */
  effect: Effect;
  input: (cell: Cell) => unknown;
  /** Targets this action can never be asked about, with why. */
  notFor?: Partial<Record<TargetKind, string>>;
};

/** A media ID no file has: refused cells never reach Synapse, allowed ones are not run here. */
const PROBE_MEDIA_ID = "MatrixProbeMedia";
const reason = "matrix test: checking who may enter";
const SAMPLES: Record<string, Sample> = {
  "clear-rate-limit.ts": { effect: "change", input: ({ targetId }) => ({ userId: targetId }) },
  "deactivate-user.ts": {
    effect: "deactivate",
    input: ({ targetId }) => ({ userId: targetId, erase: false }),
  },
  "deactivate-users.ts": {
    effect: "deactivate",
    input: ({ targetId }) => ({ userIds: [targetId] }),
  },
  "delete-all-user-media.ts": { effect: "change", input: ({ targetId }) => ({ userId: targetId }) },
  "delete-devices.ts": {
    effect: "remove_devices",
    input: async ({ targetId }) => ({
      userId: targetId,
      deviceIds: [await firstDeviceOf(targetId)],
    }),
  },
  "delete-user-media-items.ts": {
    effect: "change",
    input: ({ targetId }) => ({ userId: targetId, mediaIds: [PROBE_MEDIA_ID] }),
  },
  "delete-users-media.ts": { effect: "change", input: ({ targetId }) => ({ userIds: [targetId] }) },
  "end-user-sessions.ts": { effect: "change", input: ({ targetId }) => ({ matrixId: targetId }) },
  "grant-role.ts": {
    effect: "change",
    input: ({ targetId }) => ({ matrixId: targetId, role: "viewer" }),
  },
  "join-room-users.ts": {
    effect: "change",
    input: ({ targetId }) => ({ roomId, userIds: targetId, reason }),
  },
  "join-user-to-room.ts": {
    effect: "change",
    input: ({ targetId }) => ({ userId: targetId, room: roomId, reason }),
  },
  "join-users-to-room.ts": {
    effect: "change",
    input: ({ targetId }) => ({ userIds: [targetId], room: roomId, reason }),
  },
  "lock-users.ts": { effect: "lock", input: ({ targetId }) => ({ userIds: [targetId] }) },
  "login-as-user.ts": {
    effect: "log_in_as",
    input: ({ targetId }) => ({ userId: targetId, reason, lifetimeMinutes: 15 }),
  },
  "make-room-admin.ts": {
    effect: "change",
    input: ({ targetId }) => ({ roomId, userId: targetId, reason }),
  },
  "manage-token-account.ts": {
    effect: "rotate_token",
    input: ({ targetId }) => ({ userId: targetId, maxTokenAgeDays: 30, graceMinutes: 10 }),
  },
  "reactivate-user.ts": {
    effect: "set_password",
    input: ({ targetId }) => ({ userId: targetId, password: "a-new-password-1" }),
  },
  "rename-device.ts": {
    effect: "change",
    input: async ({ targetId }) => ({
      userId: targetId,
      deviceId: await firstDeviceOf(targetId),
      displayName: "renamed by the matrix",
    }),
  },
  "redact-user-events.ts": {
    effect: "change",
    input: ({ targetId }) => ({ userId: targetId, rooms: [roomId], reason }),
  },
  "renew-account-validity.ts": {
    effect: "set_expiry",
    input: ({ targetId }) => ({ userId: targetId, expiresAtMs: null, renewalEmails: false }),
  },
  "reset-password.ts": {
    effect: "set_password",
    input: ({ targetId }) => ({ userId: targetId, password: "", logoutDevices: false }),
  },
  "reveal-token.ts": { effect: "change", input: ({ targetId }) => ({ userId: targetId }) },
  "revoke-role.ts": { effect: "change", input: ({ targetId }) => ({ matrixId: targetId }) },
  "revoke-stale-devices.ts": {
    effect: "remove_devices",
    input: async ({ targetId }) => ({
      snapshotId: await staleSnapshotOf(targetId),
      olderThanDays: 30,
      neverSeenCreatedBeforeDays: null,
      keepMostRecent: 0,
      excludeUsers: [],
      onlyUsers: [],
      userContains: null,
      expectedDevices: 1,
      expectedUsers: 1,
    }),
    notFor: {
      "service account":
        "the stale rule always leaves the console's own account out, so no request can name it",
    },
  },
  "rotate-token-now.ts": {
    effect: "rotate_token",
    input: ({ targetId }) => ({ userId: targetId }),
  },
  "set-media-protected.ts": {
    effect: "change",
    input: ({ targetId }) => ({ userId: targetId, mediaIds: [PROBE_MEDIA_ID], protected: true }),
  },
  "set-media-quarantined.ts": {
    effect: "change",
    input: ({ targetId }) => ({ userId: targetId, mediaIds: [PROBE_MEDIA_ID], quarantined: true }),
  },
  "set-member-power-level.ts": {
    effect: "change",
    input: ({ targetId }) => ({ roomId, userId: targetId, level: 50, reason }),
  },
  "set-rate-limit.ts": {
    effect: "change",
    input: ({ targetId }) => ({
      userId: targetId,
      limit: { kind: "custom", messagesPerSecond: 3, burstCount: 4 },
    }),
  },
  "set-server-admin.ts": {
    effect: "demote",
    input: ({ targetId }) => ({ userId: targetId, enabled: false }),
  },
  "set-user-locked.ts": {
    effect: "lock",
    input: ({ targetId }) => ({ userId: targetId, enabled: true }),
  },
  "set-user-shadow-banned.ts": {
    effect: "shadow_ban",
    input: ({ targetId }) => ({ userId: targetId, enabled: true }),
  },
  "set-user-suspended.ts": {
    effect: "suspend",
    input: ({ targetId }) => ({ userId: targetId, enabled: true }),
  },
  "unlock-users.ts": { effect: "change", input: ({ targetId }) => ({ userIds: [targetId] }) },
  "unmanage-token-account.ts": {
    effect: "change",
    input: ({ targetId }) => ({ userId: targetId }),
  },
  "update-display-name.ts": {
    effect: "change",
    input: ({ targetId }) => ({ userId: targetId, displayName: "Renamed by the matrix" }),
  },
  "update-token-policy.ts": {
    effect: "change",
    input: ({ targetId }) => ({ userId: targetId, maxTokenAgeDays: 30, graceMinutes: 10 }),
  },
  "update-user-profile.ts": {
    effect: "change_identities",
    input: ({ targetId }) => ({
      userId: targetId,
      displayName: "Profile by the matrix",
      avatarUrl: "",
      threepids: "",
      externalIds: "",
    }),
  },
};

/**
 * Actions declared as targeting no user although their input names one, each with why; any other
 * such action fails the test, so "targets no user" cannot be used to skip the rule.
 */
const NAMES_USERS_BUT_CHANGES_NONE: Record<string, string> = {
  "count-users-media.ts":
    "admin only and read-only: counts files for the confirmation of deleting them",
  "create-room.ts": "invites and levels are for a room that does not exist yet",
  "delete-room.ts": "newRoomUserId only names who creates the room members move to",
  "find-token-account-devices.ts":
    "admin only and read-only: lists a bot's devices for the manage dialog",
  "receive-lifecycle-event.ts":
    "admin only: the event changes the policy; the run that applies it checks each user then",
  "send-server-notice.ts":
    "a notice is a message into the user's notices room: it changes nothing of their account",
};
const USER_FIELDS = ["userId", "userIds", "matrixId", "newRoomUserId", "invites", "userLevels"];

// --- What "Synapse unchanged" means for a target -----------------------------------------------

async function stateOf(userId: string) {
  const [user, devices, rateLimit, rooms, roomState, roleGrant, managed, runs] = await Promise.all([
    checker.client.users.get(userId),
    checker.client.devices.list(userId),
    checker.client.users.rateLimit.get(userId),
    checker.client.users.joinedRooms(userId),
    checker.client.rooms.state(roomId),
    db.roleGrant.findUnique({ where: { matrixId: userId } }),
    db.managedAccount.findUnique({ where: { userId } }),
    db.jobRun.count(),
  ]);
  const levels = roomState.find((event) => event.type === "m.room.power_levels")?.content;
  return {
    user: {
      admin: user.admin,
      deactivated: user.deactivated,
      locked: user.locked,
      suspended: user.suspended ?? false,
      shadowBanned: user.shadow_banned,
      displayname: user.displayname,
      threepids: user.threepids.map((t) => `${t.medium}:${t.address}`),
      externalIds: user.external_ids.map((e) => `${e.auth_provider}:${e.external_id}`),
    },
    // Only what a change would touch: the service account's devices are used all the time.
    devices: devices.devices.map((device) => `${device.device_id} ${device.display_name ?? ""}`),
    rateLimit,
    rooms: [...rooms].sort(),
    powerLevels: levels,
    role: roleGrant?.role ?? null,
    managed: managed !== null,
    runs,
  };
}

const actions = await loadAllActions();
const targeting = actions.filter((action) => action.definition.targetsUsers !== TARGETS_NO_USER);

describe("the user-target rule, role × action × target", () => {
  it("has a sample for every action that targets users, and only for those", () => {
    const files = targeting.map((action) => action.file);
    expect(new Set(files).size).toBe(files.length);
    expect(files.filter((file) => !(file in SAMPLES))).toEqual([]);
    expect(Object.keys(SAMPLES).filter((file) => !files.includes(file))).toEqual([]);
    // Every action made a declaration (the type requires it; this catches a cast around it).
    expect(actions.filter((action) => action.definition.targetsUsers === undefined)).toEqual([]);
  });

  it("lets no action whose input names a user declare that it targets none, unless listed", () => {
    const suspicious = actions
      .filter((action) => action.definition.targetsUsers === TARGETS_NO_USER)
      .filter((action) => {
        const shape = (action.definition.input as { shape?: Record<string, unknown> }).shape;
        return shape && USER_FIELDS.some((field) => field in shape);
      })
      .map((action) => action.file)
      .filter((file) => !(file in NAMES_USERS_BUT_CHANGES_NONE));
    expect(suspicious).toEqual([]);
  });

  it.each(targeting.map((action) => [action.file, action] as const))(
    "%s: each role on each target gets what the rule says",
    async (file, action) => {
      const sample = SAMPLES[file];
      if (!sample) throw new Error(`No sample input for ${file}`);
      const declared = action.definition.role;
      if (!declared) throw new Error(`${file} targets users but has no role`);
      const minimum = STATED_ROLES[file] ?? declared;
      const mismatches: string[] = [];
      for (const role of ROLES) {
        const actor = actors[role];
        const loadUser = async () => ({ matrixId: actor.id, role });
        for (const kind of TARGET_KINDS) {
          if (sample.notFor?.[kind]) continue;
          const target = targetOf(kind, actor);
          const cell = `${role} on ${kind}`;
          const input = await sample.input({ targetId: target.id, actorId: actor.id });
          const expected = expectedOutcome(role, minimum, sample.effect, kind, target.id);
          if (expected.allowed) {
            // The wrapper's check lets it through; the change itself is not made here.
            const parsed = action.definition.input.parse(input);
            const check = await assertUserTargetsAllowed(action.definition.targetsUsers, parsed, {
              id: actor.id,
              role,
            }).then(
              () => null,
              (error: Error) => error.message,
            );
            if (check !== null) mismatches.push(`${cell}: expected allowed, refused: ${check}`);
            continue;
          }
          const before = await stateOf(target.id);
          const audited = await db.auditEntry.count({ where: { actorId: actor.id } });
          const result = await runAction(action.definition, input as never, loadUser);
          if (result.ok) {
            mismatches.push(`${cell}: expected refused, but it ran`);
            continue;
          }
          if (!expected.reason.test(result.error))
            mismatches.push(`${cell}: refused with "${result.error}", expected ${expected.reason}`);
          if ((await db.auditEntry.count({ where: { actorId: actor.id } })) !== audited)
            mismatches.push(`${cell}: an audit entry was written`);
          expect(await stateOf(target.id), `${file} ${cell}`).toEqual(before);
          if (sample.effect === "set_password" && target.password)
            expect(await loginWorks(target.id, target.password)).toBe(target.id);
        }
      }
      expect(mismatches).toEqual([]);
    },
    120_000,
  );

  it("leaves the console's own account working", async () => {
    const service = await getServiceSynapse();
    expect((await service.session.whoAmI()).user_id).toBe(serviceId);
  });
});
