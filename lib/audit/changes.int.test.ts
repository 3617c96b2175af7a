// From → to against the real Synapse: each action that changes a value records it as it was just
// before and as it is after, on its audit outcome. Each row sets up a known before value first.
import { describe, expect, it } from "vitest";
import { prepareTestAppEnv, registerTestUser } from "@/lib/testing/integration-env";

prepareTestAppEnv();

const { runAction } = await import("@/lib/actions/define-action");
const { updateDisplayName } = await import("@/lib/actions/update-display-name");
const { updateUserProfile } = await import("@/lib/actions/update-user-profile");
const { db } = await import("@/lib/db");

const checker = await registerTestUser("changes-checker", true);
const ADMIN = { matrixId: "@changes-admin:localhost", role: "admin" as const };
const asAdmin = async () => ADMIN;

type Row = {
  action: string;
  /** Sets the before value up; returns the action's input and the audit target ID. */
  arrange: () => Promise<{ run: () => Promise<{ ok: boolean }>; targetId: string }>;
  changes: (targetId: string) => unknown[];
};

const user = (prefix: string) => registerTestUser(`chg-${prefix}`);

const rows: Row[] = [
  {
    action: "user.set_displayname",
    arrange: async () => {
      const target = await user("displayname");
      await checker.client.users.update(target.id, { displayname: "Before Name" });
      return {
        targetId: target.id,
        run: () =>
          runAction(
            updateDisplayName.definition,
            { userId: target.id, displayName: "After Name" },
            asAdmin,
          ),
      };
    },
    changes: () => [{ field: "displayname", from: "Before Name", to: "After Name" }],
  },
  {
    action: "user.update_profile",
    arrange: async () => {
      const target = await user("profile");
      await checker.client.users.update(target.id, {
        displayname: "Old",
        avatar_url: "mxc://localhost/old",
      });
      return {
        targetId: target.id,
        run: () =>
          runAction(
            updateUserProfile.definition,
            {
              userId: target.id,
              displayName: "Old",
              avatarUrl: "mxc://localhost/new",
              threepids: "",
              externalIds: "sso:bob-1",
            },
            asAdmin,
          ),
      };
    },
    changes: () => [
      { field: "avatar_url", from: "mxc://localhost/old", to: "mxc://localhost/new" },
      {
        field: "external_ids",
        from: [],
        to: [{ auth_provider: "sso", external_id: "bob-1" }],
      },
    ],
  },
];

async function changesOf(action: string, targetId: string) {
  const entry = await db.auditEntry.findFirstOrThrow({
    where: { action, targetId },
    orderBy: { id: "desc" },
    include: { outcome: true },
  });
  expect(entry.outcome?.outcome).toBe("success");
  return entry.outcome?.changes;
}

describe("from → to on the audit outcome", () => {
  it.each(rows.map((row) => [row.action, row] as const))("%s", async (_, row) => {
    const { run, targetId } = await row.arrange();
    const result = await run();
    expect(result).toMatchObject({ ok: true });
    expect(await changesOf(row.action, targetId)).toEqual(row.changes(targetId));
  });
});
