import { recordChanges } from "@/lib/audit/changes";
import { toPairs, type UpdateUserProfileInput } from "@/lib/schemas/user-actions";
import type { SynapseClient, SynapseUser, UpdateUserInput } from "@/lib/synapse";
import { getUserOrThrow } from "./require-user";

const splitPair = (line: string) => {
  const at = line.indexOf(":");
  return [line.slice(0, at), line.slice(at + 1)] as const;
};

const sameList = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().join("\n") === [...b].sort().join("\n");

/** The profile fields this operation changes, as the audit log records them. */
function profileOf(user: SynapseUser) {
  return {
    displayname: user.displayname,
    avatar_url: user.avatar_url,
    threepids: user.threepids.map(({ medium, address }) => ({ medium, address })),
    external_ids: user.external_ids.map(({ auth_provider, external_id }) => ({
      auth_provider,
      external_id,
    })),
  };
}

/**
 * Changes a user's display name, avatar URL, 3PIDs and external IDs. Only fields that differ are
 * sent, so an untouched list is not rewritten (Synapse replaces 3PIDs and external IDs whole).
 * Each changed field is recorded from the user read first to the user Synapse answers with.
 */
export async function updateUserProfile(synapse: SynapseClient, input: UpdateUserProfileInput) {
  const before = await getUserOrThrow(synapse, input.userId);
  const changes: UpdateUserInput = {};
  if (input.displayName !== (before.displayname ?? "")) changes.displayname = input.displayName;
  if (input.avatarUrl !== (before.avatar_url ?? "")) changes.avatar_url = input.avatarUrl;

  const threepids = toPairs(input.threepids);
  const threepidsBefore = before.threepids.map((t) => `${t.medium}:${t.address}`);
  if (!sameList(threepids, threepidsBefore))
    changes.threepids = threepids.map(splitPair).map(([medium, address]) => ({ medium, address }));

  const externalIds = toPairs(input.externalIds);
  const externalBefore = before.external_ids.map((e) => `${e.auth_provider}:${e.external_id}`);
  if (!sameList(externalIds, externalBefore))
    changes.external_ids = externalIds
      .map(splitPair)
      .map(([auth_provider, external_id]) => ({ auth_provider, external_id }));

  const changed = Object.keys(changes);
  if (changed.length === 0) return { userId: input.userId, changed };
  const { user } = await synapse.users.update(input.userId, changes);
  const after = profileOf(user);
  // Only what was sent: a list Synapse merely gave back in another order did not change.
  recordChanges(
    profileOf(before),
    Object.fromEntries(changed.map((field) => [field, after[field as keyof typeof after]])),
  );
  return { userId: input.userId, changed };
}
