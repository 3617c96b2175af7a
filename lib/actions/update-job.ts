"use server";

import { updateJobDefinitionSchema } from "@/lib/jobs/definition-schema";
import { updateJobDefinition } from "@/lib/jobs/definitions";
import { defineAction } from "./define-action";
import { withJobParamsErrors } from "./job-params-error";

export const updateJob = defineAction({
  name: "job.update",
  role: "admin",
  input: updateJobDefinitionSchema,
  mutates: true,
  target: (input) => ({ type: "console", id: input.id }),
  run: ({ id, fields }, { actor }) =>
    withJobParamsErrors(() => updateJobDefinition(id, fields, actor.id)),
});
