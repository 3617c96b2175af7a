import { z } from "zod";

// Grammar from the Matrix spec, appendices "Server Name" and "Identifier Grammar".
const DNS_NAME = "[A-Za-z0-9.-]{1,255}";
const IPV6 = "\\[[0-9A-Fa-f:.]{2,45}\\]";
const SERVER_NAME = `(?:${IPV6}|${DNS_NAME})(?::[0-9]{1,5})?`;

/**
 * Localparts a new account may get today (spec grammar). Uppercase is refused: Synapse itself
 * refuses it at registration.
 */
const LOCALPART = "[a-z0-9._=\\-/+]+";

/**
 * Localparts that existing accounts may have: the spec's "historical" grammar (any printable ASCII
 * but ':'), which old Synapse versions allowed. We must be able to address those users, so IDs we
 * look up accept it; only new accounts are held to the strict grammar.
 */
const HISTORICAL_LOCALPART = "[\\x21-\\x39\\x3B-\\x7E]+";

/** The part of a room ID before any `:server`: printable ASCII but ':' (Synapse makes letters). */
const OPAQUE_ID_PART = HISTORICAL_LOCALPART;

/** A room ID of version 12 and later: the create event's SHA-256, unpadded URL-safe base64. */
const ROOM_ID_HASH = "[A-Za-z0-9_-]{43}";

/** An alias's localpart may hold any Unicode, but no ':', whitespace or control characters. */
const ALIAS_LOCALPART = "[^:\\s\\u0000-\\u001F\\u007F-\\u009F]+";

const MAX_ID_BYTES = 255;
// TextEncoder, not Buffer: the not-found pages check IDs in the browser too.
const fitsLength = (value: string) => new TextEncoder().encode(value).length <= MAX_ID_BYTES;

export const serverNameSchema = z
  .string()
  .regex(
    new RegExp(`^${SERVER_NAME}$`),
    "must be a server name such as example.org or example.org:8448",
  );

/** A user ID of an existing user: `@localpart:server`, historical localparts allowed. */
export const matrixUserIdSchema = z
  .string()
  .regex(
    new RegExp(`^@${HISTORICAL_LOCALPART}:${SERVER_NAME}$`),
    "must be a Matrix user ID such as @alice:example.org",
  )
  .refine(fitsLength, "must be at most 255 bytes long");

/** The localpart for a user we are about to create (strict grammar, as Synapse requires). */
export const newUserLocalpartSchema = z
  .string()
  .max(MAX_ID_BYTES, `must be at most ${MAX_ID_BYTES} characters`)
  .regex(new RegExp(`^${LOCALPART}$`), "may only contain a-z, 0-9 and . _ = - / +");

/**
 * A room ID. Rooms of version 12 and later have no `:server` part (the ID is a hash of the create
 * event), older ones do; both are accepted.
 */
export const roomIdSchema = z
  .string()
  .regex(
    new RegExp(`^!(?:${OPAQUE_ID_PART}:${SERVER_NAME}|${ROOM_ID_HASH})$`),
    "must be a room ID such as !abc:example.org",
  )
  .refine(fitsLength, "must be at most 255 bytes long");

export const roomAliasSchema = z
  .string()
  .regex(
    new RegExp(`^#${ALIAS_LOCALPART}:${SERVER_NAME}$`),
    "must be a room alias such as #lobby:example.org",
  )
  .refine(fitsLength, "must be at most 255 bytes long");

/**
 * Turns what a person typed (`alice`, `@alice`, `alice:example.org` or `@alice:example.org`) into a full user ID on
 * `serverName`; null when it cannot be one. Case is kept, since historical IDs may contain capitals.
 */
export function toUserId(input: string, serverName: string): string | null {
  const trimmed = input.trim();
  const bare = trimmed.startsWith("@") ? trimmed.slice(1) : trimmed;
  const candidate = bare.includes(":") ? `@${bare}` : `@${bare}:${serverName}`;
  return matrixUserIdSchema.safeParse(candidate).success ? candidate : null;
}

/** The server part of a valid user ID (`@a:example.org:8448` → `example.org:8448`). */
export function serverNameOf(userId: string): string {
  return userId.slice(userId.indexOf(":") + 1);
}
