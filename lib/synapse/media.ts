import { z } from "zod";
import type { SynapseHttp } from "./http";

const uploadedSchema = z.looseObject({ content_uri: z.string().startsWith("mxc://") });

export type MediaUpload = {
  bytes: Uint8Array<ArrayBuffer>;
  contentType: string;
  fileName?: string;
};

/**
 * Uploads a file to the media repository as the service account (client-server media API, the
 * admin API has none) and returns its mxc:// URI. Synapse's max_upload_size still applies.
 */
export async function uploadMedia(http: SynapseHttp, media: MediaUpload): Promise<string> {
  const answer = await http.request(uploadedSchema, {
    method: "POST",
    path: "/_matrix/media/v3/upload",
    query: { filename: media.fileName },
    upload: { bytes: media.bytes, contentType: media.contentType },
    what: `upload ${media.fileName ?? "a file"} (${media.bytes.byteLength} bytes)`,
  });
  return answer.content_uri;
}
