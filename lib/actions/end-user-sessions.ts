"use server";

import { endSessionsOf } from "@/lib/data/sessions";
import { endUserSessionsSchema } from "@/lib/schemas/console-sessions";
import { defineAction } from "./define-action";

/**
 * Signs someone out of the console everywhere (a lost laptop, a departure). Their role stays, so
 * they can sign in again; revoke the role to keep them out.
 */
export const endUserSessions = defineAction({
  name: "console.end_sessions",
  role: "admin",
  input: endUserSessionsSchema,
  mutates: true,
  target: (input) => ({ type: "console", id: input.matrixId }),
  targetsUsers: (input) => ({ userIds: [input.matrixId], effect: "change" }),
  run: async (input) => ({
    matrixId: input.matrixId,
    sessionsEnded: await endSessionsOf(input.matrixId, "ended_by_admin"),
  }),
});
