"use server";

import { updateJobDefinitionInputSchema } from "@/lib/jobs/definition-input";
import { updateJobDefinition } from "@/lib/jobs/definitions";
import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { defineAction } from "./define-action";
import { withJobParamsErrors } from "./job-params-error";

export const updateJob = defineAction({
  name: "job.update",
  role: "admin",
  input: updateJobDefinitionInputSchema,
  mutates: true,
  target: (input) => ({ type: "console", id: input.id }),
  targetsUsers: TARGETS_NO_USER,
  run: ({ id, fields }, { actor }) =>
    withJobParamsErrors(() => updateJobDefinition(id, fields, actor.id)),
});
