import { decodeKey, getEnv } from "@/lib/env";
import { openSecret, sealSecret } from "./secret-box";

function secretsKey(): Buffer {
  const key = decodeKey(getEnv().SECRETS_KEY);
  if (!key) throw new Error("SECRETS_KEY is not a 32-byte key");
  return key;
}

/** Encrypts a secret for storage with the console's SECRETS_KEY. */
export const seal = (plaintext: string) => sealSecret(plaintext, secretsKey());

/** Decrypts a stored secret with the console's SECRETS_KEY. */
export const unseal = (sealed: string) => openSecret(sealed, secretsKey());
