import { getSendBoss } from "@/lib/jobs/boss";
import { enqueueDueWork } from "@/lib/jobs/due-work";
import { lifecycleApplyKind } from "@/lib/jobs/kinds/lifecycle-apply";

/**
 * Queues the lifecycle run now, unless one is queued or running (that one takes the waiting event
 * in its next round). Should this fail, the per-minute tick finds the waiting event and queues it.
 */
export async function queueLifecycleApply(): Promise<void> {
  await enqueueDueWork(await getSendBoss(), new Date(), { lifecycle_apply: lifecycleApplyKind });
}
