"use server";

import { z } from "zod";
import { getSendBoss } from "@/lib/jobs/boss";
import { enqueueRun } from "@/lib/jobs/enqueue-run";
import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { defineAction } from "./define-action";

/** Queues a device scan now; returns its run ID for the run's page. */
export const refreshDeviceSnapshot = defineAction({
  name: "job.run_device_scan",
  role: "operator",
  input: z.object({}),
  mutates: true,
  target: () => ({ type: "console", id: "device_scan" }),
  targetsUsers: TARGETS_NO_USER,
  run: async (_input, { actor }) => {
    const runId = await enqueueRun(
      { kind: "device_scan", params: {}, trigger: "manual", requestedBy: actor.id },
      await getSendBoss(),
    );
    return { runId };
  },
});
