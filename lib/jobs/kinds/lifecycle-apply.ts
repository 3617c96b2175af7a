import { z } from "zod";
import { oldestPendingAt } from "@/lib/lifecycle/pending-events";
import { runLifecycleApply } from "@/lib/lifecycle/run-lifecycle-apply";
import type { JobKindDefinition } from "../job-kind";

const lifecycleApplyParamsSchema = z.strictObject({});

/**
 * Applies what waiting lifecycle events changed in the policy, user by user. Nobody starts it: the
 * events are its due work, queued as each arrives and by the tick after a failed run.
 */
export const lifecycleApplyKind: JobKindDefinition<z.output<typeof lifecycleApplyParamsSchema>> = {
  kind: "lifecycle_apply",
  label: "Lifecycle events",
  params: lifecycleApplyParamsSchema,
  run: runLifecycleApply,
  findDueWork: async () => {
    const at = await oldestPendingAt();
    return at ? { params: {}, at } : null;
  },
};
