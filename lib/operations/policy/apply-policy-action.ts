import type { PolicyAction } from "@/lib/policy/plan/actions";
import type { ActionHandler, PolicyActionOf } from "./action-handler";
import type { PolicyApplyContext } from "./apply-context";
import { createRoomHandler } from "./create-room-action";
import { joinRoomHandler, leaveRoomHandler } from "./membership-actions";
import { setPowerLevelsHandler } from "./power-levels-action";
import { setAvatarHandler } from "./set-avatar-action";
import {
  activateUserHandler,
  createUserHandler,
  deactivateUserHandler,
  setAdminHandler,
  setDisplayNameHandler,
  setEmailHandler,
  setUserTypeHandler,
} from "./user-account-actions";

// Each action type's way of changing Synapse is documented on its handler.
const HANDLERS: { [T in PolicyAction["type"]]: ActionHandler<PolicyActionOf<T>> } = {
  "room.create": createRoomHandler,
  "user.create": createUserHandler,
  "user.activate": activateUserHandler,
  "user.deactivate": deactivateUserHandler,
  "user.set_display_name": setDisplayNameHandler,
  "user.set_avatar": setAvatarHandler,
  "user.set_email": setEmailHandler,
  "user.set_admin": setAdminHandler,
  "user.set_type": setUserTypeHandler,
  "room.join": joinRoomHandler,
  "room.leave": leaveRoomHandler,
  "room.users_set_power_levels": setPowerLevelsHandler,
};

function handlerOf<A extends PolicyAction>(action: A): ActionHandler<A> {
  return HANDLERS[action.type] as unknown as ActionHandler<A>;
}

/** Re-reads the one fact the action changes: false when Synapse is already as the action wants. */
export function isStillNeeded(action: PolicyAction, context: PolicyApplyContext): Promise<boolean> {
  return handlerOf(action).isStillNeeded(action, context);
}

/**
 * Carries out one policy action on Synapse. The caller audits it (runAudited): every change made
 * here must run inside an audited operation.
 */
export function applyPolicyAction(
  action: PolicyAction,
  context: PolicyApplyContext,
): Promise<unknown> {
  return handlerOf(action).apply(action, context);
}
