import "server-only";
import { randomBytes } from "node:crypto";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/actions/action-result";
import { API_TOKEN_PREFIX } from "@/lib/schemas/api-token";
import { hashSecret } from "./secret-hash";
import { isUniqueViolation } from "./unique-violation";

const DAY = 86_400_000;
const LAST_USE_STEP = 60_000;
/** "sct_" and the first 8 random characters: enough to tell tokens apart, far too few to guess. */
const DISPLAY_LENGTH = API_TOKEN_PREFIX.length + 8;

export type ApiTokenStatus = "active" | "expired" | "revoked";

export type ApiTokenRow = {
  id: string;
  name: string;
  role: Role;
  displayPrefix: string;
  createdBy: string;
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  revokedBy: string | null;
  status: ApiTokenStatus;
};

const statusOf = (row: { revokedAt: Date | null; expiresAt: Date }, now: Date): ApiTokenStatus =>
  row.revokedAt ? "revoked" : row.expiresAt <= now ? "expired" : "active";

/** Every token, newest first, with its status now. */
export async function findApiTokens(now: Date = new Date()): Promise<ApiTokenRow[]> {
  const rows = await db.apiToken.findMany({
    orderBy: { createdAt: "desc" },
    omit: { tokenHash: true, homeserverId: true },
  });
  return rows.map((row) => ({ ...row, status: statusOf(row, now) }));
}

/**
 * Makes a token and returns it with its row: the only time the token itself exists outside the
 * caller's hands, since only its SHA-256 is stored. 32 random bytes, so it cannot be guessed.
 */
export async function createApiToken(input: {
  name: string;
  role: Role;
  expiresInDays: number;
  createdBy: string;
}): Promise<{ token: string; id: string; name: string; displayPrefix: string; expiresAt: Date }> {
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  try {
    const row = await db.apiToken.create({
      data: {
        name: input.name,
        role: input.role,
        tokenHash: hashSecret(token),
        displayPrefix: token.slice(0, DISPLAY_LENGTH),
        createdBy: input.createdBy,
        expiresAt: new Date(Date.now() + input.expiresInDays * DAY),
      },
    });
    return {
      token,
      id: row.id,
      name: row.name,
      displayPrefix: row.displayPrefix,
      expiresAt: row.expiresAt,
    };
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ActionError(
        `A token named "${input.name}" exists already; names are never reused.`,
      );
    }
    throw error;
  }
}

/** Revokes a token that is not revoked yet; its row stays, for the list and the audit. */
export async function revokeApiToken(id: string, revokedBy: string): Promise<{ name: string }> {
  // Conditional, so of two admins revoking at once one succeeds and the other is told.
  const [row] = await db.apiToken.updateManyAndReturn({
    where: { id, revokedAt: null },
    data: { revokedAt: new Date(), revokedBy },
    select: { name: true },
  });
  if (row) return { name: row.name };
  const existing = await db.apiToken.findUnique({ where: { id }, select: { name: true } });
  if (!existing) throw new ActionError("That token does not exist.");
  throw new ActionError(`The token "${existing.name}" was revoked already.`);
}

/** The token's name and role, or why it is refused. Its last use is updated at most once a minute. */
export async function getApiTokenBearer(
  token: string,
  now: Date = new Date(),
): Promise<{ name: string; role: Role } | { refused: "unknown" | "expired" | "revoked" }> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return { refused: "unknown" };
  const row = await db.apiToken.findUnique({ where: { tokenHash: hashSecret(token) } });
  if (!row) return { refused: "unknown" };
  const status = statusOf(row, now);
  if (status !== "active") return { refused: status };
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USE_STEP) {
    // Conditional, so two instances answering at once write once.
    await db.apiToken.updateMany({
      where: {
        id: row.id,
        OR: [
          { lastUsedAt: null },
          { lastUsedAt: { lte: new Date(now.getTime() - LAST_USE_STEP) } },
        ],
      },
      data: { lastUsedAt: now },
    });
  }
  return { name: row.name, role: row.role };
}
