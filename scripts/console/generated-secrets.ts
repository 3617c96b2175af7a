import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

export type GeneratedSecrets = {
  SECRETS_KEY: string;
  NEXTAUTH_SECRET: string;
  SETUP_TOKEN: string;
};

/**
 * Secrets for a console started without them: made once, kept (mode 0600) in the data directory,
 * so a restart can still decrypt what it stored and keeps everyone signed in.
 */
export async function loadOrCreateSecrets(
  dataDir: string,
): Promise<GeneratedSecrets & { created: boolean }> {
  const file = path.join(dataDir, "secrets.json");
  if (existsSync(file))
    return { ...(JSON.parse(await readFile(file, "utf8")) as GeneratedSecrets), created: false };
  const secrets: GeneratedSecrets = {
    SECRETS_KEY: randomBytes(32).toString("base64"),
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    SETUP_TOKEN: randomBytes(18).toString("base64url"),
  };
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600, flag: "wx" });
  return { ...secrets, created: true };
}
