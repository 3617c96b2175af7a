"use server";

import { getSendBoss } from "@/lib/jobs/boss";
import { jobIdSchema } from "@/lib/jobs/definition-schema";
import { runJobDefinitionNow } from "@/lib/jobs/definitions";
import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
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
  run: async ({ id }, { actor }) =>
    withJobParamsErrors(async () => runJobDefinitionNow(id, actor.id, await getSendBoss())),
});
