import "server-only";
import type { z } from "zod";
import type { Role } from "@/lib/auth/roles";
import { getSendBoss } from "@/lib/jobs/boss";
import { enqueueRun } from "@/lib/jobs/enqueue-run";
import type { UserBulkParams } from "@/lib/schemas/bulk-user-actions";
import { defineAction } from "./define-action";

/**
 * A bulk action of the users list: checks the role, then starts a job that changes each user in
 * its own audited step; returns the run, whose progress and per-user results the dialog follows.
 * The request itself is audited as "user.bulk_change", with what was asked for which users.
 */
export function defineUserBulkAction<S extends z.ZodType>(options: {
  role: Role;
  input: S;
  toParams: (input: z.output<S>) => UserBulkParams;
}) {
  return defineAction({
    name: "user.bulk_change",
    role: options.role,
    input: options.input,
    mutates: true,
    target: () => ({ type: "console", id: "users-bulk" }),
    run: async (input, { actor }) => {
      const runId = await enqueueRun(
        {
          kind: "user_bulk",
          params: options.toParams(input),
          trigger: "manual",
          requestedBy: actor.id,
        },
        await getSendBoss(),
      );
      return { runId };
    },
  });
}
