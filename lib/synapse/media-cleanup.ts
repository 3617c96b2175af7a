import { z } from "zod";
import type { SynapseHttp } from "./http";

export const deletedLocalMediaSchema = z.looseObject({
  deleted_media: z.array(z.string()),
  total: z.number().int().nonnegative(),
});
export type SynapseDeletedLocalMedia = z.output<typeof deletedLocalMediaSchema>;

export type DeleteLocalMediaParams = {
  /** Media last used (or, never used, created) before this time in ms are deleted. */
  beforeTs: number;
  /** Only media larger than this many bytes; 0 for any size. */
  sizeGt: number;
  /** Keep media used as a user's or a room's avatar. */
  keepProfiles: boolean;
};

/**
 * Deletes local media by age and size, in one request (Synapse has no dry run and no paging here).
 * Quarantined and protected media are kept by Synapse. On a big media store this can outlast the
 * request's timeout while Synapse goes on deleting.
 */
export function deleteLocalMedia(
  http: SynapseHttp,
  params: DeleteLocalMediaParams,
  signal?: AbortSignal,
): Promise<SynapseDeletedLocalMedia> {
  return http.request(deletedLocalMediaSchema, {
    method: "POST",
    path: "/_synapse/admin/v1/media/delete",
    query: {
      before_ts: params.beforeTs,
      size_gt: params.sizeGt,
      keep_profiles: params.keepProfiles ? "true" : "false",
    },
    body: {},
    what: "delete old local media",
    signal,
  });
}

export const purgedRemoteMediaSchema = z.looseObject({ deleted: z.number().int().nonnegative() });

/**
 * Deletes the cached copies of other servers' media last used before `beforeTs` (ms); they are
 * fetched again from their server when someone asks. Answers how many were deleted.
 */
export async function purgeRemoteMediaCache(
  http: SynapseHttp,
  beforeTs: number,
  signal?: AbortSignal,
): Promise<number> {
  const answer = await http.request(purgedRemoteMediaSchema, {
    method: "POST",
    path: "/_synapse/admin/v1/purge_media_cache",
    query: { before_ts: beforeTs },
    body: {},
    what: "purge the remote media cache",
    signal,
  });
  return answer.deleted;
}
