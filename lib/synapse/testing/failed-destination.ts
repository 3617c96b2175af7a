import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { SynapseClient } from "../client";
import { isSynapseError } from "../errors";
import type { SynapseHttp } from "../http";
import { sleep } from "../sleep";

type Seeding = { client: SynapseClient; http: SynapseHttp; token: string };

/**
 * Makes Synapse fail to reach a server that does not exist (the .invalid top-level domain never
 * resolves), so it keeps that destination in back-off: asking for a remote user's device keys is a
 * federation request that counts failures (alias and profile lookups ignore the back-off and record
 * none). Synapse writes the retry timings in the background, so this waits until they are there.
 */
export async function seedFailedDestination({ client, http, token }: Seeding) {
  const destination = `nowhere-${randomBytes(4).toString("hex")}.invalid`;
  await http.request(z.looseObject({}), {
    method: "POST",
    path: "/_matrix/client/v3/keys/query",
    auth: { token },
    body: { device_keys: { [`@probe:${destination}`]: [] }, timeout: 5_000 },
    what: `ask ${destination} for device keys`,
  });
  for (let attempt = 0; attempt < 50; attempt++) {
    const found = await client.federation.get(destination).catch((error: unknown) => {
      if (isSynapseError(error, "not_found")) return null;
      throw error;
    });
    if (found?.retry_last_ts) return destination;
    await sleep(100);
  }
  throw new Error(`Synapse kept no back-off for ${destination}`);
}
