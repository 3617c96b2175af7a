"use server";

import { getSendBoss } from "@/lib/jobs/boss";
import { enqueueRun } from "@/lib/jobs/enqueue-run";
import { managedUserSchema } from "@/lib/tokens/schemas";
import { defineAction } from "./define-action";

/** Queues a token rotation of one managed account now; returns the run ID for its page. */
export const rotateTokenNow = defineAction({
  name: "token.rotate_now",
  role: "admin",
  input: managedUserSchema,
  mutates: true,
  target: (input) => ({ type: "user", id: input.userId }),
  targetsUsers: (input) => ({ userIds: [input.userId], effect: "rotate_token" }),
  run: async ({ userId }, { actor }) => {
    const runId = await enqueueRun(
      { kind: "token_rotation", params: { userId }, trigger: "manual", requestedBy: actor.id },
      await getSendBoss(),
    );
    return { runId };
  },
});
