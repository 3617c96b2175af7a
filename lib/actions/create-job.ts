"use server";

import { jobDefinitionInputSchema } from "@/lib/jobs/definition-input";
import { createJobDefinition } from "@/lib/jobs/definitions";
import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { defineAction } from "./define-action";
import { withJobParamsErrors } from "./job-params-error";

/** Saves a new job definition; it acts as "job:<id>" on behalf of the admin who created it. */
export const createJob = defineAction({
  name: "job.create",
  role: "admin",
  input: jobDefinitionInputSchema,
  mutates: true,
  target: () => ({ type: "console", id: "job:new" }),
  targetsUsers: TARGETS_NO_USER,
  run: (input, { actor }) => withJobParamsErrors(() => createJobDefinition(input, actor.id)),
});
