// Shared by the from → to integration tests (changes.int.test.ts, console-changes.int.test.ts):
// import it after prepareTestAppEnv(), since it loads the database and the console's Synapse.
import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import type { z } from "zod";
import { runAction, type ActionDefinition } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getHomeserverOrThrow } from "@/lib/homeserver/get-homeserver";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { applyPolicyAction } from "@/lib/operations/policy/apply-policy-action";
import { registerTestUser } from "@/lib/testing/integration-env";
import { runAudited } from "../run-audited";

export const checker = await registerTestUser("changes-checker", true);
export const { serverName, serviceUserId } = await getHomeserverOrThrow();
export const ADMIN = { matrixId: `@changes-admin:${serverName}`, role: "admin" as const };

/** One action's row: sets its before value up, runs it, says which entry to read and what it holds. */
export type ChangeRow = {
  action: string;
  run: () => Promise<{ where: Prisma.AuditEntryWhereInput; changes: unknown[] }>;
};

/** Runs an action as the admin and gives its data, failing the test with its error otherwise. */
export async function act<S extends z.ZodType, T, B>(
  definition: ActionDefinition<S, T, B>,
  input: z.input<S>,
): Promise<T> {
  const result = await runAction(definition, input, async () => ADMIN);
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

export const stamp = () => randomBytes(4).toString("hex");
export const newUser = async (prefix: string) => (await registerTestUser(`chg-${prefix}`)).id;
export const newRoom = async (preset: "private_chat" | "public_chat" = "private_chat") =>
  (await checker.client.rooms.create({ preset, name: "changes room" })).roomId;

/** A policy step as the apply job runs it: one audited change, acting as the job. */
export async function applyStep(action: Parameters<typeof applyPolicyAction>[0], targetId: string) {
  const context = {
    synapse: await getServiceSynapse(),
    serverName,
    serviceUserId: serviceUserId ?? "",
    requestedBy: ADMIN.matrixId,
    users: new Map(),
    roomIds: new Map(),
    joinedByRoom: new Map(),
  };
  const type = targetId.startsWith("!") ? ("room" as const) : ("user" as const);
  await runAudited(
    {
      actor: { id: "job:changes-test" },
      action: `policy.${action.type}`,
      target: { type, id: targetId },
      input: { action },
    },
    () => applyPolicyAction(action, context),
  );
}

/** Runs the row and checks its newest matching audit entry succeeded with exactly these changes. */
export async function expectRecorded(row: ChangeRow) {
  const { where, changes } = await row.run();
  const entry = await db.auditEntry.findFirstOrThrow({
    where: { action: row.action, ...where },
    orderBy: { id: "desc" },
    include: { outcome: true },
  });
  expect(entry.outcome?.outcome).toBe("success");
  expect(entry.outcome?.changes).toEqual(changes);
}
