"use server";

import { getSendBoss } from "@/lib/jobs/boss";
import { jobRunIdSchema } from "@/lib/jobs/definition-schema";
import { resumeJobRun as resumeRun } from "@/lib/jobs/definitions";
import { ActionError } from "./action-result";
import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { defineAction } from "./define-action";

/** Queues a failed or cancelled run again, to carry on from the items it already did. */
export const resumeJobRun = defineAction({
  name: "job.resume",
  role: "admin",
  input: jobRunIdSchema,
  mutates: true,
  target: (input) => ({ type: "console", id: `job-run:${input.runId}` }),
  targetsUsers: TARGETS_NO_USER,
  run: async ({ runId }) => {
    const result = await resumeRun(runId, await getSendBoss());
    if (!result.resumed) throw new ActionError("Only a failed or cancelled run can be resumed.");
    return result;
  },
});
