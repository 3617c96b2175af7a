import { ActionError } from "@/lib/actions/action-result";
import { recordChange } from "@/lib/audit/changes";
import { generatePassword, recordCreatedUser } from "@/lib/operations/create-user";
import { deactivateUser } from "@/lib/operations/deactivate-user";
import { getUserOrThrow } from "@/lib/operations/require-user";
import { setServerAdmin } from "@/lib/operations/set-server-admin";
import { isSynapseError, type SynapseUser } from "@/lib/synapse";
import type { ActionHandler, PolicyActionOf } from "./action-handler";
import type { PolicyApplyContext } from "./apply-context";

/** The user as Synapse has them, or null when Synapse does not know them. */
export async function findUser(context: PolicyApplyContext, userId: string) {
  return context.synapse.users.get(userId).catch((error: unknown): SynapseUser | null => {
    if (isSynapseError(error, "not_found")) return null;
    throw error;
  });
}

/**
 * The password an account gets on creation or reactivation, as corporal does it: a `passthrough`
 * user's authCredential (Synapse checks their password from then on), for every other auth type a
 * random one nobody is told (those people sign in through whatever checks their credential; the
 * plan's warning says how). It goes to Synapse only, never into a plan or the audit.
 */
function initialPassword(context: PolicyApplyContext, userId: string): string {
  const user = context.users.get(userId);
  const credential = user?.authCredential;
  if (user?.authType === "passthrough" && credential) return credential;
  return generatePassword();
}

/**
 * user.create: PUT /_synapse/admin/v2/users/<id>, which creates a missing user (201) with the
 * password, display name, server admin flag and user type in one request. A 200 means the user
 * appeared since the check; that is reported, not hidden.
 */
export const createUserHandler: ActionHandler<PolicyActionOf<"user.create">> = {
  isStillNeeded: async ({ payload }, context) => (await findUser(context, payload.userId)) === null,
  async apply({ payload }, context) {
    const { user, created } = await context.synapse.users.update(payload.userId, {
      password: initialPassword(context, payload.userId),
      ...(payload.displayName ? { displayname: payload.displayName } : {}),
      ...(payload.admin !== undefined ? { admin: payload.admin } : {}),
      ...(payload.userType ? { user_type: payload.userType } : {}),
      ...(payload.email ? { threepids: [{ medium: "email", address: payload.email }] } : {}),
    });
    if (!created) {
      throw new ActionError(
        `${payload.userId} was created by someone else a moment ago; its password was just set again.`,
      );
    }
    recordCreatedUser(user);
    return { userId: payload.userId, created: true };
  },
};

/**
 * user.activate: PUT /_synapse/admin/v2/users/<id> with deactivated false; Synapse needs a new
 * password for that (the initial password rule above).
 */
export const activateUserHandler: ActionHandler<PolicyActionOf<"user.activate">> = {
  isStillNeeded: async ({ payload }, context) =>
    (await findUser(context, payload.userId))?.deactivated === true,
  async apply({ payload }, context) {
    const { user } = await context.synapse.users.update(payload.userId, {
      deactivated: false,
      password: initialPassword(context, payload.userId),
    });
    // The re-check right before (isStillNeeded) found them deactivated; Synapse answers with after.
    recordChange("active", false, !user.deactivated);
    return { userId: payload.userId, active: true };
  },
};

/**
 * user.deactivate: POST /_synapse/admin/v1/deactivate/<id>, erasing only when a lifecycle revoke
 * asks (`erase`, from the lifecycle settings; a plan never does). It logs the user
 * out everywhere and makes Synapse part them from every room it still holds them in; the plan's
 * room.leave actions before it already took them out of the managed rooms, as corporal does.
 * Their console sessions end too. Never the console's account or the person applying.
 */
export const deactivateUserHandler: ActionHandler<PolicyActionOf<"user.deactivate">> = {
  isStillNeeded: async ({ payload }, context) =>
    (await findUser(context, payload.userId))?.deactivated === false,
  async apply({ payload }, context) {
    if (payload.userId === context.serviceUserId) {
      throw new ActionError(
        `${payload.userId} is the console's own account: it is never deactivated.`,
      );
    }
    if (payload.userId === context.requestedBy) {
      throw new ActionError(`${payload.userId} asked for this apply: it does not deactivate them.`);
    }
    return deactivateUser(context.synapse, {
      userId: payload.userId,
      erase: payload.erase === true,
    });
  },
};

/** user.set_display_name: PUT /_synapse/admin/v2/users/<id> with displayname. */
export const setDisplayNameHandler: ActionHandler<PolicyActionOf<"user.set_display_name">> = {
  async isStillNeeded({ payload }, context) {
    const user = await getUserOrThrow(context.synapse, payload.userId);
    return (user.displayname ?? "") !== (payload.displayName ?? "");
  },
  async apply({ payload }, context) {
    const before = await getUserOrThrow(context.synapse, payload.userId);
    const { user } = await context.synapse.users.update(payload.userId, {
      displayname: payload.displayName ?? "",
    });
    recordChange("displayname", before.displayname, user.displayname);
    return { userId: payload.userId, displayName: user.displayname };
  },
};

const emailsOf = (user: SynapseUser) =>
  user.threepids.filter((threepid) => threepid.medium === "email").map(({ address }) => address);

/**
 * user.set_email: PUT /_synapse/admin/v2/users/<id> with threepids, the user's emails replaced by
 * the one address and their phone numbers kept (Synapse sets the whole list at once).
 */
export const setEmailHandler: ActionHandler<PolicyActionOf<"user.set_email">> = {
  isStillNeeded: async ({ payload }, context) =>
    !emailsOf(await getUserOrThrow(context.synapse, payload.userId)).includes(payload.email),
  async apply({ payload }, context) {
    const before = await getUserOrThrow(context.synapse, payload.userId);
    const phones = before.threepids.filter((threepid) => threepid.medium !== "email");
    const { user } = await context.synapse.users.update(payload.userId, {
      threepids: [
        ...phones.map(({ medium, address }) => ({ medium, address })),
        { medium: "email", address: payload.email },
      ],
    });
    recordChange("emails", emailsOf(before), emailsOf(user));
    return { userId: payload.userId, email: payload.email };
  },
};

/** user.set_admin: PUT /_synapse/admin/v1/users/<id>/admin (setServerAdmin, which also ends a demoted admin's console sessions). */
export const setAdminHandler: ActionHandler<PolicyActionOf<"user.set_admin">> = {
  isStillNeeded: async ({ payload }, context) =>
    (await getUserOrThrow(context.synapse, payload.userId)).admin !== payload.admin,
  async apply({ payload }, context) {
    if (!payload.admin && payload.userId === context.serviceUserId) {
      throw new ActionError(
        `${payload.userId} is the console's own account: its server admin stays.`,
      );
    }
    return setServerAdmin(context.synapse, { userId: payload.userId, enabled: payload.admin });
  },
};

/** user.set_type: PUT /_synapse/admin/v2/users/<id> with user_type (null for a regular account). */
export const setUserTypeHandler: ActionHandler<PolicyActionOf<"user.set_type">> = {
  isStillNeeded: async ({ payload }, context) =>
    (await getUserOrThrow(context.synapse, payload.userId)).user_type !==
    (payload.userType ?? null),
  async apply({ payload }, context) {
    // The user is read for the audit's "from" (the re-check's read ran outside the audit), which
    // also keeps the user PUT from creating a missing user.
    const before = await getUserOrThrow(context.synapse, payload.userId);
    const { user } = await context.synapse.users.update(payload.userId, {
      user_type: payload.userType ?? null,
    });
    recordChange("user_type", before.user_type, user.user_type);
    return { userId: payload.userId, userType: user.user_type };
  },
};
