import { parseMxcUri } from "@/lib/schemas/media-item";
import { isSynapseError, mapWithConcurrency, type SynapseClient } from "@/lib/synapse";
import type { SynapseLocalMedia } from "@/lib/synapse/media";

/** A few lookups at a time: one page of a room's files, without crowding Synapse. */
const LOOKUP_CONCURRENCY = 5;

export type RoomMediaEntry = {
  uri: string;
  serverName: string;
  mediaId: string;
  /** What Synapse holds of the file; null when it holds nothing (deleted, or never fetched). */
  info: SynapseLocalMedia | null;
};

export type RoomMediaPage = { entries: RoomMediaEntry[]; page: number; total: number };

/**
 * One page of a room's files with what Synapse knows of each. Synapse lists a room's mxc:// URIs
 * all at once (each as often as messages point at it), so they are made unique and paged here,
 * and only the page's files are looked up. A page past the end shows the last one.
 */
export async function findRoomMediaPage(
  synapse: SynapseClient,
  uris: readonly string[],
  requestedPage: number,
  size: number,
): Promise<RoomMediaPage> {
  const unique = [...new Set(uris)].flatMap((uri) => {
    const parsed = parseMxcUri(uri);
    return parsed ? [{ uri, ...parsed }] : [];
  });
  const pages = Math.max(1, Math.ceil(unique.length / size));
  const page = Math.min(requestedPage, pages);
  const slice = unique.slice((page - 1) * size, page * size);
  const settled = await mapWithConcurrency(slice, LOOKUP_CONCURRENCY, (entry) =>
    synapse.media.get(entry.serverName, entry.mediaId),
  );
  const entries = slice.map((entry, index) => {
    const result = settled[index];
    if (!result || result.ok) return { ...entry, info: result?.value ?? null };
    // Gone, or a URI Synapse will not look up: listed without details rather than hiding the list.
    if (isSynapseError(result.error, "not_found") || isSynapseError(result.error, "bad_request"))
      return { ...entry, info: null };
    throw result.error;
  });
  return { entries, page, total: unique.length };
}
