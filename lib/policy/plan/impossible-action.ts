import type { PolicyAction } from "./actions";

/** An action the policy calls for that cannot be carried out now, with why and what would help. */
export type ImpossibleAction = {
  action: PolicyAction;
  reason: string;
  remedy?: { kind: "make_room_admin"; roomId: string };
};
