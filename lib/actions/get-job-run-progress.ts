"use server";

import { jobRunIdSchema } from "@/lib/jobs/definition-schema";
import { getJobRunProgress as readProgress } from "@/lib/jobs/read-jobs";
import { ActionError } from "./action-result";
import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { defineAction } from "./define-action";

/** Read-only: a run's status and counts, which its page polls while it is queued or running. */
export const getJobRunProgress = defineAction({
  name: "job.run_progress",
  role: "viewer",
  input: jobRunIdSchema,
  mutates: false,
  targetsUsers: TARGETS_NO_USER,
  run: async ({ runId }) => {
    const progress = await readProgress(runId);
    if (!progress) throw new ActionError("This run no longer exists.");
    return progress;
  },
});
