// Uploads files as a user through the client API (/_matrix/media/v3/upload), as a Matrix client
// would, for the media tests. Test code: it takes the address and token it is given.
import { createSynapseClient } from "../client";
import { makeTestPng } from "./test-png";

export type UploadedFile = { mxc: string; mediaId: string; name: string };

/** Uploads, as the owner of `token`, a small PNG of its own colours (or a text file) named `name`. */
export async function uploadAsUser(
  baseUrl: string,
  token: string,
  file: { name: string; kind?: "png" | "text" },
): Promise<UploadedFile> {
  const client = createSynapseClient({
    baseUrl,
    tokenSource: { getToken: async () => token },
    timeoutMs: 15_000,
    maxRetryWaitMs: 10_000,
  });
  const text = file.kind === "text";
  const mxc = await client.media.upload({
    bytes: text ? new TextEncoder().encode(`notes ${file.name} ${Math.random()}`) : makeTestPng(),
    contentType: text ? "text/plain" : "image/png",
    fileName: file.name,
  });
  return { mxc, mediaId: mxc.slice(mxc.lastIndexOf("/") + 1), name: file.name };
}
