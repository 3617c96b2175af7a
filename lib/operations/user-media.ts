import { ActionError } from "@/lib/actions/action-result";
import { recordChange } from "@/lib/audit/changes";
import {
  serverNameOfUser,
  type SetMediaProtectedInput,
  type SetMediaQuarantinedInput,
  type UserMediaItemsInput,
} from "@/lib/schemas/media-item";
import {
  isSynapseError,
  mapWithConcurrency,
  SynapseError,
  type SynapseClient,
} from "@/lib/synapse";
import type { SynapseLocalMedia } from "@/lib/synapse/media";

/** A few files at a time: a page of 100 goes quickly without crowding Synapse. */
const MEDIA_CONCURRENCY = 5;

/**
 * The selected files as Synapse has them now, for the audit's "from" and for the check that each
 * one is the named user's own upload: the rule judged the request by that user, so a file of
 * anyone else is refused, and so is a file that is gone. Nothing is changed when any is refused.
 */
export async function readOwnedMedia(
  synapse: SynapseClient,
  { userId, mediaIds }: UserMediaItemsInput,
): Promise<SynapseLocalMedia[]> {
  const serverName = serverNameOfUser(userId);
  const settled = await mapWithConcurrency(mediaIds, MEDIA_CONCURRENCY, (mediaId) =>
    synapse.media.get(serverName, mediaId),
  );
  const problems: string[] = [];
  const files: SynapseLocalMedia[] = [];
  settled.forEach((result, index) => {
    const mediaId = mediaIds[index] ?? "";
    if (!result.ok) {
      if (!isSynapseError(result.error, "not_found")) throw result.error;
      problems.push(`${mediaId} is not on this homeserver (deleted already?)`);
    } else if (result.value.user_id !== userId) {
      problems.push(`${mediaId} was not uploaded by ${userId}`);
    } else files.push(result.value);
  });
  if (problems.length > 0) throw new ActionError(`Nothing was changed: ${problems.join("; ")}.`);
  return files;
}

/** A failure's sentence, for the list of files that did not change; anything unknown is rethrown. */
function sentenceOf(error: unknown): string {
  if (error instanceof ActionError || error instanceof SynapseError)
    return error.message.replace(/\.$/, "");
  throw error;
}

/**
 * Does `change` to each file, a few at a time; one failure does not stop the others. When any
 * failed, the action fails saying which and why, after the changes that were made were recorded.
 */
async function changeEach(
  files: SynapseLocalMedia[],
  verb: string,
  change: (file: SynapseLocalMedia) => Promise<void>,
): Promise<string[]> {
  const settled = await mapWithConcurrency(files, MEDIA_CONCURRENCY, change);
  const done: string[] = [];
  const failed: string[] = [];
  settled.forEach((result, index) => {
    const file = files[index];
    if (!file) return;
    if (result.ok) done.push(file.media_id);
    // By media ID only: the sentence is kept in the audit outcome, which viewers read, and file
    // names are people's uploads, shown to operators and admins alone.
    else failed.push(`${file.media_id}: ${sentenceOf(result.error)}`);
  });
  if (failed.length > 0) {
    throw new ActionError(
      `${verb} ${done.length} of ${files.length} files; not ${failed.join("; ")}.`,
    );
  }
  return done;
}

/** Deletes the selected files (and their thumbnails) from the media repository for good. */
export async function deleteUserMediaItems(
  synapse: SynapseClient,
  input: UserMediaItemsInput,
  before?: Promise<SynapseLocalMedia[]>,
) {
  const files = await (before ?? readOwnedMedia(synapse, input));
  const serverName = serverNameOfUser(input.userId);
  const deleted = await changeEach(files, "Deleted", async (file) => {
    await synapse.media.delete(serverName, file.media_id);
  });
  return { userId: input.userId, deleted };
}

/**
 * Quarantines the selected files (nobody can download them through this server) or releases
 * them, reading each back for the audit's from → to. Synapse silently skips a protected file, so
 * it is refused here with a sentence instead; Synapse also (un)quarantines every other file with
 * the same content.
 */
export async function setUserMediaQuarantined(
  synapse: SynapseClient,
  input: SetMediaQuarantinedInput,
  before?: Promise<SynapseLocalMedia[]>,
) {
  const files = await (before ?? readOwnedMedia(synapse, input));
  const serverName = serverNameOfUser(input.userId);
  const verb = input.quarantined ? "Quarantined" : "Released";
  const changed = await changeEach(files, verb, async (file) => {
    if (input.quarantined && file.safe_from_quarantine)
      throw new ActionError("it is protected from quarantine; unprotect it first");
    await synapse.media.setQuarantined(serverName, file.media_id, input.quarantined);
    const after = await synapse.media.get(serverName, file.media_id);
    recordChange(
      `${file.media_id} quarantined`,
      file.quarantined_by !== null,
      after.quarantined_by !== null,
    );
  });
  return { userId: input.userId, quarantined: input.quarantined, changed };
}

/** Protects the selected files from quarantine or takes the protection away, read back after. */
export async function setUserMediaProtected(
  synapse: SynapseClient,
  input: SetMediaProtectedInput,
  before?: Promise<SynapseLocalMedia[]>,
) {
  const files = await (before ?? readOwnedMedia(synapse, input));
  const serverName = serverNameOfUser(input.userId);
  const changed = await changeEach(
    files,
    input.protected ? "Protected" : "Unprotected",
    async (file) => {
      await synapse.media.setProtected(file.media_id, input.protected);
      const after = await synapse.media.get(serverName, file.media_id);
      recordChange(
        `${file.media_id} protected`,
        file.safe_from_quarantine,
        after.safe_from_quarantine,
      );
    },
  );
  return { userId: input.userId, protected: input.protected, changed };
}
