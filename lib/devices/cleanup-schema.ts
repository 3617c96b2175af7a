import { z } from "zod";
import { MAX_REVOKE_DEVICES } from "./revoke-schema";
import { staleRuleSchema } from "./stale-rule";

/**
 * A scheduled stale-device clean-up: at each run a fresh scan, then the rule applied to it. Unlike
 * a revoke, no device list is saved; `maxDevices` bounds what one run may take, so a rule that
 * suddenly matches far more (a clock gone wrong, a rule edited carelessly) revokes nothing.
 */
export const staleCleanupParamsSchema = z.strictObject({
  rule: staleRuleSchema,
  /** "report" lists what the rule selects and changes nothing; "revoke" deletes it. */
  mode: z.enum(["report", "revoke"]),
  /** More devices selected than this: the run revokes none and says so. */
  maxDevices: z.number().int().min(1).max(MAX_REVOKE_DEVICES),
  concurrency: z.number().int().min(1).max(16).default(4),
});
export type StaleCleanupParams = z.infer<typeof staleCleanupParamsSchema>;
