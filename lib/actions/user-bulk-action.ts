import "server-only";
import type { z } from "zod";
import type { Role } from "@/lib/auth/roles";
import type { UserEffect } from "@/lib/auth/user-target-access";
import type { Actor } from "@/lib/audit/run-audited";
import { getSendBoss } from "@/lib/jobs/boss";
import { enqueueRun } from "@/lib/jobs/enqueue-run";
import type { UserBulkParams } from "@/lib/schemas/bulk-user-actions";
import { defineAction } from "./define-action";

type BulkRequest = { userIds: string[] };

/** Starts a user_bulk run for whoever asked; the run's page and the dialog follow it. */
export async function enqueueUserBulk(params: UserBulkParams, requestedBy: string) {
  const runId = await enqueueRun(
    { kind: "user_bulk", params, trigger: "manual", requestedBy },
    await getSendBoss(),
  );
  return { runId };
}

/**
 * A bulk action of the users list: checks the role, and the rule of user-target-access.ts for
 * every user (the request is refused when it refuses them all), then starts a job that changes
 * each user in its own audited step, applying the rule again with the asker's role; returns the
 * run, whose progress and per-user results the dialog follows. The request itself is audited as
 * "user.bulk_change", with what was asked for which users.
 */
export function defineUserBulkAction<S extends z.ZodType<BulkRequest>>(options: {
  role: Role;
  input: S;
  effect: UserEffect;
  checkAccess?: (input: z.output<S>, actor: Actor) => Promise<void>;
  toParams: (input: z.output<S>, requestedByRole: Role) => UserBulkParams;
}) {
  return defineAction({
    name: "user.bulk_change",
    role: options.role,
    input: options.input,
    mutates: true,
    target: () => ({ type: "console", id: "users-bulk" }),
    targetsUsers: (input) => ({ userIds: input.userIds, effect: options.effect, each: true }),
    checkAccess: options.checkAccess,
    // The role was checked above, so an actor here always has one.
    run: async (input, { actor }) =>
      enqueueUserBulk(options.toParams(input, actor.role ?? options.role), actor.id),
  });
}
