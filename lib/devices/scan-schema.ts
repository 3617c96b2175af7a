import { z } from "zod";

export const deviceScanParamsSchema = z.object({
  /** Device lists fetched at once; Synapse answers each quickly, so a few in flight keep it busy. */
  concurrency: z.number().int().min(1).max(64).default(8),
  /** Users per page of the user list. */
  pageSize: z.number().int().min(10).max(1000).default(500),
});
export type DeviceScanParams = z.infer<typeof deviceScanParamsSchema>;
