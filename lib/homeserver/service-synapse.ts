import "server-only";
import { assertAuditScope } from "@/lib/audit/audit-scope";
import { seal, unseal } from "@/lib/crypto/secrets-key";
import { getHomeserverRow, saveServiceToken } from "@/lib/data/homeserver";
import { getEnv } from "@/lib/env";
import { createServiceTokenSource, createSynapseClient, type SynapseClient } from "@/lib/synapse";
import { toServiceAccountConfig } from "./connection";
import { getHomeserverOrThrow } from "./get-homeserver";

let cached: { fingerprint: string; client: SynapseClient } | undefined;

/**
 * Synapse, acting as the console's service account. Its token is kept encrypted in our database
 * and renewed by itself when Synapse rejects it. Any request that changes Synapse is refused
 * unless it runs inside runAudited, so no change can skip the audit log.
 */
export async function getServiceSynapse(): Promise<SynapseClient> {
  const homeserver = await getHomeserverOrThrow();
  if (cached?.fingerprint === homeserver.fingerprint) return cached.client;

  const tokenSource = createServiceTokenSource(toServiceAccountConfig(homeserver.connection), {
    load: async () => {
      const row = await getHomeserverRow();
      return row?.accessTokenEncrypted ? unseal(row.accessTokenEncrypted) : null;
    },
    save: (token, deviceId) => saveServiceToken(seal(token), deviceId),
  });
  const env = getEnv();
  const client = createSynapseClient({
    baseUrl: homeserver.baseUrl,
    tokenSource,
    timeoutMs: env.SYNAPSE_TIMEOUT_MS,
    maxRetryWaitMs: env.SYNAPSE_MAX_RETRY_WAIT_MS,
    beforeRequest: (request) => {
      if ((request.method ?? "GET") !== "GET") assertAuditScope(request.what ?? request.path);
    },
  });
  cached = { fingerprint: homeserver.fingerprint, client };
  return client;
}
