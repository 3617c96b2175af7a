import { createHash } from "node:crypto";
import { avatarSourceHash } from "@/lib/policy/avatar/source-hash";
import type { PolicyFlags, PolicyUser } from "@/lib/policy/document/schema";
import type { CurrentUser } from "@/lib/policy/state";
import type { PolicyAction } from "./actions";

// Corporal's profile rules (computator.go): a new account gets the policy's name and avatar
// whatever the flags say; an existing one has them enforced unless allowCustomUserDisplayNames /
// allowCustomUserAvatars is true, and then is only kept from having none.

/** Corporal's state files hash the avatar's source with SHA-512, the console's with SHA-256. */
const SHA512_HEX_LENGTH = 128;

function hashMatches(hash: string, avatarUri: string, sha256Of: (uri: string) => string): boolean {
  const expected =
    hash.length === SHA512_HEX_LENGTH
      ? createHash("sha512").update(avatarUri, "utf8").digest("hex")
      : sha256Of(avatarUri);
  return expected === hash.toLowerCase();
}

/** One hash per distinct avatar address in a plan (many users share a logo). */
export function avatarHasher(): (uri: string) => string {
  const hashes = new Map<string, string>();
  return (uri) => {
    const known = hashes.get(uri);
    if (known !== undefined) return known;
    const hash = avatarSourceHash(uri);
    hashes.set(uri, hash);
    return hash;
  };
}

/**
 * Whether the user's avatar came from `avatarUri`. With no recorded source, a user without a
 * picture has the empty one, and a picture from elsewhere matches no source.
 */
function avatarIsFrom(user: CurrentUser, avatarUri: string, sha256Of: (uri: string) => string) {
  if (user.avatarSourceUriHash) return hashMatches(user.avatarSourceUriHash, avatarUri, sha256Of);
  return avatarUri === "" && !user.avatarMxcUri;
}

export function planProfileChanges(
  user: PolicyUser,
  current: CurrentUser,
  flags: PolicyFlags,
  sha256Of: (uri: string) => string,
): PolicyAction[] {
  const actions: PolicyAction[] = [];
  const displayName = user.displayName ?? "";
  const currentName = current.displayName ?? "";
  const setName = flags.allowCustomUserDisplayNames
    ? currentName === "" && displayName !== ""
    : currentName !== displayName;
  if (setName) {
    actions.push({ type: "user.set_display_name", payload: { userId: user.id, displayName } });
  }
  const avatarUri = user.avatarUri ?? "";
  const setAvatar = flags.allowCustomUserAvatars
    ? avatarUri !== "" && avatarIsFrom(current, "", sha256Of)
    : !avatarIsFrom(current, avatarUri, sha256Of);
  if (setAvatar) actions.push({ type: "user.set_avatar", payload: { userId: user.id, avatarUri } });
  const email = user.email?.toLowerCase();
  if (email && current.emails && !current.emails.includes(email)) {
    actions.push({ type: "user.set_email", payload: { userId: user.id, email } });
  }
  return actions;
}
