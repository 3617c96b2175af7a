import { z } from "zod";
import { countOf } from "@/lib/format/count";

const count = z.number().int().nonnegative();

/** A lifecycle_apply run's summary as runLifecycleApply returns it. */
export const lifecycleResultSchema = z.object({
  rounds: count,
  events: count,
  users: count,
  applied: count,
  failed: count,
});
export type LifecycleResult = z.infer<typeof lifecycleResultSchema>;

/** "12 events for 10 users applied: 18 changes made", and the users whose part failed. */
export function describeLifecycleResult(result: LifecycleResult) {
  const headline = `${countOf(result.events, "event")} for ${countOf(result.users, "user")} applied: ${countOf(result.applied, "change")} made`;
  const notes = [
    result.failed > 0
      ? `${countOf(result.failed, "user")} could not be brought in line; their events say why`
      : "",
    result.rounds > 1 ? `in ${countOf(result.rounds, "round")}, as more events came` : "",
  ].filter(Boolean);
  return { headline, notes };
}
