import { ActionError } from "@/lib/actions/action-result";
import { getPublic, PublicGetError } from "@/lib/http/get-public";
import { RefusedAddressError } from "@/lib/http/public-address";

/** Far above any sensible avatar, far below Synapse's default upload limit (50 MB). */
export const MAX_AVATAR_BYTES = 2 * 1024 * 1024;
const AVATAR_TIMEOUT_MS = 15_000;

export type AvatarImage = { bytes: Uint8Array<ArrayBuffer>; contentType: string };

/** The image types avatars may have, told by their first bytes rather than by what a server says. */
const SIGNATURES: Array<{ type: string; matches: (bytes: Uint8Array) => boolean }> = [
  {
    type: "image/png",
    matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  { type: "image/jpeg", matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  { type: "image/gif", matches: (b) => startsWith(b, [0x47, 0x49, 0x46, 0x38]) },
  {
    type: "image/webp",
    matches: (b) =>
      startsWith(b, [0x52, 0x49, 0x46, 0x46]) &&
      startsWith(b.subarray(8), [0x57, 0x45, 0x42, 0x50]),
  },
];

const startsWith = (bytes: Uint8Array, prefix: number[]) =>
  prefix.every((value, index) => bytes[index] === value);

/** "image/png" for a PNG, …; null when the bytes are none of the avatar image types. */
export function imageTypeOf(bytes: Uint8Array): string | null {
  return SIGNATURES.find((signature) => signature.matches(bytes))?.type ?? null;
}

/**
 * The picture an avatarUri names: a base64 data: URI, or an https:// address fetched by the
 * console itself (public addresses only, no redirects, at most 2 MiB within 15 s). Only PNG, JPEG,
 * GIF and WebP images are taken, judged by their content.
 */
export async function loadAvatarImage(avatarUri: string): Promise<AvatarImage> {
  const bytes = avatarUri.startsWith("data:")
    ? decodeDataUri(avatarUri)
    : await fetchAvatar(avatarUri);
  if (bytes.byteLength > MAX_AVATAR_BYTES) {
    throw new ActionError(`The avatar is larger than ${MAX_AVATAR_BYTES / 1024 / 1024} MiB.`);
  }
  const contentType = imageTypeOf(bytes);
  if (!contentType) {
    throw new ActionError("The avatar is not a PNG, JPEG, GIF or WebP image.");
  }
  return { bytes, contentType };
}

function decodeDataUri(uri: string): Uint8Array<ArrayBuffer> {
  const comma = uri.indexOf(",");
  const header = comma === -1 ? "" : uri.slice("data:".length, comma);
  if (comma === -1 || !header.split(";").includes("base64")) {
    throw new ActionError("The avatar's data: URI must be base64, as data:image/png;base64,….");
  }
  const data = uri.slice(comma + 1);
  // Four base64 characters make three bytes: refuse before decoding a huge one.
  if ((data.length / 4) * 3 > MAX_AVATAR_BYTES + 3) {
    throw new ActionError(`The avatar is larger than ${MAX_AVATAR_BYTES / 1024 / 1024} MiB.`);
  }
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(data)) {
    throw new ActionError("The avatar's data: URI is not valid base64.");
  }
  return new Uint8Array(Buffer.from(data, "base64"));
}

async function fetchAvatar(url: string): Promise<Uint8Array<ArrayBuffer>> {
  if (!url.startsWith("https://")) {
    throw new ActionError("An avatar address must start with https:// (or be a data: URI).");
  }
  try {
    const { body } = await getPublic(url, {
      subject: "avatar",
      allowPrivate: false,
      maxBytes: MAX_AVATAR_BYTES,
      timeoutMs: AVATAR_TIMEOUT_MS,
      headers: { accept: "image/*" },
    });
    return new Uint8Array(body);
  } catch (error) {
    if (error instanceof PublicGetError || error instanceof RefusedAddressError) {
      throw new ActionError(error.message);
    }
    throw error;
  }
}
