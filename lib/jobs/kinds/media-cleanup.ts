import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { runMediaCleanup } from "@/lib/media/cleanup-run";
import { mediaCleanupParamsSchema, type MediaCleanupParams } from "@/lib/schemas/media-cleanup";
import type { JobKindDefinition } from "../job-kind";

/** Deletes old local media or purges the remote media cache, each step an item, the delete audited. */
export const mediaCleanupKind: JobKindDefinition<MediaCleanupParams> = {
  kind: "media_cleanup",
  label: "Media clean-up",
  params: mediaCleanupParamsSchema,
  run: async (params, context) =>
    runMediaCleanup(await getServiceSynapse(), params, context, Date.now()),
};
