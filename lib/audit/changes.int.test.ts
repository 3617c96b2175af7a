// From → to against the real Synapse: each action that changes a value on Synapse records it as it
// was just before and as it is after, on its audit outcome. Each row sets up a known before value
// first, runs the action as a person (or a job step) would, and checks the changes exactly.
import { describe, expect, it } from "vitest";
import { prepareTestAppEnv } from "@/lib/testing/integration-env";
import type { ChangeRow } from "./testing/change-rows";

prepareTestAppEnv();

const { updateDisplayName } = await import("@/lib/actions/update-display-name");
const { updateUserProfile } = await import("@/lib/actions/update-user-profile");
const { createUser } = await import("@/lib/actions/create-user");
const { setServerAdmin } = await import("@/lib/actions/set-server-admin");
const { setUserLocked } = await import("@/lib/actions/set-user-locked");
const { setUserSuspended } = await import("@/lib/actions/set-user-suspended");
const { setUserShadowBanned } = await import("@/lib/actions/set-user-shadow-banned");
const { deactivateUser } = await import("@/lib/actions/deactivate-user");
const { reactivateUser } = await import("@/lib/actions/reactivate-user");
const { setRateLimit } = await import("@/lib/actions/set-rate-limit");
const { clearRateLimit } = await import("@/lib/actions/clear-rate-limit");
const { makeConsoleRoomAdmin } = await import("@/lib/actions/make-console-room-admin");
const { makeRoomAdmin } = await import("@/lib/actions/make-room-admin");
const { setRoomPowerLevel } = await import("@/lib/actions/set-member-power-level");
const { setRoomPublished } = await import("@/lib/actions/set-room-published");
const { setRoomBlocked } = await import("@/lib/actions/set-room-blocked");
const { runUserBulkChange } = await import("@/lib/operations/user-bulk-change");
const { createTestRun, testRunContext } = await import("@/lib/devices/testing/test-run");
const { ADMIN, act, applyStep, checker, expectRecorded, newRoom, newUser, serverName, stamp } =
  await import("./testing/change-rows");

const REASON = "Checking what the audit log records";

const rows: ChangeRow[] = [
  {
    action: "user.set_displayname",
    run: async () => {
      const id = await newUser("displayname");
      await checker.client.users.update(id, { displayname: "Before Name" });
      await act(updateDisplayName.definition, { userId: id, displayName: "After Name" });
      return {
        where: { targetId: id },
        changes: [{ field: "displayname", from: "Before Name", to: "After Name" }],
      };
    },
  },
  {
    action: "user.update_profile",
    run: async () => {
      const id = await newUser("profile");
      await checker.client.users.update(id, {
        displayname: "Old",
        avatar_url: "mxc://localhost/old",
      });
      await act(updateUserProfile.definition, {
        userId: id,
        displayName: "Old",
        avatarUrl: "mxc://localhost/new",
        threepids: "",
        externalIds: "sso:bob-1",
      });
      return {
        where: { targetId: id },
        changes: [
          { field: "avatar_url", from: "mxc://localhost/old", to: "mxc://localhost/new" },
          { field: "external_ids", from: [], to: [{ auth_provider: "sso", external_id: "bob-1" }] },
        ],
      };
    },
  },
  {
    action: "user.set_admin",
    run: async () => {
      const id = await newUser("admin");
      await act(setServerAdmin.definition, { userId: id, enabled: true });
      return { where: { targetId: id }, changes: [{ field: "admin", from: false, to: true }] };
    },
  },
  {
    action: "user.set_locked",
    run: async () => {
      const id = await newUser("locked");
      await act(setUserLocked.definition, { userId: id, enabled: true });
      return { where: { targetId: id }, changes: [{ field: "locked", from: false, to: true }] };
    },
  },
  {
    action: "user.set_suspended",
    run: async () => {
      const id = await newUser("suspended");
      await act(setUserSuspended.definition, { userId: id, enabled: true });
      return { where: { targetId: id }, changes: [{ field: "suspended", from: false, to: true }] };
    },
  },
  {
    action: "user.set_shadow_banned",
    run: async () => {
      const id = await newUser("shadow");
      await checker.client.users.setShadowBanned(id, true);
      await act(setUserShadowBanned.definition, { userId: id, enabled: false });
      return {
        where: { targetId: id },
        changes: [{ field: "shadow_banned", from: true, to: false }],
      };
    },
  },
  {
    action: "user.deactivate",
    run: async () => {
      const id = await newUser("deactivate");
      await act(deactivateUser.definition, { userId: id, erase: true });
      return {
        where: { targetId: id },
        changes: [
          { field: "active", from: true, to: false },
          { field: "erased", from: false, to: true },
        ],
      };
    },
  },
  {
    action: "user.reactivate",
    run: async () => {
      const id = await newUser("reactivate");
      await checker.client.users.deactivate(id, false);
      await act(reactivateUser.definition, { userId: id, password: `pw-${stamp()}-long` });
      return { where: { targetId: id }, changes: [{ field: "active", from: false, to: true }] };
    },
  },
  {
    action: "user.set_ratelimit",
    run: async () => {
      const id = await newUser("ratelimit");
      await checker.client.users.rateLimit.set(id, { messagesPerSecond: 0, burstCount: 0 });
      await act(setRateLimit.definition, {
        userId: id,
        limit: { kind: "custom", messagesPerSecond: 3, burstCount: 7 },
      });
      return {
        where: { targetId: id },
        changes: [
          {
            field: "rate_limit",
            from: "no limit",
            to: { messages_per_second: 3, burst_count: 7 },
          },
        ],
      };
    },
  },
  {
    action: "user.clear_ratelimit",
    run: async () => {
      const id = await newUser("clear-ratelimit");
      await checker.client.users.rateLimit.set(id, { messagesPerSecond: 2, burstCount: 4 });
      await act(clearRateLimit.definition, { userId: id });
      return {
        where: { targetId: id },
        changes: [
          { field: "rate_limit", from: { messages_per_second: 2, burst_count: 4 }, to: null },
        ],
      };
    },
  },
  {
    action: "room.set_power_level",
    run: async () => {
      const [roomId, id] = [await newRoom("public_chat"), await newUser("power")];
      await act(makeConsoleRoomAdmin.definition, { roomId });
      await act(setRoomPowerLevel.definition, { roomId, userId: id, level: 10, reason: REASON });
      await act(setRoomPowerLevel.definition, { roomId, userId: id, level: 50, reason: REASON });
      return {
        where: { targetId: roomId, input: { path: ["level"], equals: 50 } },
        changes: [{ field: `power_levels.users.${id}`, from: 10, to: 50 }],
      };
    },
  },
  {
    action: "room.set_published",
    run: async () => {
      const roomId = await newRoom();
      await act(setRoomPublished.definition, { roomId, enabled: true });
      return {
        where: { targetId: roomId },
        changes: [{ field: "published", from: false, to: true }],
      };
    },
  },
  {
    action: "room.set_blocked",
    run: async () => {
      const roomId = await newRoom();
      await act(setRoomBlocked.definition, { roomId, enabled: true });
      return {
        where: { targetId: roomId },
        changes: [{ field: "blocked", from: false, to: true }],
      };
    },
  },
  {
    action: "user.lock",
    run: async () => {
      // A bulk job's step: each user's audited change records its own from → to.
      const id = await newUser("bulk-lock");
      const params = { change: "lock" as const, userIds: [id], requestedByRole: "admin" as const };
      const runId = await createTestRun("user_bulk", params, ADMIN.matrixId);
      const summary = await runUserBulkChange(
        checker.client,
        params,
        testRunContext(runId, { requestedBy: ADMIN.matrixId }),
      );
      expect(summary).toMatchObject({ changed: 1, failed: 0 });
      return { where: { targetId: id }, changes: [{ field: "locked", from: false, to: true }] };
    },
  },
  {
    action: "policy.user.set_type",
    run: async () => {
      const id = await newUser("policy-type");
      await applyStep({ type: "user.set_type", payload: { userId: id, userType: "bot" } }, id);
      return { where: { targetId: id }, changes: [{ field: "user_type", from: null, to: "bot" }] };
    },
  },
  {
    action: "policy.user.set_display_name",
    run: async () => {
      const id = await newUser("policy-name");
      await checker.client.users.update(id, { displayname: "Policy Before" });
      await applyStep(
        { type: "user.set_display_name", payload: { userId: id, displayName: "Policy After" } },
        id,
      );
      return {
        where: { targetId: id },
        changes: [{ field: "displayname", from: "Policy Before", to: "Policy After" }],
      };
    },
  },
  {
    action: "policy.room.users_set_power_levels",
    run: async () => {
      const [roomId, id] = [await newRoom("public_chat"), await newUser("policy-power")];
      await act(makeConsoleRoomAdmin.definition, { roomId });
      await applyStep(
        {
          type: "room.users_set_power_levels",
          payload: { roomId, roomPowerForUserId: { [id]: 20 } },
        },
        roomId,
      );
      return {
        where: { targetId: roomId },
        changes: [{ field: `power_levels.users.${id}`, from: null, to: 20 }],
      };
    },
  },
  {
    action: "user.create",
    run: async () => {
      const localpart = `chg-create-${stamp()}`;
      await act(createUser.definition, {
        localpart,
        displayName: "New Bot",
        password: "",
        admin: false,
        userType: "bot",
      });
      return {
        where: { targetId: `@${localpart}:${serverName}` },
        changes: [
          { field: "displayname", from: null, to: "New Bot" },
          { field: "admin", from: null, to: false },
          { field: "user_type", from: null, to: "bot" },
        ],
      };
    },
  },
  {
    action: "room.make_admin",
    run: async () => {
      const [roomId, id] = [await newRoom("public_chat"), await newUser("room-admin")];
      await act(makeRoomAdmin.definition, { roomId, userId: id, reason: REASON });
      return {
        where: { targetId: roomId },
        changes: [{ field: `power_levels.users.${id}`, from: null, to: 100 }],
      };
    },
  },
];

describe("from → to on the audit outcome, Synapse's values", () => {
  it.each(rows.map((row) => [row.action, row] as const))("%s", (_, row) => expectRecorded(row));
});
