"use server";

import { jobIdSchema } from "@/lib/jobs/definition-schema";
import { deleteJobDefinition } from "@/lib/jobs/definitions";
import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { defineAction } from "./define-action";

/** Deletes a job definition; its past runs stay readable. */
export const deleteJob = defineAction({
  name: "job.delete",
  role: "admin",
  input: jobIdSchema,
  mutates: true,
  target: (input) => ({ type: "console", id: input.id }),
  targetsUsers: TARGETS_NO_USER,
  run: ({ id }) => deleteJobDefinition(id),
});
