"use server";

import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { getSendBoss } from "@/lib/jobs/boss";
import { enqueueRun } from "@/lib/jobs/enqueue-run";
import { mediaCleanupParamsSchema } from "@/lib/schemas/media-cleanup";
import { defineAction } from "./define-action";

/**
 * Starts a media clean-up run with the parameters the Media page's dry run showed; returns its run
 * ID for the run's page. Admins only: deleted media cannot be brought back.
 */
export const runMediaCleanup = defineAction({
  name: "job.run_media_cleanup",
  role: "admin",
  input: mediaCleanupParamsSchema,
  mutates: true,
  target: () => ({ type: "console", id: "media_cleanup" }),
  targetsUsers: TARGETS_NO_USER,
  run: async (input, { actor }) => {
    const runId = await enqueueRun(
      { kind: "media_cleanup", params: input, trigger: "manual", requestedBy: actor.id },
      await getSendBoss(),
    );
    return { runId };
  },
});
