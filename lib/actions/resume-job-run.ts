"use server";

import { getSendBoss } from "@/lib/jobs/boss";
import { jobRunIdSchema } from "@/lib/jobs/definition-schema";
import { resumeJobRun as resumeRun } from "@/lib/jobs/definitions";
import { ActionError } from "./action-result";
import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { assertMayControlRun } from "@/lib/jobs/run-control-access";
import { defineAction } from "./define-action";

/** Queues a failed or cancelled run again, to carry on from the items it already did. */
export const resumeJobRun = defineAction({
  name: "job.resume",
  // An operator only for runs they asked for (lib/jobs/run-control-access.ts).
  role: "operator",
  input: jobRunIdSchema,
  mutates: true,
  target: (input) => ({ type: "console", id: `job-run:${input.runId}` }),
  targetsUsers: TARGETS_NO_USER,
  checkAccess: ({ runId }, actor) => assertMayControlRun(runId, actor),
  run: async ({ runId }) => {
    const result = await resumeRun(runId, await getSendBoss());
    if (!result.resumed) throw new ActionError("Only a failed or cancelled run can be resumed.");
    return result;
  },
});
