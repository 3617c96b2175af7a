"use server";

import { jobRunIdSchema } from "@/lib/jobs/definition-schema";
import { getBulkRunResults as readResults } from "@/lib/jobs/read-jobs";
import { ActionError } from "./action-result";
import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { defineAction } from "./define-action";

/** Read-only: a bulk run's progress and each user's outcome, polled by the bulk action dialog. */
export const getBulkRunResults = defineAction({
  name: "users.bulk_results",
  role: "viewer",
  input: jobRunIdSchema,
  mutates: false,
  targetsUsers: TARGETS_NO_USER,
  run: async ({ runId }) => {
    const results = await readResults(runId);
    if (!results) throw new ActionError("This run no longer exists.");
    return results;
  },
});
