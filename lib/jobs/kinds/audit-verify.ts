import { z } from "zod";
import { runChainVerify } from "@/lib/audit/verify-chain-run";
import type { JobKindDefinition } from "../job-kind";

/** Walks the audit log's hash chain and reports it intact or its first broken link. */
export const auditVerifyKind: JobKindDefinition<Record<string, never>> = {
  kind: "audit_verify",
  label: "Audit log verification",
  params: z.strictObject({}),
  run: (_params, context) => runChainVerify(context),
};
