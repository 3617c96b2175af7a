import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { unseal } from "@/lib/crypto/secrets-key";
import { getLifecycleSettings } from "./settings";

/** The header value for a body signed with the secret (senders and tests make it this way). */
export function lifecycleSignature(body: string, secret: string): string {
  return `sha256=${createHmac("sha256", secret).update(body, "utf8").digest("hex")}`;
}

/**
 * Whether the header is the body's signature with the stored secret, compared in constant time;
 * false when no secret is set (signed events are then refused).
 */
export async function hasValidSignature(body: string, header: string): Promise<boolean> {
  const { secretSealed } = await getLifecycleSettings();
  if (!secretSealed) return false;
  const expected = Buffer.from(lifecycleSignature(body, unseal(secretSealed)));
  const given = Buffer.from(header.trim().toLowerCase());
  return given.length === expected.length && timingSafeEqual(given, expected);
}
