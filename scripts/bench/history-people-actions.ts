// What people do in the console, for bench:history's generated audit log: about forty actions with
// a skewed mix (sign-ins and profile edits common, deletions rare), their inputs, results and changes.
import {
  displayName,
  onRoom,
  onUser,
  SERVER,
  someUsers,
  userFlag,
  type Maker,
} from "./history-mix";
import { hex, roomSuffix, uuidFrom, weightedPicker } from "./history-rng";

/** People's actions: [maker, weight]. Sign-ins and profile edits common, destruction rare. */
const PEOPLE_ACTIONS: Array<[Maker, number]> = [
  [
    (rng, _cast, actorId) => ({
      action: "console.sign_in",
      targetType: "console",
      targetId: actorId,
      input: {
        method: "password",
        clientAddress: `10.${Math.floor(rng() * 255)}.${Math.floor(rng() * 255)}.7`,
      },
      result: { id: actorId, role: "operator" },
      changes: null,
    }),
    300,
  ],
  [
    (_rng, _cast, actorId) => ({
      action: "console.sign_out",
      targetType: "console",
      targetId: actorId,
      input: null,
      result: { sessionsEnded: 1 },
      changes: null,
    }),
    90,
  ],
  [
    onUser("user.set_display_name", (rng, userId) => {
      const from = displayName(rng);
      const to = displayName(rng);
      return {
        input: { userId, displayName: to },
        result: { userId, before: from, after: to },
        changes: [{ field: "displayname", from, to }],
      };
    }),
    120,
  ],
  [
    onUser("user.set_avatar", (rng, userId) => ({
      input: { userId, avatarUrl: `mxc://${SERVER}/${roomSuffix(rng)}` },
      changes: [{ field: "avatar_url", from: null, to: `mxc://${SERVER}/${roomSuffix(rng)}` }],
    })),
    40,
  ],
  [
    onUser("user.update_profile", (rng, userId) => ({
      input: {
        userId,
        displayName: displayName(rng),
        threepids: [`email:${userId.slice(1, 8)}@${SERVER}`],
        externalIds: [`oidc:${hex(rng, 24)}`],
      },
      changes: [
        { field: "displayname", from: displayName(rng), to: displayName(rng) },
        {
          field: "threepids",
          from: [],
          to: [{ medium: "email", address: `${userId.slice(1, 8)}@${SERVER}` }],
        },
      ],
    })),
    40,
  ],
  [userFlag("user.set_admin", "admin"), 15],
  [userFlag("user.set_locked", "locked"), 35],
  [userFlag("user.set_suspended", "suspended"), 12],
  [userFlag("user.set_shadow_banned", "shadow_banned"), 6],
  [
    onUser("user.set_type", (rng, userId) => ({
      input: { userId, userType: rng() < 0.5 ? "bot" : "support" },
      changes: [{ field: "user_type", from: null, to: "bot" }],
    })),
    5,
  ],
  [
    onUser("user.set_ratelimit", (rng, userId) => {
      const to = { messages_per_second: Math.floor(rng() * 20), burst_count: 100 };
      return { input: { userId, ...to }, changes: [{ field: "ratelimit", from: null, to }] };
    }),
    6,
  ],
  [onUser("user.clear_ratelimit"), 2],
  [
    onUser("user.create", (rng, userId) => ({
      input: { userId, displayName: displayName(rng), password: "[redacted]", admin: false },
      result: { userId, created: true },
    })),
    45,
  ],
  [
    onUser("user.deactivate", (rng, userId) => ({
      input: { userId, erase: rng() < 0.3 },
      result: { userId, devicesLoggedOut: Math.floor(rng() * 6) },
      changes: [{ field: "deactivated", from: false, to: true }],
    })),
    25,
  ],
  [
    onUser("user.reactivate", () => ({
      changes: [{ field: "deactivated", from: true, to: false }],
    })),
    6,
  ],
  [
    onUser("user.reset_password", (_rng, userId) => ({
      input: { userId, newPassword: "[redacted]", logoutDevices: true },
    })),
    20,
  ],
  [
    onUser("user.join_room", (rng, userId) => {
      const roomId = `!${roomSuffix(rng)}:${SERVER}`;
      return { input: { userId, roomId }, result: { userId, roomId } };
    }),
    25,
  ],
  [
    onRoom("room.create", (rng, roomId) => ({
      input: {
        name: `Team ${hex(rng, 4)}`,
        preset: "private_chat",
        topic: "Weekly planning and release notes",
      },
      result: { roomId },
    })),
    15,
  ],
  [
    onRoom("room.delete", (rng, roomId) => ({
      input: {
        roomId,
        block: rng() < 0.5,
        purge: true,
        message: "This room has been closed by the administrators.",
      },
      result: { deleteId: hex(rng, 16) },
    })),
    4,
  ],
  [
    onRoom("room.set_published", (rng, roomId) => {
      const to = rng() < 0.5;
      return { input: { roomId, published: to }, changes: [{ field: "published", from: !to, to }] };
    }),
    8,
  ],
  [
    onRoom("room.set_blocked", (rng, roomId) => {
      const to = rng() < 0.7;
      return { input: { roomId, blocked: to }, changes: [{ field: "blocked", from: !to, to }] };
    }),
    3,
  ],
  [
    onRoom("room.purge_history", (rng, roomId) => ({
      input: {
        roomId,
        beforeTs: 1_700_000_000_000 + Math.floor(rng() * 1e10),
        deleteLocalEvents: false,
      },
    })),
    3,
  ],
  [
    onRoom("room.join_users", (rng, roomId, cast) => ({
      input: { roomId, userIds: someUsers(rng, cast, 2 + Math.floor(rng() * 30)) },
      result: { joined: 12, failed: 0 },
    })),
    10,
  ],
  [
    onRoom("room.set_power_level", (rng, roomId, cast) => {
      const userId = cast.pickUser(rng);
      const to = [0, 50, 100][Math.floor(rng() * 3)];
      return {
        input: { roomId, userId, level: to },
        changes: [{ field: `power_levels.users.${userId}`, from: 0, to }],
      };
    }),
    18,
  ],
  [
    onRoom("room.users_set_power_levels", (rng, roomId, cast) => {
      const users = someUsers(rng, cast, 2 + Math.floor(rng() * 8));
      return {
        input: { roomId, levels: Object.fromEntries(users.map((u) => [u, 50])) },
        changes: users.map((u) => ({ field: `power_levels.users.${u}`, from: 0, to: 50 })),
      };
    }),
    6,
  ],
  [
    onRoom("room.make_admin", (_rng, roomId, cast) => ({
      input: { roomId, userId: cast.users[0] },
    })),
    3,
  ],
  [
    onUser("device.delete", (rng, userId) => ({
      input: { userId, deviceId: hex(rng, 10).toUpperCase() },
    })),
    30,
  ],
  [
    onUser("device.rename", (rng, userId) => ({
      input: { userId, deviceId: hex(rng, 10).toUpperCase(), displayName: "Work laptop" },
      changes: [{ field: "display_name", from: "Element Desktop", to: "Work laptop" }],
    })),
    8,
  ],
  [
    onUser("token.mint", (rng, userId) => ({
      input: { userId, validForDays: 30, label: `ci-${hex(rng, 4)}` },
      result: { tokenId: hex(rng, 12), token: "[redacted]" },
    })),
    10,
  ],
  [onUser("token.reveal", (rng, userId) => ({ input: { userId, tokenId: hex(rng, 12) } })), 6],
  [
    onUser("token.update_policy", (rng, userId) => ({
      input: { userId, maxTokenAgeDays: 90, rotateEveryDays: 30 },
      changes: [{ field: "maxTokenAgeDays", from: 180, to: 90 }],
    })),
    3,
  ],
  [onUser("token.rotate_now", (rng, userId) => ({ input: { userId, tokenId: hex(rng, 12) } })), 3],
  [
    (rng) => ({
      action: "policy.save",
      targetType: "homeserver",
      targetId: SERVER,
      input: {
        version: 1 + Math.floor(rng() * 400),
        sha256: hex(rng, 64),
        users: 1200,
        rooms: 140,
        note: "Add the spring intake and the new support rooms",
      },
      result: { version: 1 + Math.floor(rng() * 400) },
      changes: [{ field: "policy.version", from: 41, to: 42 }],
    }),
    8,
  ],
  [
    (rng) => ({
      action: "policy.apply",
      targetType: "homeserver",
      targetId: SERVER,
      input: { version: 42, actions: Math.floor(rng() * 3000) },
      result: { runId: uuidFrom(rng) },
      changes: null,
    }),
    4,
  ],
  [
    (rng) => ({
      action: "job.create",
      targetType: "console",
      targetId: uuidFrom(rng),
      input: {
        kind: "stale_device_revoke",
        cron: "0 3 * * *",
        params: { olderThanDays: 90, keepMostRecent: 1, excludeUsers: ["@*-bridge:*"] },
      },
      result: null,
      changes: null,
    }),
    3,
  ],
  [
    (rng) => ({
      action: "job.update",
      targetType: "console",
      targetId: uuidFrom(rng),
      input: { cron: "0 4 * * *", enabled: true },
      result: null,
      changes: [{ field: "cron", from: "0 3 * * *", to: "0 4 * * *" }],
    }),
    4,
  ],
  [
    (rng) => ({
      action: "job.run_now",
      targetType: "console",
      targetId: uuidFrom(rng),
      input: null,
      result: { runId: uuidFrom(rng) },
      changes: null,
    }),
    8,
  ],
  [
    (rng) => ({
      action: "job.cancel",
      targetType: "console",
      targetId: uuidFrom(rng),
      input: null,
      result: null,
      changes: null,
    }),
    2,
  ],
  [
    (_rng, cast) => ({
      action: "console.grant_role",
      targetType: "console",
      targetId: cast.people[100]?.id ?? null,
      input: { userId: cast.people[100]?.id, role: "operator" },
      result: null,
      changes: [{ field: "role", from: "viewer", to: "operator" }],
    }),
    2,
  ],
  [
    (_rng, cast) => ({
      action: "console.revoke_role",
      targetType: "console",
      targetId: cast.people[200]?.id ?? null,
      input: { userId: cast.people[200]?.id },
      result: null,
      changes: [{ field: "role", from: "viewer", to: null }],
    }),
    1,
  ],
  [
    () => ({
      action: "homeserver.save_connection",
      targetType: "homeserver",
      targetId: SERVER,
      input: {
        url: `https://matrix.${SERVER}`,
        authMethod: "access_token",
        accessToken: "[redacted]",
      },
      result: null,
      changes: [{ field: "url", from: `https://old.${SERVER}`, to: `https://matrix.${SERVER}` }],
    }),
    1,
  ],
];

export const pickPersonAction = weightedPicker(
  PEOPLE_ACTIONS.map(([make]) => make),
  PEOPLE_ACTIONS.map(([, weight]) => weight),
);
