import { z } from "zod";
import { matrixUserIdSchema } from "@/lib/schemas/matrix-id";
import { deviceIdSchema } from "@/lib/schemas/opaque-id";
import { staleRuleSchema } from "./stale-rule";

/** A revoke run holds at most this many devices; a bigger clean-up is several runs. */
export const MAX_REVOKE_DEVICES = 20_000;

export const staleRevokeParamsSchema = z.object({
  /** Exactly the devices the dry run showed; nothing else is touched. */
  devices: z
    .array(z.object({ userId: matrixUserIdSchema, deviceId: deviceIdSchema }))
    .min(1)
    .max(MAX_REVOKE_DEVICES),
  /**
   * The rule that chose them, for the record only: the devices above are what is acted on. Its
   * fields may be missing (runs and jobs saved before a field existed), never out of range.
   */
  rule: staleRuleSchema.partial({
    neverSeenCreatedBeforeDays: true,
    keepMostRecent: true,
    excludeUsers: true,
    onlyUsers: true,
    userContains: true,
  }),
  snapshotId: z.uuid().optional(),
  concurrency: z.number().int().min(1).max(16).default(4),
});
export type StaleRevokeParams = z.infer<typeof staleRevokeParamsSchema>;

export const revokeKey = (device: { userId: string; deviceId: string }) =>
  `${device.userId} ${device.deviceId}`;
