import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { prepareTestAppEnv, registerTestUser } from "@/lib/testing/integration-env";

// `npm run policy -- plan --live`: the CLI reads the state from the real Synapse the console is
// connected to (the test rig's), through the console's own account and database.

prepareTestAppEnv();

const root = path.resolve(__dirname, "..");

it("plans a policy file against the live Synapse", { timeout: 120_000 }, async () => {
  const ann = await registerTestUser("cli-live-ann");
  const serverName = ann.id.slice(ann.id.indexOf(":") + 1);
  const { roomId } = await ann.client.rooms.create({ preset: "public_chat", name: "cli live" });
  const newcomer = `@cli-live-new-${Date.now().toString(36)}:${serverName}`;
  const policy = {
    schemaVersion: 2,
    flags: { allowCustomUserDisplayNames: true, allowCustomUserAvatars: true },
    managedRoomIds: [roomId],
    users: [
      { id: ann.id, active: true, joinedRooms: [{ roomId, powerLevel: 100 }] },
      { id: newcomer, active: true, displayName: "New", joinedRooms: [{ roomId, powerLevel: 50 }] },
    ],
  };
  const policyFile = path.join(mkdtempSync(path.join(tmpdir(), "policy-live-")), "policy.json");
  writeFileSync(policyFile, JSON.stringify(policy, null, 2));

  const result = spawnSync(
    path.join(root, "node_modules/.bin/tsx"),
    ["--conditions=react-server", "scripts/policy.ts", "plan", "--policy", policyFile, "--live"],
    { cwd: root, encoding: "utf8", env: process.env, timeout: 110_000 },
  );

  expect(result.stderr).toMatch(/read the live state with \d+ Synapse requests/);
  expect(result.status).toBe(0);
  expect(JSON.parse(result.stdout)).toEqual({
    actions: [
      { type: "user.create", payload: { userId: newcomer, authType: "none", displayName: "New" } },
      { type: "room.join", payload: { userId: newcomer, roomId } },
    ],
  });
  // The console's account is not in Ann's room, so it cannot set the newcomer's power there.
  expect(result.stderr).toMatch(
    new RegExp(
      `impossible: Set power in ${roomId}: ${newcomer} → 50: the console's account @\\S+ is not in ${roomId} \\(make the console room admin in ${roomId}\\)`,
    ),
  );
});
