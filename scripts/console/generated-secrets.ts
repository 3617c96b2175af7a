import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

export type GeneratedSecrets = {
  SECRETS_KEY: string;
  NEXTAUTH_SECRET: string;
  /** The embedded PostgreSQL's superuser (`postgres`); used only by the launcher. */
  POSTGRES_PASSWORD: string;
  /** The embedded database's owner role, which runs migrations and grants. */
  POSTGRES_OWNER_PASSWORD: string;
  /** The role the app (Next.js and the worker) connects as. */
  POSTGRES_APP_PASSWORD: string;
};

const makers: Record<keyof GeneratedSecrets, () => string> = {
  SECRETS_KEY: () => randomBytes(32).toString("base64"),
  NEXTAUTH_SECRET: () => randomBytes(32).toString("base64url"),
  POSTGRES_PASSWORD: () => randomBytes(24).toString("base64url"),
  POSTGRES_OWNER_PASSWORD: () => randomBytes(24).toString("base64url"),
  POSTGRES_APP_PASSWORD: () => randomBytes(24).toString("base64url"),
};

function fillMissing(found: Partial<GeneratedSecrets>): GeneratedSecrets {
  const entries = Object.entries(makers).map(([key, make]) => [
    key,
    found[key as keyof GeneratedSecrets] || make(),
  ]);
  return { ...found, ...Object.fromEntries(entries) } as GeneratedSecrets;
}

/**
 * Secrets for a console started without them: made once, kept (mode 0600) in the data directory,
 * so a restart can still decrypt what it stored and keeps everyone signed in.
 */
export async function loadOrCreateSecrets(
  dataDir: string,
): Promise<GeneratedSecrets & { created: boolean }> {
  const file = path.join(dataDir, "secrets.json");
  if (existsSync(file)) {
    const found = JSON.parse(await readFile(file, "utf8")) as Partial<GeneratedSecrets>;
    const secrets = fillMissing(found);
    // A file from an older version lacks the newer secrets: add them, keep the rest as it was.
    if (Object.keys(makers).some((key) => !found[key as keyof GeneratedSecrets]))
      await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
    return { ...secrets, created: false };
  }
  const secrets = fillMissing({});
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600, flag: "wx" });
  return { ...secrets, created: true };
}
