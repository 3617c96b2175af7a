import { AsyncLocalStorage } from "node:async_hooks";
import type { Change } from "./changes";

type AuditScope = {
  entryId: bigint;
  action: string;
  /** What the work changed, from → to, written with its outcome (recordChange). */
  changes: Change[];
};

const storage = new AsyncLocalStorage<AuditScope>();

/** Runs `work` inside the scope of an audit entry that is already written. */
export function withinAuditScope<T>(scope: AuditScope, work: () => Promise<T>): Promise<T> {
  return storage.run(scope, work);
}

/** The audit entry the current change belongs to, if any. */
export function currentAuditScope(): AuditScope | undefined {
  return storage.getStore();
}

export class UnauditedMutationError extends Error {
  override name = "UnauditedMutationError";
}

/**
 * Called by the Synapse client before any request that changes Synapse: a change made outside
 * runAudited would leave no audit record, so it is refused before it is sent.
 */
export function assertAuditScope(description: string): void {
  if (currentAuditScope()) return;
  throw new UnauditedMutationError(
    `Refusing to change Synapse outside an audited operation: ${description}`,
  );
}
