import type { PolicyAction, PolicyActionType } from "@/lib/policy/plan/actions";
import type { PolicyApplyContext } from "./apply-context";

/** The payload of one action type (room.join and room.leave share a member of the union). */
type PayloadOf<T extends PolicyActionType> = PolicyAction extends infer A
  ? A extends { type: infer U; payload: infer P }
    ? T extends U
      ? P
      : never
    : never
  : never;

export type PolicyActionOf<T extends PolicyActionType> = { type: T; payload: PayloadOf<T> };

/** How one kind of policy action is checked and carried out on Synapse. */
export type ActionHandler<A extends { type: PolicyActionType }> = {
  /**
   * Re-reads just the fact the action would change, right before it runs: false when Synapse is
   * already as the action wants (someone did it meanwhile, or an earlier attempt did), so it is
   * skipped. Reads only, so it runs outside the audit.
   */
  isStillNeeded(action: A, context: PolicyApplyContext): Promise<boolean>;
  /** Makes the change; what it returns is the audit outcome's result (never a secret). */
  apply(action: A, context: PolicyApplyContext): Promise<unknown>;
};
