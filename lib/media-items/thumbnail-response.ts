import "server-only";
import { getHomeserverOrThrow } from "@/lib/homeserver/get-homeserver";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { mediaIdSchema } from "@/lib/schemas/media-item";
import { isSynapseError } from "@/lib/synapse";
import { plainText } from "@/lib/api/plain-text";

/** One of Synapse's default thumbnail sizes, so it serves a stored one instead of making one. */
const SIZE = { width: 96, height: 96, method: "crop" } as const;

/**
 * Image types a browser may show from us. Synapse makes PNG and JPEG thumbnails (GIF and WebP when
 * animated); anything else, SVG above all (it can hold script), is refused.
 */
const SHOWN_TYPES = new Set(["image/png", "image/jpeg", "image/gif", "image/webp"]);

/** Thumbnails of a file rarely change; a short private cache spares Synapse a list's reloads. */
const CACHE_CONTROL = "private, max-age=300";

const text = (status: number, body: string) =>
  plainText(status, body, { "Cache-Control": "no-store" });

/**
 * Asks Synapse for a thumbnail of a local file and streams it on with a checked content type.
 * Synapse notes the file as accessed, as it does for any client showing it.
 */
export async function thumbnailResponse(mediaId: string): Promise<Response> {
  if (!mediaIdSchema.safeParse(mediaId).success) return text(400, "That is not a media ID.");
  try {
    const { serverName } = await getHomeserverOrThrow();
    const synapse = await getServiceSynapse();
    const answer = await synapse.media.thumbnail(serverName, mediaId, SIZE);
    const type = (answer.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
    if (!type || !SHOWN_TYPES.has(type)) {
      await answer.body?.cancel();
      return text(502, "Synapse answered with something that is not an image.");
    }
    const headers = new Headers({
      "Content-Type": type,
      "Cache-Control": CACHE_CONTROL,
      "Content-Disposition": "inline",
      "X-Content-Type-Options": "nosniff",
    });
    const length = answer.headers.get("content-length");
    if (length) headers.set("Content-Length", length);
    return new Response(answer.body, { status: 200, headers });
  } catch (error) {
    // Quarantined files and unknown IDs answer 404 at Synapse; a file it cannot make a thumbnail
    // of (not an image) 400 "Cannot find any thumbnails".
    if (isSynapseError(error, "not_found") || isSynapseError(error, "bad_request"))
      return text(404, "No thumbnail for this file.");
    console.error("[thumbnail]", error);
    return text(502, "Synapse did not give a thumbnail.");
  }
}
