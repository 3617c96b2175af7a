import { createHash } from "node:crypto";

/** The hash PolicyAvatar keeps of the avatarUri a picture came from: SHA-256, hex. */
export function avatarSourceHash(avatarUri: string): string {
  return createHash("sha256").update(avatarUri, "utf8").digest("hex");
}
