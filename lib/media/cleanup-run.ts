import { runAudited } from "@/lib/audit/run-audited";
import { withPatience } from "@/lib/devices/patience";
import type { JobContext } from "@/lib/jobs/job-kind";
import type { SynapseClient } from "@/lib/synapse";
import {
  cleanupCutoff,
  type LocalCleanupParams,
  type MediaCleanupParams,
} from "@/lib/schemas/media-cleanup";
import { countLocalMediaUploadedBefore, type LocalMediaCount } from "./cleanup-estimate";

/** How many deleted media IDs the audit entry and the item keep; the count is always whole. */
export const KEPT_MEDIA_IDS = 1_000;
const SHOWN_MEDIA_IDS = 20;

export type MediaCleanupSummary = {
  target: MediaCleanupParams["target"];
  /** The cut-off the run used, as ISO text: media last used before it were asked for. */
  cutoff: string;
  deleted: number;
  /** Local only: what the statistics counted before and after (uploaded before the cut-off). */
  before: LocalMediaCount | null;
  after: LocalMediaCount | null;
  skippedAsDone: number;
};

const toIso = (ms: number) => new Date(ms).toISOString();

/** One step's result as an item, unless an earlier attempt of the run recorded it. */
async function step<T extends Record<string, unknown>>(
  key: string,
  context: JobContext,
  done: ReadonlySet<string>,
  work: () => Promise<T>,
): Promise<T | null> {
  if (done.has(key)) return null;
  const detail = await work();
  await context.recordItem({ key, ok: true, detail });
  return detail;
}

type Steps = { synapse: SynapseClient; context: JobContext; cutoffMs: number };

function patient<T>(work: () => Promise<T>, context: JobContext) {
  return withPatience(work, context.signal, { onWait: context.setWaiting });
}

/** The one audited request that deletes local media; its result names how many and which. */
async function deleteLocal(params: LocalCleanupParams, { synapse, context, cutoffMs }: Steps) {
  const input = {
    cutoff: toIso(cutoffMs),
    olderThanDays: params.olderThanDays ?? null,
    before: params.before ?? null,
    largerThanBytes: params.largerThanBytes,
    keepProfiles: params.keepProfiles,
    requestedBy: context.requestedBy,
  };
  return runAudited(
    {
      actor: { id: context.actorId },
      action: "media.delete_local",
      target: { type: "homeserver", id: "local media" },
      input,
    },
    async () => {
      const answer = await patient(
        () =>
          synapse.mediaCleanup.deleteLocal(
            {
              beforeTs: cutoffMs,
              sizeGt: params.largerThanBytes,
              keepProfiles: params.keepProfiles,
            },
            context.signal,
          ),
        context,
      );
      return {
        deleted: answer.total,
        mediaIds: answer.deleted_media.slice(0, KEPT_MEDIA_IDS),
        mediaIdsLeftOut: Math.max(0, answer.deleted_media.length - KEPT_MEDIA_IDS),
      };
    },
  );
}

/**
 * Local clean-up in three steps, each an item: count what the statistics say could go, the
 * audited delete (Synapse's count and the IDs), and the count again afterwards. A resumed run skips
 * the steps an earlier attempt recorded; the delete may safely run twice (it deletes what is left).
 */
async function runLocal(params: LocalCleanupParams, steps: Steps): Promise<MediaCleanupSummary> {
  const { synapse, context, cutoffMs } = steps;
  const done = await context.doneKeys();
  await context.setTotal(3);
  const count = () => patient(() => countLocalMediaUploadedBefore(synapse, cutoffMs), context);
  const before = await step("1 count before", context, done, count);
  const deleted = await step("2 delete", context, done, async () => {
    const result = await deleteLocal(params, steps);
    return {
      deleted: result.deleted,
      mediaIds: result.mediaIds.slice(0, SHOWN_MEDIA_IDS),
      moreIds: Math.max(0, result.deleted - SHOWN_MEDIA_IDS),
    };
  });
  const after = await step("3 count after", context, done, count);
  return {
    target: "local",
    cutoff: toIso(cutoffMs),
    deleted: deleted?.deleted ?? 0,
    before,
    after,
    skippedAsDone: done.size,
  };
}

/** The remote cache purge: one audited request, one item. */
async function runRemote(steps: Steps): Promise<MediaCleanupSummary> {
  const { synapse, context, cutoffMs } = steps;
  const done = await context.doneKeys();
  await context.setTotal(1);
  const purged = await step("1 purge", context, done, () =>
    runAudited(
      {
        actor: { id: context.actorId },
        action: "media.purge_remote_cache",
        target: { type: "homeserver", id: "remote media cache" },
        input: { cutoff: toIso(cutoffMs), requestedBy: context.requestedBy },
      },
      async () => ({
        deleted: await patient(
          () => synapse.mediaCleanup.purgeRemoteCache(cutoffMs, context.signal),
          context,
        ),
      }),
    ),
  );
  return {
    target: "remote_cache",
    cutoff: toIso(cutoffMs),
    deleted: purged?.deleted ?? 0,
    before: null,
    after: null,
    skippedAsDone: done.size,
  };
}

/**
 * Runs a clean-up. A number of days counts back from `now` (the start of this attempt), so a
 * saved job deletes by a moving date; a fixed date is the same on every run.
 */
export async function runMediaCleanup(
  synapse: SynapseClient,
  params: MediaCleanupParams,
  context: JobContext,
  now: number,
): Promise<MediaCleanupSummary> {
  const steps = { synapse, context, cutoffMs: cleanupCutoff(params, now) };
  return params.target === "local" ? runLocal(params, steps) : runRemote(steps);
}
