// Media for the Media page's specs, uploaded by test users through the client API as people do.
import { randomBytes } from "node:crypto";
import { createSynapseHttp } from "@/lib/synapse";
import { uploadMedia } from "@/lib/synapse/media";
import { synapseUrl } from "../fixtures/synapse";

/** Uploads `bytes` random bytes as the user; returns the media ID (the part after mxc://server/). */
export async function uploadAs(accessToken: string, bytes: number): Promise<string> {
  const http = createSynapseHttp({
    baseUrl: synapseUrl(),
    timeoutMs: 30_000,
    maxRetryWaitMs: 10_000,
    auth: { getToken: async () => accessToken },
  });
  const uri = await uploadMedia(http, {
    bytes: new Uint8Array(randomBytes(bytes)),
    contentType: "application/octet-stream",
    fileName: `e2e-${bytes}.bin`,
  });
  return uri.replace(/^mxc:\/\/[^/]+\//, "");
}
