import { serverNameOf } from "@/lib/schemas/matrix-id";
import { isSynapseError, type SynapseError } from "./errors";
import { createSynapseHttp, type SynapseHttpOptions } from "./http";
import { getClientVersions, getServerVersion } from "./server";
import { createServiceTokenSource, type ServiceAccountConfig } from "./service-account";
import { logout, whoAmI } from "./session";
import { getUserAdminStatus } from "./users";

export type DiagnoseProblem =
  | "unreachable"
  | "timeout"
  | "not_synapse"
  | "admin_api_unreachable"
  | "bad_secret"
  | "shared_secret_disabled"
  | "account_conflict"
  | "bad_password"
  | "token_rejected"
  | "not_admin"
  | "rate_limited"
  | "unexpected";

export type DiagnoseFailure = { ok: false; problem: DiagnoseProblem; message: string };
export type DiagnoseResult =
  { ok: true; serverVersion: string; serviceUserId: string; serverName: string } | DiagnoseFailure;

class Stop extends Error {
  constructor(readonly failure: DiagnoseFailure) {
    super(failure.message);
  }
}

type Explain = (error: SynapseError) => [DiagnoseProblem, string] | undefined;

/** Awaits one step; a SynapseError ends the diagnosis with the step's own explanation, if it has one. */
async function step<T>(work: Promise<T>, explain: Explain = () => undefined): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (!isSynapseError(error)) throw error;
    const [problem, message] = explain(error) ?? [genericProblem(error), error.message];
    throw new Stop({ ok: false, problem, message });
  }
}

function genericProblem(error: SynapseError): DiagnoseProblem {
  if (error.kind === "unreachable" || error.kind === "timeout" || error.kind === "rate_limited")
    return error.kind;
  if (error.kind === "not_synapse") return "not_synapse";
  return "unexpected";
}

/**
 * The setup page's "Test connection": checks step by step that the URL is a Synapse, that the
 * credentials give a token, and that the token belongs to a server admin. Tokens it had to create
 * are logged out again; under the shared-secret method the bot account is registered (idempotent).
 */
export async function diagnoseConnection(config: ServiceAccountConfig): Promise<DiagnoseResult> {
  const options: SynapseHttpOptions = {
    baseUrl: config.baseUrl,
    timeoutMs: config.timeoutMs ?? 15_000,
    maxRetryWaitMs: config.maxRetryWaitMs ?? 30_000,
  };
  const http = createSynapseHttp(options);
  let createdToken: string | null = null;
  try {
    await step(getClientVersions(http), (error) =>
      error.kind === "unreachable" || error.kind === "timeout"
        ? undefined
        : [
            "not_synapse",
            `${config.baseUrl} does not answer like a Matrix homeserver. ${error.message}`,
          ],
    );
    const version = await step(getServerVersion(http), (error) =>
      ["not_found", "not_synapse", "invalid_response"].includes(error.kind)
        ? [
            "admin_api_unreachable",
            `${config.baseUrl} speaks Matrix, but Synapse's admin API does not answer there: it is not Synapse, or a reverse proxy does not forward /_synapse/admin.`,
          ]
        : undefined,
    );

    const tokenSource = createServiceTokenSource(config, {
      load: async () => null,
      save: async (token) => {
        createdToken = token;
      },
    });
    const token = await step(tokenSource.getToken(), (error) => explainCredentials(config, error));
    const me = await step(whoAmI(http, token), (error) =>
      error.kind === "unauthorized"
        ? [
            "token_rejected",
            "Synapse rejected the admin access token: it is unknown, expired or logged out; give a new one.",
          ]
        : undefined,
    );
    const asMe = createSynapseHttp({ ...options, auth: { getToken: async () => token } });
    await step(getUserAdminStatus(asMe, me.user_id), (error) =>
      error.kind === "forbidden"
        ? [
            "not_admin",
            `${me.user_id} is not a server admin on this homeserver; the console needs an admin account.`,
          ]
        : undefined,
    );
    return {
      ok: true,
      serverVersion: version.server_version,
      serviceUserId: me.user_id,
      serverName: serverNameOf(me.user_id),
    };
  } catch (error) {
    if (error instanceof Stop) return error.failure;
    throw error;
  } finally {
    // A test must not leave a device behind for every click.
    if (createdToken) await logout(http, createdToken).catch(() => undefined);
  }
}

function explainCredentials(
  config: ServiceAccountConfig,
  error: SynapseError,
): [DiagnoseProblem, string] | undefined {
  if (config.method === "password" && error.kind === "forbidden") {
    return ["bad_password", `${error.message} Check the admin user ID and password.`];
  }
  if (config.method !== "shared_secret") return undefined;
  if (error.synapseMessage?.includes("HMAC")) return ["bad_secret", error.message];
  if (error.synapseMessage?.includes("not enabled")) {
    return [
      "shared_secret_disabled",
      "Shared-secret registration is not enabled on this homeserver: set registration_shared_secret in homeserver.yaml, or use an admin token or password.",
    ];
  }
  if (error.kind === "forbidden" && error.errcode === "M_FORBIDDEN")
    return ["account_conflict", error.message];
  return undefined;
}
