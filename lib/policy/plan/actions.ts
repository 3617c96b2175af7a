import type { PolicyRoomDeclaration } from "@/lib/policy/document/schema";

// The plan's actions, named and shaped as matrix-corporal's reconciler names them (type, payload
// with userId, roomId, displayName, avatarUri, roomPowerForUserId), plus the console's own
// room.create, user.set_admin and user.set_type. One member per type, so Extract<> finds each. A room's roomId may be the alias of a declared
// room the plan creates. No action ever holds a password.

type UserPayload = { userId: string };
export type RoomCreatePayload = Pick<
  PolicyRoomDeclaration,
  | "alias"
  | "name"
  | "topic"
  | "encrypted"
  | "joinRule"
  | "historyVisibility"
  | "parent"
  | "isSpace"
  | "powerLevels"
>;

export type PolicyAction =
  | { type: "room.create"; payload: RoomCreatePayload }
  | {
      type: "user.create";
      /** authType "none" when the policy gives none: the account gets a random password. */
      payload: UserPayload & {
        authType: string;
        displayName?: string;
        admin?: boolean;
        userType?: string | null;
        email?: string;
      };
    }
  | { type: "user.activate"; payload: UserPayload }
  /** `erase` (set by a lifecycle revoke, never by a plan) asks Synapse to erase the account too. */
  | { type: "user.deactivate"; payload: UserPayload & { erase?: boolean } }
  | { type: "user.set_display_name"; payload: UserPayload & { displayName: string } }
  | { type: "user.set_avatar"; payload: UserPayload & { avatarUri: string } }
  /** The user's email threepids become this one address (their phone numbers are kept). */
  | { type: "user.set_email"; payload: UserPayload & { email: string } }
  | { type: "user.set_admin"; payload: UserPayload & { admin: boolean } }
  | { type: "user.set_type"; payload: UserPayload & { userType: string | null } }
  | { type: "room.join"; payload: UserPayload & { roomId: string } }
  | { type: "room.leave"; payload: UserPayload & { roomId: string } }
  | {
      type: "room.users_set_power_levels";
      payload: { roomId: string; roomPowerForUserId: Record<string, number> };
    };

export type PolicyActionType = PolicyAction["type"];

/** Unique within a plan and the same in every plan for the same change: the apply job's item key. */
export function actionKey(action: PolicyAction): string {
  switch (action.type) {
    case "room.create":
      return `room.create:${action.payload.alias}`;
    case "room.users_set_power_levels":
      return `room.users_set_power_levels:${action.payload.roomId}`;
    case "room.join":
    case "room.leave":
      return `${action.type}:${action.payload.userId}:${action.payload.roomId}`;
    default:
      return `${action.type}:${action.payload.userId}`;
  }
}

const quoted = (text: string) => `“${text}”`;
const POWER_SHOWN = 5;

/** The action as a sentence: "Create @bob:example.org named “Bob”". */
export function describeAction(action: PolicyAction): string {
  switch (action.type) {
    case "room.create": {
      const { alias, name, isSpace, parent } = action.payload;
      const named = name ? ` ${quoted(name)}` : "";
      return `Create ${isSpace ? "space" : "room"} ${alias}${named}${parent ? ` in space ${parent}` : ""}`;
    }
    case "user.create": {
      const { userId, displayName, admin, userType } = action.payload;
      const tags = [admin ? "server admin" : "", userType ? `${userType} account` : ""].filter(
        Boolean,
      );
      const named = displayName ? ` named ${quoted(displayName)}` : "";
      return `Create ${userId}${named}${tags.length > 0 ? ` (${tags.join(", ")})` : ""}`;
    }
    case "user.activate":
      return `Reactivate ${action.payload.userId}`;
    case "user.deactivate":
      return action.payload.erase
        ? `Deactivate and erase ${action.payload.userId}`
        : `Deactivate ${action.payload.userId}`;
    case "user.set_display_name": {
      const { userId, displayName } = action.payload;
      return displayName
        ? `Set ${userId}'s display name to ${quoted(displayName)}`
        : `Clear ${userId}'s display name`;
    }
    case "user.set_avatar": {
      const { userId, avatarUri } = action.payload;
      return avatarUri
        ? `Set ${userId}'s avatar from ${avatarSource(avatarUri)}`
        : `Remove ${userId}'s avatar`;
    }
    case "user.set_email":
      return `Set ${action.payload.userId}'s email to ${action.payload.email}`;
    case "user.set_admin":
      return action.payload.admin
        ? `Make ${action.payload.userId} a server admin`
        : `Take server admin from ${action.payload.userId}`;
    case "user.set_type":
      return action.payload.userType
        ? `Mark ${action.payload.userId} as a ${action.payload.userType} account`
        : `Make ${action.payload.userId} a regular account`;
    case "room.join":
      return `Join ${action.payload.userId} to ${action.payload.roomId}`;
    case "room.leave":
      return `Remove ${action.payload.userId} from ${action.payload.roomId}`;
    case "room.users_set_power_levels": {
      const entries = Object.entries(action.payload.roomPowerForUserId);
      const shown = entries.slice(0, POWER_SHOWN).map(([userId, level]) => `${userId} → ${level}`);
      const more = entries.length > POWER_SHOWN ? ` and ${entries.length - POWER_SHOWN} more` : "";
      return `Set power in ${action.payload.roomId}: ${shown.join(", ")}${more}`;
    }
  }
}

/** A data URI is named by its type only; an address is shown as it is. */
function avatarSource(avatarUri: string): string {
  if (!avatarUri.startsWith("data:")) return avatarUri;
  const type = avatarUri.slice("data:".length).split(/[;,]/)[0];
  return `an embedded ${type || "image"} picture`;
}
