"use server";

import { z } from "zod";
import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { getSendBoss } from "@/lib/jobs/boss";
import { enqueueRun } from "@/lib/jobs/enqueue-run";
import { defineAction } from "./define-action";

/** Queues a walk of the audit log's hash chain; returns its run ID for the run's page. */
export const verifyAuditLog = defineAction({
  name: "job.run_audit_verify",
  role: "admin",
  input: z.object({}),
  mutates: true,
  target: () => ({ type: "console", id: "audit_verify" }),
  targetsUsers: TARGETS_NO_USER,
  run: async (_input, { actor }) => {
    const runId = await enqueueRun(
      { kind: "audit_verify", params: {}, trigger: "manual", requestedBy: actor.id },
      await getSendBoss(),
    );
    return { runId };
  },
});
