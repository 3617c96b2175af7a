"use server";

import { jobRunIdSchema } from "@/lib/jobs/definition-schema";
import { cancelJobRun as cancelRun } from "@/lib/jobs/definitions";
import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { assertMayControlRun } from "@/lib/jobs/run-control-access";
import { defineAction } from "./define-action";

/** Cancels a queued run at once, or asks a running one to stop between items. */
export const cancelJobRun = defineAction({
  name: "job.cancel",
  // An operator only for runs they asked for (lib/jobs/run-control-access.ts).
  role: "operator",
  input: jobRunIdSchema,
  mutates: true,
  // The run, not its definition: one-off runs have none, and the input names only the run.
  target: (input) => ({ type: "console", id: `job-run:${input.runId}` }),
  targetsUsers: TARGETS_NO_USER,
  checkAccess: ({ runId }, actor) => assertMayControlRun(runId, actor),
  run: ({ runId }) => cancelRun(runId),
});
