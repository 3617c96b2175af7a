"use server";

import { getSendBoss } from "@/lib/jobs/boss";
import { jobIdSchema } from "@/lib/jobs/definition-schema";
import { runJobDefinitionNow } from "@/lib/jobs/definitions";
import { getJobDefinition } from "@/lib/jobs/read-jobs";
import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { ActionError } from "./action-result";
import { defineAction } from "./define-action";
import { withJobParamsErrors } from "./job-params-error";

/** Queues a run of the job now; returns its run ID for the run's page. */
export const runJobNow = defineAction({
  name: "job.run_now",
  role: "admin",
  input: jobIdSchema,
  mutates: true,
  target: (input) => ({ type: "console", id: input.id }),
  targetsUsers: TARGETS_NO_USER,
  run: async ({ id }, { actor }) => {
    if (!(await getJobDefinition(id)))
      throw new ActionError("No such job: it may have been deleted.");
    return withJobParamsErrors(async () => runJobDefinitionNow(id, actor.id, await getSendBoss()));
  },
});
