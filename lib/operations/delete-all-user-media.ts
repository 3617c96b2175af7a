import { isSynapseError, type SynapseClient } from "@/lib/synapse";
import { ActionError } from "@/lib/actions/action-result";
import { recordChange } from "@/lib/audit/changes";

/** Files deleted per request; Synapse's own default page. */
const DELETE_PAGE = 100;

/** How many files the user has, for the audit's from → to and the confirmation. */
export async function countMediaOf(synapse: SynapseClient, userId: string): Promise<number> {
  return synapse.users.mediaCount(userId).catch((error: unknown) => {
    if (isSynapseError(error, "not_found"))
      throw new ActionError(`There is no user ${userId} on this homeserver.`);
    throw error;
  });
}

/**
 * Deletes every file the user uploaded. Synapse deletes one page per request and gives no next
 * token, so this asks again until a request deletes nothing; each request deletes at least one
 * file or ends the loop, so it cannot run forever. Files Synapse would not delete are counted as
 * remaining.
 */
export async function deleteAllUserMedia(
  synapse: SynapseClient,
  userId: string,
  options: { before?: Promise<number>; signal?: AbortSignal } = {},
) {
  const before = await (options.before ?? countMediaOf(synapse, userId));
  let deleted = 0;
  for (;;) {
    options.signal?.throwIfAborted();
    const page = await synapse.media.deleteOfUser(userId, DELETE_PAGE);
    if (page.deleted_media.length === 0) break;
    deleted += page.deleted_media.length;
  }
  const remaining = await countMediaOf(synapse, userId);
  recordChange("media_files", before, remaining);
  return { userId, before, deleted, remaining };
}
