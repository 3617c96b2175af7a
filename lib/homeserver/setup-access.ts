import "server-only";
import { timingSafeEqual } from "node:crypto";
import { ActionError } from "@/lib/actions/action-result";
import type { Actor } from "@/lib/audit/run-audited";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getEnv } from "@/lib/env";
import { getHomeserver } from "./get-homeserver";
import { getSetupToken } from "./setup-token";

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Who may set the homeserver connection: before the first setup, whoever holds the setup token
 * the console printed at start (there always is one, see getSetupToken); afterwards, console
 * admins only. The environment's connection cannot be changed from the browser at all.
 */
export async function authorizeConnectionChange(setupToken: string | undefined): Promise<Actor> {
  const env = getEnv();
  if (env.SYNAPSE_URL) {
    throw new ActionError(
      "The homeserver is configured by the environment (SYNAPSE_URL); change it there.",
    );
  }
  const homeserver = await getHomeserver();
  if (homeserver) {
    const user = await getCurrentUser();
    if (user?.role !== "admin")
      throw new ActionError("Only console admins may change the homeserver connection.");
    return { id: user.matrixId, role: user.role };
  }
  if (!setupToken) {
    throw new ActionError(
      "Enter the setup token: the console printed it in its log when it started.",
    );
  }
  const expected = await getSetupToken();
  if (!sameText(setupToken, expected.token)) {
    throw new ActionError(
      "The setup token is wrong. The console printed it in its log when it started.",
    );
  }
  return { id: "setup" };
}
