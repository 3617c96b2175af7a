import "server-only";
import { randomBytes } from "node:crypto";
import { seal, unseal } from "@/lib/crypto/secrets-key";
import { getHomeserverRow } from "@/lib/data/homeserver";
import {
  createSetupTokenRow,
  getSetupTokenRow,
  replaceSetupTokenRow,
} from "@/lib/data/setup-token";
import { getEnv } from "@/lib/env";

export type SetupToken = { token: string; source: "environment" | "generated" };

const newToken = () => randomBytes(24).toString("base64url");

/**
 * The token that opens first-run setup: SETUP_TOKEN when set; otherwise one generated once and
 * kept in the database (encrypted), so however the console was started, and on however many
 * instances, there is always exactly one and setup is never open to whoever comes first.
 */
export async function getSetupToken(): Promise<SetupToken> {
  const configured = getEnv().SETUP_TOKEN;
  if (configured) return { token: configured, source: "environment" };
  const row = (await getSetupTokenRow()) ?? (await createSetupTokenRow(seal(newToken())));
  try {
    return { token: unseal(row.tokenEncrypted), source: "generated" };
  } catch {
    const token = newToken();
    await replaceSetupTokenRow(seal(token));
    return { token, source: "generated" };
  }
}

/** Before the first setup, the line a console prints at start: where to go and which token to enter. */
export async function describeSetupInvitation(): Promise<string | null> {
  const env = getEnv();
  if (env.SYNAPSE_URL || (await getHomeserverRow())) return null;
  const { token, source } = await getSetupToken();
  const where = env.NEXTAUTH_URL ? `${env.NEXTAUTH_URL.replace(/\/+$/, "")}/setup` : "/setup";
  // A token someone configured is theirs already; one made here is printed so they can have it.
  const enter =
    source === "environment" ? "the token you set in SETUP_TOKEN" : `the setup token ${token}`;
  return `first run: open ${where} and enter ${enter}`;
}
