import { z } from "zod";
import type { SynapseHttp } from "./http";

const serverVersionSchema = z.looseObject({ server_version: z.string() });
export type ServerVersion = z.infer<typeof serverVersionSchema>;

/** Synapse's version; the admin endpoint needs no token. */
export function getServerVersion(http: SynapseHttp): Promise<ServerVersion> {
  return http.request(serverVersionSchema, {
    path: "/_synapse/admin/v1/server_version",
    auth: "none",
    what: "tell its version",
  });
}

const clientVersionsSchema = z.looseObject({
  versions: z.array(z.string()),
  unstable_features: z.record(z.string(), z.boolean()).optional(),
});
export type ClientVersions = z.infer<typeof clientVersionsSchema>;

/** The Matrix spec versions the homeserver speaks; any Matrix homeserver answers this. */
export function getClientVersions(http: SynapseHttp): Promise<ClientVersions> {
  return http.request(clientVersionsSchema, {
    path: "/_matrix/client/versions",
    auth: "none",
    what: "list the Matrix versions it supports",
  });
}

/** Resolves when Synapse's health check answers OK; throws a SynapseError otherwise. */
export async function checkHealth(http: SynapseHttp): Promise<void> {
  await http.request(z.literal("OK"), {
    path: "/health",
    auth: "none",
    responseType: "text",
    what: "report its health",
  });
}
