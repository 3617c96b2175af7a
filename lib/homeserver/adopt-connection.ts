import "server-only";
import { runAudited, type Actor } from "@/lib/audit/run-audited";
import { ActionError } from "@/lib/actions/action-result";
import { seal } from "@/lib/crypto/secrets-key";
import { saveHomeserverRow } from "@/lib/data/homeserver";
import { diagnoseConnection } from "@/lib/synapse";
import { toServiceAccountConfig, type Connection } from "./connection";
import { forgetHomeserver } from "./reused-homeserver";

const ENVIRONMENT_ACTOR: Actor = { id: "environment" };

/**
 * Checks a connection end to end and saves it. Under the shared-secret method this registers the
 * console's bot on Synapse, so it is audited like any other change.
 */
export async function adoptConnection(connection: Connection, by: "environment" | Actor) {
  const actor = by === "environment" ? ENVIRONMENT_ACTOR : by;
  return runAudited(
    {
      actor,
      action: "homeserver.connect",
      target: { type: "homeserver", id: connection.baseUrl },
      input: { baseUrl: connection.baseUrl, method: connection.method, userId: connection.userId },
    },
    async () => {
      const result = await diagnoseConnection(toServiceAccountConfig(connection));
      if (!result.ok) throw new ActionError(result.message);
      await saveHomeserverRow({
        baseUrl: connection.baseUrl,
        serverName: result.serverName,
        authMethod: connection.method,
        serviceUserId: result.serviceUserId,
        secretEncrypted: seal(connection.secret),
        updatedBy: actor.id,
      });
      forgetHomeserver();
      return result;
    },
  );
}
